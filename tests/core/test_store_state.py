"""State part of the store: recently opened full texts and key/value app state."""

from __future__ import annotations

from ipdesk.services.store.state import RecentItem


def test_recent_items(store):
    store.state.add_recent("US9800501B2", "EN")
    store.state.add_recent("CN110650438A", "CN")
    store.state.add_recent("US9800501B2", "JP")
    store.state.add_recent("US9800501B2", "EN")  # opened again: moves to the top, not duplicated
    recent = store.state.recent()
    assert [(r.patent, r.lang) for r in recent] == [
        ("US9800501B2", "EN"),
        ("US9800501B2", "JP"),
        ("CN110650438A", "CN"),
    ]
    assert isinstance(recent[0], RecentItem) and recent[0].opened_at.tzinfo is not None
    assert len(store.state.recent(limit=2)) == 2
    for n in range(250):
        store.state.add_recent(f"US{n}", "EN")
    assert len(store.state.recent(limit=1000)) == 200  # bounded
    assert store.state.recent(1)[0].patent == "US249"
    store.state.clear_recent()
    assert store.state.recent() == []


def test_app_state(store):
    assert store.state.get_state("last_job") is None
    assert store.state.get_state("last_job", 0) == 0
    store.state.set_state("last_job", 42)
    store.state.set_state("columns", {"widths": [120, 80], "名称": True})
    assert store.state.get_state("last_job") == 42
    assert store.state.get_state("columns") == {"widths": [120, 80], "名称": True}
    store.state.set_state("last_job", 43)
    assert store.state.get_state("last_job") == 43
    store.state.delete_state("last_job")
    assert store.state.get_state("last_job") is None
