"""The one reader of imported tables (patent lists, watchlists) for every front-end: .txt, .csv/.tsv and .xlsx.

Bytes are decoded as UTF-8 (with or without BOM), UTF-16 (BOM, or BOM-less told by its NUL bytes) or GB18030
(what Excel writes on Chinese Windows); the CSV delimiter is sniffed (comma, semicolon, tab); lines above the
header (a search URL, a title row) are skipped; the header row is never an entry. The column is chosen by name
(case-, space- and full-width-insensitive) or guessed from the cells with a scoring function such as
``patent_score`` or ``company_score``. Problems raise ``TableError`` with what is wrong and what to do.
Blocking: front-ends run it on a worker.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ipdesk.messages import MessageError, clip

Score = Callable[[str], int]  # 0: not an entry; more: an entry, the higher the surer

HEADER_SEARCH_ROWS = 30  # the header is looked for in the first rows only
GUESS_ROWS = 50  # cells per column weighed when guessing the column
SNIFF_CHARS = 8192


@dataclass(frozen=True)
class Limits:
    """Bounds of what is read (None: no bound). The one place where size limits are set and checked: the file's
    size and an .xlsx's total unpacked size (from the ZIP directory) before reading, the rows while reading."""

    max_bytes: int | None = None  # the file on disk
    max_rows: int | None = None  # non-empty rows
    max_unpacked: int | None = None  # an .xlsx's parts, unpacked (a 6 MB file can unpack to gigabytes)


DEFAULT_LIMITS = Limits(max_bytes=50 * 2**20, max_rows=1_000_000, max_unpacked=256 * 2**20)
HEAD_BYTES = 8192  # what a file is told by (PDF, old Office, ZIP, binary) before the rest is read


class TableError(MessageError):
    """A file that cannot be imported: what is wrong and what to do (``message(lang)``)."""


@dataclass(frozen=True)
class Table:
    """A file's rows below its header. ``headers`` has one name per column ("" where there is none)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # stripped cells, every row as wide as ``headers``
    has_header: bool
    skipped: int = 0  # non-empty lines above the header (or above the first row when there is no header)

    def label(self, column: int) -> str:
        return self.headers[column] or f"#{column + 1}"

    def values(self, column: int) -> list[str]:
        """The non-empty cells of a column, top to bottom."""
        return [row[column] for row in self.rows if row[column]]

    def text_of(self, column: int) -> str:
        return "\n".join(self.values(column))

    def find_column(self, name: str | int) -> int:
        """The column called ``name`` (or at index ``name``); TableError listing the real names if none."""
        if isinstance(name, int):
            if 0 <= name < len(self.headers):
                return name
        else:
            wanted = fold_name(name)
            for index, header in enumerate(self.headers):
                if fold_name(header) == wanted:
                    return index
        raise unknown_column(name, self.headers)

    def guess_column(self, score: Score | None) -> int:
        """The column whose first cells score highest (the first column on a tie or without ``score``)."""
        if score is None or len(self.headers) <= 1:
            return 0
        totals = [
            sum(score(row[i]) for row in self.rows[:GUESS_ROWS] if row[i]) for i in range(len(self.headers))
        ]
        return max(range(len(totals)), key=lambda i: (totals[i], -i))


def fold_name(text: str) -> str:
    """A column name as compared: full-width folded (NFKC), case and spaces ignored."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def unknown_column(name: str | int, headers: tuple[str, ...] | list[str]) -> TableError:
    names = ", ".join(clip(h, 40) for h in headers if h) or "-"
    return TableError("tables.unknown_column", name=clip(str(name)), names=clip(names, 400))


# -- scores for guessing the column and finding the header --------------------------------------------------------
def patent_score(cell: str) -> int:
    """1 when the cell holds a patent number or PatSnap patent id (or several of them)."""
    from ipdesk.services.patents import normalize_patent_list

    return 1 if normalize_patent_list(cell).unique else 0


_COMPANY_SUFFIXES = (
    "公司", "集团", "有限", "企业", "研究院", "研究所", "大学", "学院", "厂", "中心", "合作社",
    "ltd", "limited", "inc", "corp", "co.", "llc", "gmbh", "ag", "plc", "s.a.", "group", "university",
)  # fmt: skip


def company_score(cell: str) -> int:
    """3 for a credit or organisation code, 1 for one with a wrong character or a name that reads like a
    company's, 0 otherwise (patent numbers, serial numbers, header words)."""
    from ipdesk.services.companies import classify_company

    entry = classify_company(cell)
    if not entry.value:
        return 0
    if entry.check is not None:  # a code: checked (3), a wrong character (1), not the length of one (0)
        return 3 if entry.check.ok else 1 if entry.check.position is not None else 0
    name = entry.value.casefold().rstrip(".)） ")
    return 1 if name.endswith(_COMPANY_SUFFIXES) or "公司" in name else 0


