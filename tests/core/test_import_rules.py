"""The architecture's import rules (pyproject.toml, [tool.importlinter]), checked by import-linter on every run:
the layers cli > ui > sandbox > services > api; the core never imports Qt; tab packages never import each other;
nothing in ui/ imports sqlite3, csv, openpyxl or requests itself; no import cycles between sibling modules.

import-linter runs in a child interpreter: it configures the logging of the process it runs in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
LINT = (
    "import sys\n"
    "from importlinter import cli\n"
    "sys.exit(cli.lint_imports(config_filename=sys.argv[1], no_cache=True))\n"
)


def test_every_import_contract_is_kept() -> None:
    run = subprocess.run(
        [sys.executable, "-c", LINT, str(PYPROJECT)], capture_output=True, text=True, timeout=120
    )
    report = run.stdout + run.stderr
    assert run.returncode == 0, report
    assert "5 kept, 0 broken" in report, report
