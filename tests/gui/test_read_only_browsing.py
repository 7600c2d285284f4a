"""Browsing a read-only database (the bar says paid work is off): choosing a company writes nothing and shows
no "cannot be written" error for what the app only remembers (the selection), in the tab or the status bar."""

from __future__ import annotations

from test_risk_support import XIAOMI, close_context, import_values, make_context, make_tab, select, wait_idle

from ipdesk.services.store import Store

OTHER = "91510107698745126B"


def test_selecting_companies_in_a_read_only_store_says_nothing(qloop, qtbot, sandbox):
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context)
    try:
        import_values(qtbot, tab, [XIAOMI[1], OTHER])
        keys = [row.key for row in tab.model.rows()]
        assert len(keys) == 2
        path = context.store().database.path
        context.release_store()  # then opened read-only, as the health check does for a read-only folder
        context._stores[bool(context.demo)] = Store(path, read_only=True)
        context._stores_failed.discard(bool(context.demo))
        said: list[str] = []
        context.tasks.message.connect(lambda text: said.append(str(text)))
        context.message.connect(lambda text: said.append(str(text)))
        for key in keys + keys[:1]:
            select(qtbot, tab, key)
            wait_idle(qtbot, tab)
        assert tab.selected_keys() == keys[:1]
        assert not said, said
        assert "cannot be written" not in tab.message.text()
    finally:
        close_context(context, tab)
