"""The architecture's import rules (pyproject.toml, [tool.importlinter]), checked by import-linter on every run:
the layers cli > ui > sandbox > services > api; the core never imports Qt; tab packages never import each other;
nothing in ui/ imports sqlite3, csv, openpyxl or requests itself; no import cycles between sibling modules."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from importlinter import cli

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_every_import_contract_is_kept() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.lint_imports(config_filename=str(PYPROJECT), no_cache=True)
    report = out.getvalue()
    assert code == 0, report
    assert "5 kept, 0 broken" in report, report
