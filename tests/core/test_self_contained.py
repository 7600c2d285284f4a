"""The project carries every file its tests read: no test, and no part of the app, reaches for a folder beside
the repository (the API documents are in tests/contract, the demo data's inputs in resources/demo)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE = re.compile(
    r"/work/|\.\./shared|\.parent\s*/\s*[\"']shared[\"']|parents\[\d\]\.parent\b|[\"']shared[\"']\s*/\s*[\"']api-docs"
)


def test_no_source_reads_outside_the_repository():
    offenders = []
    for folder in ("tests", "desktop", "packaging"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__).resolve():
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_contract_documents_name_their_source():
    contract = ROOT / "tests" / "contract"
    readme = (contract / "README.md").read_text(encoding="utf-8")
    for document in contract.iterdir():
        if document.name != "README.md":
            assert f"`shared/api-docs/{document.name}`" in readme, document.name
