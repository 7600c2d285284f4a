"""`ipdesk report classify|risk --out FILE.pdf` against the sandbox over real HTTP, read back with pypdf: the
cover, the method's counts and every level-1 row (the classification), the watchlist's companies (the risk
report), in English and Chinese; demo mode's mark on every page."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from ipdesk.cli.main import main
from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_companies, demo_patent_numbers
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.portfolio import Distribution
from ipdesk.services.store import Store


def flat(text: str) -> str:
    """The text without white space (pypdf reads gaps between words and lines its own way)."""
    return "".join(text.split())


def pages(path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_classify_pdf(qapp, tmp_path, data_dir, lang):
    numbers = demo_patent_numbers()[:60]
    source = tmp_path / "list.txt"
    source.write_text("\n".join([*numbers, "hello", numbers[1]]), encoding="utf-8")
    out = tmp_path / "report.pdf"
    assert (
        main(["--demo", "report", "classify", "--input", str(source), "--out", str(out), "--lang", lang]) == 0
    )
    text = pages(out)
    mark = flat(t("report.sample_mark", lang))
    assert all(mark in page for page in text)
    whole = "".join(text)
    assert flat(t("report.classify_title", lang)) in text[0]
    assert (
        flat(t("report.duplicates", lang)) + "1" in whole and flat(t("report.invalid", lang)) + "1" in whole
    )
    # the level-1 rows, with the numbers the Distribution counts over the stored answers
    from ipdesk.services.classify import answered_rows

    with Store(data_dir / "demo.sqlite3") as store:
        keys = normalize_patent_list("\n".join(numbers)).numbers
        rows = answered_rows(store, keys, "cn" if lang == "zh" else "en")
    dist = Distribution()
    dist.add_rows(rows)
    assert dist.level1()
    for code, name, count in dist.level1():
        assert flat(f"{code}{name}{count}") in whole


def test_report_risk_pdf(qapp, tmp_path):
    out = tmp_path / "risk.pdf"
    args = ["--demo", "report", "risk", "--out", str(out), "--lang", "zh", "--history", "--yes"]
    assert main(args) == 0
    text = pages(out)
    assert flat(t("report.risk_title", "zh")) in text[0]
    whole = "".join(text)
    assert flat(t("report.watchlist", "zh")) in whole and flat(t("report.trends", "zh")) in whole
    for company in demo_companies():  # every watched company is listed (a long name may be elided)
        assert company["credit_code"] in whole
