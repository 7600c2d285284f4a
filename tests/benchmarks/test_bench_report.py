"""Benchmark: the classification report of a 10,000-patent portfolio (with bibliography: the assignee and year
views too) built and written as XLSX and as PDF, against the plain XLSX export of the same rows in the same run
(target: each report under 3 s on an unloaded machine; the ratio to the plain export is printed)."""

from __future__ import annotations

import random
import time

import pytest

from ipdesk.services.classify import COLUMNS, ClassRow
from ipdesk.services.classify_export import write_classification
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.reports.classify import build_classify_report
from ipdesk.services.reports.cover import Source
from ipdesk.services.reports.xlsx import write_report_xlsx

PATENTS = 10_000
LIMIT_S = 3.0
PLAIN_EXPORT_S = 2.0  # the plain XLSX export of these rows on an unloaded machine (2 cores)


def _portfolio(n: int, seed: int = 18) -> tuple[list[ClassRow], str]:
    """``n`` classified patents (1-3 classes each, 9 level-1 and 40 level-2 industries, 300 assignees, 20
    years, 6% without a class) and the list they came from (with duplicates and invalid lines)."""
    rng = random.Random(seed)
    assignees = [f"Company {i} Co., Ltd." if i % 3 else f"公司 {i} 有限公司" for i in range(300)]
    rows: list[ClassRow] = []
    lines: list[str] = []
    for i in range(n):
        number = f"CN{110000000 + i}A"
        lines.append(number)
        if i % 50 == 7:
            lines += [number.lower(), f"not a patent {i}"]
        year = rng.randrange(2005, 2025)
        bib = dict(
            title=f"Method and device {i}",
            assignee=rng.choice(assignees),
            application_date=f"{year}-03-04",
            publication_date=f"{year + 1}-06-01",
            patent_type="grant",
        )
        pid = f"{rng.getrandbits(128):032x}"
        if rng.random() < 0.06:
            rows.append(ClassRow(number, number, pid, "", "", "", "", "none", "", number, **bib))
            continue
        for _ in range(rng.choice((1, 1, 2, 3))):
            lv1 = str(rng.randrange(1, 10))
            lv2 = f"{lv1}.{rng.randrange(1, 6)}"
            rows.append(
                ClassRow(number, number, pid, lv1, f"产业 {lv1}", lv2, f"Sub {lv2}", "ok", "", number, **bib)
            )
    return rows, "\n".join(lines)


def _best(work, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def portfolio():
    rows, text = _portfolio(PATENTS)
    return rows, normalize_patent_list(text)


def _measure(portfolio, tmp_path, write) -> tuple[float, float, float]:
    """(plain XLSX export, report built, report built and written by ``write``) in seconds, best of two."""
    rows, inputs = portfolio

    def report():
        return build_classify_report(rows, inputs, lang="zh", source=Source(sample=True), calls=100)

    baseline = _best(
        lambda: write_classification(rows, tmp_path / "plain.xlsx", "xlsx", COLUMNS, inputs=inputs)
    )
    build = _best(report)
    written = _best(lambda: write(report(), tmp_path / "report"))
    return baseline, build, written


def _limit(baseline: float) -> float:
    """The 3 s target is for an unloaded machine; when the baseline shows a slower one (2 cores shared), the
    target scales with it, so a report slower than the export it is compared with still fails."""
    return LIMIT_S * max(1.0, baseline / PLAIN_EXPORT_S)


@pytest.mark.benchmark
def test_xlsx_report_of_10000_patents(portfolio, tmp_path, bench_report):
    baseline, build, xlsx = _measure(portfolio, tmp_path, write_report_xlsx)
    bench_report(
        f"{PATENTS:,} patents ({len(portfolio[0]):,} rows): plain XLSX export {baseline:.2f} s; report built "
        f"{build * 1000:.0f} ms, built + XLSX {xlsx:.2f} s ({xlsx / baseline:.2f}x the plain export)"
    )
    assert xlsx < _limit(baseline)


@pytest.mark.benchmark
def test_pdf_report_of_10000_patents(qapp, portfolio, tmp_path, bench_report):
    from ipdesk.documents.pdf import write_pdf

    pages: list[int] = []
    baseline, build, pdf = _measure(
        portfolio, tmp_path, lambda report, path: pages.append(write_pdf(report, path))
    )
    bench_report(
        f"{PATENTS:,} patents ({len(portfolio[0]):,} rows): plain XLSX export {baseline:.2f} s; report built "
        f"{build * 1000:.0f} ms, built + PDF ({pages[-1]} pages) {pdf:.2f} s ({pdf / baseline:.2f}x the plain export)"
    )
    assert pdf < _limit(baseline)