# -- reading --------------------------------------------------------------------------------------------------
def read_table(
    path: str | Path,
    *,
    column: str | int | None = None,
    score: Score | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Read a table file. ``column`` (a name) picks the header row as the one holding that name; else the
    header is found with ``score`` (the row right above the first row with an entry). Raises TableError."""
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        if limits.max_bytes is not None and path.stat().st_size > limits.max_bytes:
            raise _too_big(path, limits, max_rows=None)
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            _refuse_by_head(path, head)
            if head.startswith(b"PK\x03\x04"):
                rows = _xlsx_rows(path, fh, limits)
            else:
                rows = _text_rows(path, head + fh.read())
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise TableError("tables.unreadable", file=path.name, reason=reason) from exc
    rows = [[cell.strip() for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if limits.max_rows is not None and len(rows) > limits.max_rows:
        raise _too_big(path, limits, max_bytes=None)
    if not rows:
        raise TableError("tables.empty", file=path.name)
    return _table(rows, column, score)


def read_column(
    path: str | Path,
    column: str | int | None = None,
    score: Score | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[str]:
    """The non-empty cells of one column: the one named ``column``, else the one ``score`` rates best."""
    table = read_table(path, column=column, score=score, limits=limits)
    index = table.find_column(column) if column is not None else table.guess_column(score)
    return table.values(index)


def size_text(count: int) -> str:
    """A number of bytes for a message: "10 bytes", "64 MB"."""
    if count < 2**20:
        return f"{count:,} bytes"
    return f"{count / 2**20:,.0f} MB"


def _too_big(
    path: Path, limits: Limits, *, max_bytes: int | None | bool = True, max_rows: int | None | bool = True
) -> TableError:
    """The message naming the limits (``max_bytes``/``max_rows``: None leaves one out, True takes ``limits``')."""
    size = limits.max_bytes if max_bytes is True else max_bytes
    rows = limits.max_rows if max_rows is True else max_rows
    if rows is None:
        return TableError("tables.too_big_bytes", file=path.name, size=size_text(size or 0))
    if size is None:
        return TableError("tables.too_big_rows", file=path.name, rows=f"{rows:,}")
    return TableError("tables.too_big", file=path.name, size=size_text(size), rows=f"{rows:,}")


def _refuse_by_head(path: Path, head: bytes) -> None:
    """TableError for a file its first bytes show is not a table (PDF, old Office, binary): the rest is not read."""
    if head.startswith(b"%PDF"):
        raise TableError("tables.pdf", file=path.name)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError("tables.old_office", file=path.name)
    if not head.startswith(b"PK\x03\x04") and _binary_head(head):
        raise _binary(path.name)


def _binary_head(head: bytes) -> bool:
    """True when a file's first bytes are not text: NULs (unless as UTF-16 text has them), control bytes."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\0" in head:
        return _bomless_utf16(head) is None
    control = sum(1 for b in head if b < 0x20 and b not in b"\t\r\n\f\v")
    return control * 20 > len(head)


def read_text_bytes(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a text file (e.g. a saved description): its size checked first and binary content refused
    from its first bytes (TableError), so a large binary file is never read whole. OSError when unreadable."""
    path = Path(path)
    if limits.max_bytes is not None and path.stat().st_size > limits.max_bytes:
        raise _too_big(path, limits, max_rows=None)
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
        if head.startswith((b"%PDF", b"\xd0\xcf\x11\xe0", b"PK\x03\x04")) or _binary_head(head):
            raise TableError("tables.not_text", file=path.name)
        return head + fh.read()


def _text_rows(path: Path, raw: bytes) -> list[list[str]]:
    text = decode(raw, path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        lines = text.splitlines()
        tabbed = [line for line in lines if line.strip()]
        if tabbed and sum("\t" in line for line in tabbed[:HEADER_SEARCH_ROWS]) * 2 > min(
            len(tabbed), HEADER_SEARCH_ROWS
        ):  # copied from a spreadsheet: tab-separated
            return [line.split("\t") for line in lines]
        return [[line] for line in lines]
    delimiter = "\t" if suffix == ".tsv" else _delimiter(text[:SNIFF_CHARS])
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise TableError("tables.bad_csv", file=path.name, error=clip(str(exc))) from exc


def _delimiter(sample: str) -> str:
    """The delimiter (comma, semicolon or tab) that splits most sample lines into the same number of cells.
    (csv.Sniffer gives up when a line above the header, such as a search URL, is split differently.)"""
    lines = sample.splitlines()[:-1] or sample.splitlines()  # the last line may be cut off
    best, best_key = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(row)]
        if not widths:
            continue
        common = max(set(widths), key=lambda w: (widths.count(w), w))
        key = (widths.count(common), common) if common > 1 else (0, 0)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _xlsx_rows(path: Path, fh: IO[bytes], limits: Limits) -> list[list[str]]:
    """The first sheet's rows; the ZIP directory (read first) gives the unpacked size, the sheet's dimension
    its rows, so a workbook over the limits is refused before any part of it is unpacked."""
    try:
        archive = zipfile.ZipFile(fh)
        is_workbook = "xl/workbook.xml" in archive.namelist()
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        is_workbook, unpacked = False, 0
    if not is_workbook:
        raise TableError("tables.zip", file=path.name)
    if limits.max_unpacked is not None and unpacked > limits.max_unpacked:
        raise TableError(
            "tables.too_big_unpacked",
            file=path.name,
            size=size_text(unpacked),
            limit=size_text(limits.max_unpacked),
        )
    from openpyxl import load_workbook

    rows: list[list[str]] = []
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            declared = sheet.max_row or 0  # the sheet's <dimension>, read without its rows
            if limits.max_rows is not None and declared > 2 * limits.max_rows + HEADER_SEARCH_ROWS:
                raise _too_big(path, limits, max_bytes=None)
            for seen, row in enumerate(sheet.iter_rows(values_only=True)):
                cells = ["" if v is None else str(v) for v in row]
                if any(cells):
                    rows.append(cells)
                elif limits.max_rows is not None and seen > 2 * limits.max_rows + HEADER_SEARCH_ROWS:
                    raise _too_big(path, limits, max_bytes=None)  # rows of nothing without end
                if limits.max_rows is not None and len(rows) > limits.max_rows:
                    raise _too_big(path, limits, max_bytes=None)
        finally:
            book.close()
    except TableError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged workbook
        raise TableError("tables.bad_workbook", file=path.name, error=type(exc).__name__) from exc
    return rows


def decode(raw: bytes, path: Path | None = None) -> str:
    """Text of a file: UTF-8 (BOM or not), UTF-16 (BOM, or BOM-less from its NULs), else GB18030."""
    name = path.name if path is not None else "The file"
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            return _decode_as(raw[len(bom) :], codec, name)
    sample = raw[:4096]
    if b"\0" in sample:
        codec = _bomless_utf16(sample)
        if codec is None:
            raise _binary(name)
        return _decode_as(raw, codec, name)
    for codec in ("utf-8", "gb18030"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        _check_text(text, name)
        return text
    raise TableError("tables.unknown_encoding", file=name)


def _bomless_utf16(sample: bytes) -> str | None:
    """The UTF-16 codec of BOM-less text with NULs (ASCII-range text: every other byte is NUL), or None."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _decode_as(raw: bytes, codec: str, name: str) -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise TableError("tables.bad_bytes", file=name, codec=codec.upper()) from exc
    _check_text(text, name)
    return text


def _check_text(text: str, name: str) -> None:
    sample = text[:4096]
    control = sum(1 for c in sample if c < " " and c not in "\t\r\n\f\v")
    if "\0" in sample or control * 20 > len(sample):
        raise _binary(name)


def _binary(name: str) -> TableError:
    return TableError("tables.binary", file=name)


# -- header -----------------------------------------------------------------------------------------------------
def _filled(row: list[str]) -> int:
    return sum(1 for cell in row if cell)


def _first_entry(rows: list[list[str]], score: Score | None) -> int | None:
    """Index of the first of the top rows with a cell ``score`` takes for an entry."""
    if score is None:
        return None
    return next(
        (i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if any(score(c) for c in row if c)), None
    )


def _header_index(rows: list[list[str]], column: str | int | None, score: Score | None) -> int | None:
    """Index of the header row in ``rows`` (non-empty rows), or None when the table has none."""
    head = rows[:HEADER_SEARCH_ROWS]
    if isinstance(column, str):
        wanted = fold_name(column)
        for index, row in enumerate(head):
            if any(fold_name(cell) == wanted for cell in row):
                return index
        structural = _header_index(rows, None, score)
        raise unknown_column(column, rows[structural] if structural is not None else [])
    first = _first_entry(rows, score)
    if first is not None:
        wide = _filled(rows[first]) >= 2
        for index in range(first - 1, -1, -1):  # the nearest row above that reads as a header
            row = rows[index]
            if (_filled(row) >= 2 or not wide) and not any(c.isdigit() for c in row if c):
                return index
        return None
    # no entry recognised: the first of two wide rows in a row is the header; a single column has none
    for index in range(len(head) - 1):
        if _filled(rows[index]) >= 2 and _filled(rows[index + 1]) >= 2:
            return index
    return None


def _table(rows: list[list[str]], column: str | int | None, score: Score | None) -> Table:
    header = _header_index(rows, column, score)
    if header is None:
        # lines above the first entry that cannot be data (a URL, a title: fewer cells) are dropped
        first = _first_entry(rows, score) or 0
        body_start = first if all(_filled(r) < _filled(rows[first]) for r in rows[:first]) else 0
        body, names, skipped = rows[body_start:], [], body_start
    else:
        body, names, skipped = rows[header + 1 :], rows[header], header
    width = max([len(names), *(len(r) for r in body)])
    width = max((i + 1 for i in range(width) if any(i < len(r) and r[i] for r in [names, *body])), default=1)
    pad = [""] * width
    return Table(
        headers=tuple((names + pad)[:width]),
        rows=tuple(tuple((r + pad)[:width]) for r in body),
        has_header=header is not None,
        skipped=skipped,
    )
