"""The classification table as a file, with what reconciliation needs: the input lines it has no row for.

A classified list's rows leave out the lines that were never sent: invalid entries, application numbers and
duplicates (``PatentInput.left_out``). With ``input_lines`` the export lists them too, each with its line and
reason (in ``lang``), so the file's numbers add up to the list the client sent:

* XLSX: a sheet "Input lines" (line, entry, kind, reason) after the results, which stay alone on the first sheet;
* CSV: one table only, so the lines follow the results as rows of the same columns: the entry as typed in
  ``input``, the kind (``invalid``, ``application``, ``duplicate``) in ``status``, "line N: reason" in ``error``;
* JSON: not offered (its shape stays an array of result rows).

On by default for XLSX, off for CSV (a CSV is often opened again as a list, ``default_input_lines``). Written
once for both front-ends: ``ipdesk classify --output`` and the Classification tab's export.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

from ipdesk.messages import t
from ipdesk.services.classify import ClassRow
from ipdesk.services.export import write_rows
from ipdesk.services.patents import PatentInput

LINE_COLUMNS = ("line", "entry", "kind", "reason")
LINES_SHEET = "Input lines"
LINE_FORMATS = ("csv", "xlsx")


def default_input_lines(fmt: str) -> bool:
    """Whether an export in ``fmt`` lists the left-out input lines unless told otherwise."""
    return fmt == "xlsx"


def line_records(inputs: PatentInput, lang: str) -> list[dict[str, object]]:
    """The left-out lines as records of ``LINE_COLUMNS``, reasons in ``lang``."""
    return [
        {"line": e.line, "entry": e.raw, "kind": e.kind, "reason": e.reason(lang)} for e in inputs.left_out()
    ]


def line_rows(inputs: PatentInput, lang: str, columns: Sequence[str]) -> list[dict[str, object]]:
    """The left-out lines as rows of the results' ``columns`` (for CSV, see the module text)."""
    rows = []
    for entry in inputs.left_out():
        row: dict[str, object] = dict.fromkeys(columns, "")
        row.update(
            input=entry.raw,
            status=entry.kind,
            error=t("export.line_reason", lang, line=entry.line, reason=entry.reason(lang)),
        )
        if entry.kind == "duplicate":
            row["patent_number"] = entry.normalized
        rows.append(row)
    return rows


def write_classification(
    rows: Sequence[ClassRow],
    target: str | os.PathLike[str] | IO,
    fmt: str,
    columns: Sequence[str],
    *,
    inputs: PatentInput | None = None,
    input_lines: bool | None = None,
    lang: str = "en",
    sample_note: str | None = None,
) -> int:
    """Write the result ``rows`` (``columns`` of ClassRow) and, with ``inputs`` and ``input_lines`` (None: the
    format's default), the lines they leave out; returns the number of result rows written."""
    records = [row.as_dict(columns) for row in rows]
    if input_lines is None:
        input_lines = default_input_lines(fmt)
    if not (input_lines and inputs is not None and inputs.left_out() and fmt in LINE_FORMATS):
        return write_rows(records, target, fmt, columns, sample_note=sample_note)
    if fmt == "csv":
        write_rows(records + line_rows(inputs, lang, columns), target, fmt, columns)
        return len(records)
    sheets = {LINES_SHEET: (LINE_COLUMNS, line_records(inputs, lang))}
    return write_rows(records, target, fmt, columns, sample_note=sample_note, sheets=sheets)
