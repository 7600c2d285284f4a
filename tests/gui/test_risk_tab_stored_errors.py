"""A company's refresh error survives a restart: a new tab over the same data folder shows it in place, in the
UI language, without a new API call; the release monitor still counts a 68300012 company as checked."""

from __future__ import annotations

import csv
from datetime import date

from PySide6.QtCore import QLocale, Qt
from test_risk_support import (
    XIAOMI,
    Clock,
    cell,
    check,
    close_context,
    import_values,
    make_context,
    make_tab,
    wait_idle,
)

from ipdesk.api.errors import ERROR_KEYS
from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_companies
from ipdesk.ui.risk import model as rm

MISSING = "北京不存在科技有限公司"
MISSING_KEY = f"company_name:{MISSING}"
NOT_FOUND_EN = "Company not found in PatSnap data. Try the unified social credit code."
NOT_FOUND_ZH = "PatSnap 数据中未找到该企业。 请尝试使用统一社会信用代码。"
RISK_OPS = ("C027", "C028", "C029")


def _risk_requests(sandbox) -> list[dict]:
    return [r for r in sandbox.requests_log if r["op"] in RISK_OPS]


def test_the_stored_error_is_shown_after_a_restart_without_a_call(qloop, qtbot, sandbox, tmp_path):
    bad_request = demo_companies()[1]["credit_code"]
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context)
    try:
        import_values(qtbot, tab, [XIAOMI[1], MISSING, bad_request])
        tab.jobs.refresh_all()
        wait_idle(qtbot, tab)
        # a forced refresh of a company that worked fails with an (injected) 68300004
        sandbox.configure(fail_next=[68300004], inject_ops={"C029"})
        tab.jobs.refresh_keys([f"credit_code:{bad_request}"], force=True)
        wait_idle(qtbot, tab)
        live = {row.key: cell(tab, row.key, rm.STATUS) for row in tab.model.rows()}
    finally:
        close_context(context, tab)
    assert live[MISSING_KEY] == NOT_FOUND_EN
    assert live[f"credit_code:{bad_request}"] == t(ERROR_KEYS[68300004], "en")
    assert live[f"credit_code:{XIAOMI[1]}"] == ""
    counts, requests = dict(sandbox.counts), len(_risk_requests(sandbox))
    assert counts["C029"] == 4 and requests == sum(counts.get(op, 0) for op in RISK_OPS)

    # "restart": a new context and tab over the same data folder
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context)
    try:
        assert cell(tab, MISSING_KEY, rm.STATUS) == NOT_FOUND_EN
        assert cell(tab, MISSING_KEY, rm.STATUS, Qt.ItemDataRole.ToolTipRole) == NOT_FOUND_EN
        assert cell(tab, f"credit_code:{bad_request}", rm.STATUS) == t(ERROR_KEYS[68300004], "en")
        assert {row.key: cell(tab, row.key, rm.STATUS) for row in tab.model.rows()} == live
        assert tab.model.row_for(MISSING_KEY).error.code == 68300012
        assert cell(tab, MISSING_KEY, rm.SCORE) == rm.UNKNOWN
        # the export carries the stored error text as it carries a live one
        task = tab.export_report(str(tmp_path / "report.csv"))  # written on a worker
        qtbot.waitUntil(lambda: not task.running, timeout=10000)
        assert tab.message.text() == "Companies exported: 3."
        with open(tmp_path / "report.csv", encoding="utf-8-sig", newline="") as fh:
            exported = {r["identifier"]: r["error"] for r in csv.DictReader(fh)}
        assert exported == {
            XIAOMI[1]: "",
            MISSING: t(ERROR_KEYS[68300012], "en"),
            bad_request: t(ERROR_KEYS[68300004], "en"),
        }
        # the language switch: the stored errors follow it as the live ones do
        context.language.apply("zh_CN")
        qtbot.waitUntil(lambda: cell(tab, MISSING_KEY, rm.STATUS) == NOT_FOUND_ZH, timeout=5000)
        assert cell(tab, f"credit_code:{bad_request}", rm.STATUS) == t(ERROR_KEYS[68300004], "zh")
        context.language.apply("en")
        assert cell(tab, MISSING_KEY, rm.STATUS) == NOT_FOUND_EN
        qtbot.wait(200)
        assert dict(sandbox.counts) == counts and len(_risk_requests(sandbox)) == requests  # no new call

        # a successful refresh clears the stored error for good
        tab.jobs.refresh_keys([f"credit_code:{bad_request}"])
        wait_idle(qtbot, tab)
        assert cell(tab, f"credit_code:{bad_request}", rm.STATUS) == ""
        assert not context.store().watchlist.find_company("credit_code", bad_request).failed
    finally:
        context.language.apply("en")
        QLocale.setDefault(QLocale.system())
        close_context(context, tab)


def test_monitor_counts_a_not_found_company_as_checked_and_the_error_stays(qloop, qtbot, sandbox):
    clock = Clock(date(2026, 3, 10))
    sandbox.configure(today=clock.day)
    context = make_context(qtbot, sandbox, monitor=True)
    tab = make_tab(qtbot, context, clock)
    try:
        import_values(qtbot, tab, [XIAOMI[1], MISSING])
        assert sorted(check(qtbot, tab.monitor)) == sorted([f"credit_code:{XIAOMI[1]}", MISSING_KEY])
        wait_idle(qtbot, tab)
        assert cell(tab, MISSING_KEY, rm.STATUS) == NOT_FOUND_EN
    finally:
        close_context(context, tab)
    missing = next(c for c in tab.context.store().watchlist.list_companies() if c.key == MISSING_KEY)
    assert missing.last_release_checked == date(2026, 3, 1) and missing.last_error_code == 68300012
    counts = dict(sandbox.counts)

    context = make_context(qtbot, sandbox, monitor=True, lang="zh_CN")
    tab = make_tab(qtbot, context, clock)
    try:
        qtbot.wait(200)
        assert check(qtbot, tab.monitor) == []  # nothing due: the not-found company counts as checked
        assert dict(sandbox.counts) == counts
        assert cell(tab, MISSING_KEY, rm.STATUS) == NOT_FOUND_ZH
    finally:
        context.language.apply("en")
        QLocale.setDefault(QLocale.system())
        close_context(context, tab)
