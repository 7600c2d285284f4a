"""Writers for row lists: CSV (UTF-8 with a BOM, so Excel shows Chinese right), XLSX (openpyxl) and JSON.

Rows are mappings (column -> value) or dataclass instances; ``columns`` fixes the order (default: the keys of
the first row). ``sample_note`` marks demo data where the format has room for it without touching the table:
XLSX gets a second sheet "Sample data" holding the note, JSON becomes ``{"sample_data": true, "note": ..., "rows":
[...]}``; CSV has no such room (a comment line would become Excel's header and a last row would come back as an
entry when the file is opened again), so its mark is the file name (``sample_path``). Targets are paths or open text streams (CSV/JSON; XLSX needs a path or a binary stream); a path is written
whole or not at all (``services.files.atomic_output``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from ipdesk.services.files import atomic_output

FORMATS = ("csv", "xlsx", "json")
FORMULA_START = ("=", "+", "-", "@")  # a cell starting so is a formula to Excel


def _as_mapping(row: Any, columns: Sequence[str] | None = None) -> Mapping[str, Any]:
    if isinstance(row, Mapping):
        return row
    if dataclasses.is_dataclass(row):
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    if callable(getattr(row, "as_dict", None)):  # e.g. ClassRow: the columns asked for, bibliography included
        return row.as_dict() if columns is None else row.as_dict(columns)
    raise TypeError(f"cannot export a row of type {type(row).__name__}")


def _prepare(rows: Iterable[Any], columns: Sequence[str] | None) -> tuple[list[str], list[Mapping[str, Any]]]:
    mapped = [_as_mapping(r, columns) for r in rows]
    if columns is None:
        columns = list(mapped[0].keys()) if mapped else []
    return list(columns), mapped


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(str(v) for v in value)
    return value


def format_for(path: str | os.PathLike[str], default: str = "csv") -> str:
    """The format named by a file's extension (csv, xlsx, json), else ``default``."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else default


def write_csv(
    rows: Iterable[Any], target: str | os.PathLike[str] | IO[str], columns: Sequence[str] | None = None
) -> int:
    """CSV with a UTF-8 BOM; returns the number of data rows written."""
    names, mapped = _prepare(rows, columns)
    if isinstance(target, str | os.PathLike):
        with atomic_output(target, "w", encoding="utf-8-sig", newline="") as stream:
            return _write_csv(stream, names, mapped)
    target.write("\ufeff")
    return _write_csv(target, names, mapped)


def _write_csv(stream: IO[str], names: list[str], rows: list[Mapping[str, Any]]) -> int:
    writer = csv.writer(stream)
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return len(rows)


def sample_path(path: str, suffix: str = "-sample") -> str:
    """``path`` with ``suffix`` before its extension (unless its name ends so already): demo exports' name."""
    target = Path(path)
    if target.stem.lower().endswith(suffix):
        return path
    return str(target.with_name(target.stem + suffix + target.suffix))


def write_json(
    rows: Iterable[Any],
    target: str | os.PathLike[str] | IO[str],
    columns: Sequence[str] | None = None,
    *,
    sample_note: str | None = None,
) -> int:
    """A JSON array of objects (UTF-8, non-ASCII kept), or with ``sample_note`` an object holding the note and
    the rows; returns the number of rows."""
    names, mapped = _prepare(rows, columns)
    data: Any = [{name: row.get(name) for name in names} for row in mapped]
    count = len(data)
    if sample_note:
        data = {"sample_data": True, "note": sample_note, "rows": data}
    text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
    if isinstance(target, str | os.PathLike):
        with atomic_output(target, "w", encoding="utf-8") as stream:
            stream.write(text + "\n")
    else:
        target.write(text + "\n")
    return count


def never_formula(cell) -> None:
    """An openpyxl cell whose text starts like a formula ("=1+2", "-x") stays text: a list is never run."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
        cell.data_type = "s"


def write_xlsx(
    rows: Iterable[Any],
    target: str | os.PathLike[str] | IO[bytes],
    columns: Sequence[str] | None = None,
    *,
    sheet: str = "IP Desk",
    sample_note: str | None = None,
    sheets: Mapping[str, tuple[Sequence[str], Iterable[Any]]] | None = None,
) -> int:
    """An XLSX workbook with one sheet (header row bold, frozen), then ``sheets`` (name -> (columns, rows)) in
    the same form, and with ``sample_note`` a last sheet "Sample data" saying so; returns the number of data rows
    of the first sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    count = _fill_sheet(book.active, sheet, rows, columns)
    for name, (more_columns, more_rows) in (sheets or {}).items():
        _fill_sheet(book.create_sheet(), name, more_rows, more_columns)
    if sample_note:
        note = book.create_sheet("Sample data")
        note.append([sample_note])
        note["A1"].font = Font(bold=True, color="C62828")
        note.sheet_properties.tabColor = "C62828"
    if isinstance(target, str | os.PathLike):
        with atomic_output(target, "wb") as stream:
            book.save(stream)
    else:
        book.save(target)
    return count


def _fill_sheet(ws, title: str, rows: Iterable[Any], columns: Sequence[str] | None) -> int:
    from openpyxl.styles import Font

    names, mapped = _prepare(rows, columns)
    ws.title = title[:31]
    ws.append(names)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for row in mapped:
        ws.append([_cell(row.get(name)) for name in names])
    for cells in ws.iter_rows(min_row=1, max_row=1 + len(mapped)):
        for cell in cells:
            never_formula(cell)
    return len(mapped)


def write_rows(
    rows: Iterable[Any],
    target: str | os.PathLike[str] | IO,
    fmt: str,
    columns: Sequence[str] | None = None,
    *,
    sample_note: str | None = None,
    sheets: Mapping[str, tuple[Sequence[str], Iterable[Any]]] | None = None,
) -> int:
    """``sample_note``: demo data, marked as the format allows (see the module text; CSV: by its name only);
    ``sheets``: further sheets of an XLSX workbook (name -> (columns, rows)), not allowed in other formats."""
    if sheets and fmt != "xlsx":
        raise ValueError(f"only an XLSX workbook has further sheets, not {fmt!r}")
    if fmt == "csv":
        return write_csv(rows, target, columns)
    if fmt == "json":
        return write_json(rows, target, columns, sample_note=sample_note)
    if fmt == "xlsx":
        return write_xlsx(rows, target, columns, sample_note=sample_note, sheets=sheets)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")


def xlsx_bytes(rows: Iterable[Any], columns: Sequence[str] | None = None) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(rows, buffer, columns)
    return buffer.getvalue()
