"""Export and copy for the classification table (Qt-free helpers; the tab runs exports on a worker).

Files use the same columns as ``ipdesk classify`` (``ipdesk.services.classify.export_columns``: the
bibliography's too for a list classified with it): status and patent type are the machine words (ok, none, not_found, failed) and the error has its own column; in demo mode the file says it
holds sample data (``services.export``: the name ends in ``-sample``, XLSX has a note sheet, JSON a field).
The clipboard gets the visible columns as shown, tab-separated, one line per row, which Excel pastes into cells. The services (the classification
service pulls in hashlib and the API models) are imported on the first export, not when the tab is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipdesk.services.classify import ClassRow

EXPORT_FORMATS = ("csv", "xlsx", "json")


def export_table(
    rows: Sequence[ClassRow],
    path: str,
    fmt: str,
    sample_note: str | None = None,
    *,
    with_biblio: bool = False,
) -> int:
    """Write rows to ``path`` as csv (UTF-8 with BOM), xlsx or json; returns the number of rows.
    ``sample_note``: demo data, said in the file (``services.export.write_rows``); ``with_biblio``: the list
    has bibliography (its columns are written too)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    from ipdesk.services.classify import export_columns
    from ipdesk.services.export import write_rows

    columns = export_columns(with_biblio)
    return write_rows([r.as_dict(columns) for r in rows], path, fmt, columns, sample_note=sample_note)


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def tsv(rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text, one line per row (tabs and newlines inside cells become spaces)."""
    return "\n".join("\t".join(_clean(c) for c in row) for row in rows) + ("\n" if rows else "")
