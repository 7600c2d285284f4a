"""Watchlist part of the store: companies, their identifiers, fields and tags."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest


def test_add_dedupes_by_kind_and_value(store):
    xiaomi = store.watchlist.add_company(
        "credit_code", "91110108551385082Q", "小米科技有限责任公司", tags=["supplier"]
    )
    again = store.watchlist.add_company("credit_code", " 91110108551385082Q ", "other name", tags=["x"])
    assert again == xiaomi  # unchanged
    assert xiaomi.key == "credit_code:91110108551385082Q"
    by_name = store.watchlist.add_company("company_name", "小米科技有限责任公司")
    assert by_name.id != xiaomi.id  # same company, other identifier kind: a separate entry
    assert len(store.watchlist.list_companies()) == 2
    assert store.watchlist.find_company("credit_code", "91110108551385082Q") == xiaomi
    assert store.watchlist.find_company("org_number", "55138508-2") is None
    assert xiaomi.added_at.tzinfo is not None
    assert (xiaomi.last_refreshed, xiaomi.last_release_checked, xiaomi.flags_new, xiaomi.verify_override) == (
        None,
        None,
        False,
        False,
    )


def test_add_validates(store):
    with pytest.raises(ValueError, match="kind"):
        store.watchlist.add_company("duns", "123")
    with pytest.raises(ValueError, match="empty"):
        store.watchlist.add_company("company_name", "   ")
    with pytest.raises(TypeError):
        store.watchlist.add_company("company_name", "A", tags="oops")


def test_update_fields_and_round_trip(store):
    company = store.watchlist.add_company("org_number", "551385082", verify_override=True)
    assert company.verify_override is True
    refreshed = datetime(2025, 3, 16, 10, 0, tzinfo=UTC)
    updated = store.watchlist.update_company(
        company.id,
        display_name="Xiaomi",
        note="due diligence",
        tags=["dd", "dd", " ", "競合"],
        last_refreshed=refreshed,
        last_release_checked=date(2025, 3, 16),
        flags_new=True,
        verify_override=False,
    )
    assert updated.tags == ("dd", "競合")
    assert (updated.display_name, updated.note) == ("Xiaomi", "due diligence")
    assert updated.last_refreshed == refreshed
    assert updated.last_release_checked == date(2025, 3, 16)
    assert (updated.flags_new, updated.verify_override) == (True, False)
    assert store.watchlist.get_company(company.id) == updated
    seen = store.watchlist.update_company(company.id, flags_new=False)
    assert seen.flags_new is False and seen.note == "due diligence"
    with pytest.raises(ValueError, match="cannot update"):
        store.watchlist.update_company(company.id, value="other")
    with pytest.raises(KeyError):
        store.watchlist.update_company(12345, note="x")


def test_list_by_tag_and_remove(store):
    a = store.watchlist.add_company("company_name", "A", tags=["supplier", "cn"])
    b = store.watchlist.add_company("company_name", "B", tags=["licensee"])
    c = store.watchlist.add_company("company_name", "C", tags=["supplier"])
    assert [x.id for x in store.watchlist.list_companies()] == [a.id, b.id, c.id]
    assert [x.id for x in store.watchlist.list_companies(tag="supplier")] == [a.id, c.id]
    assert store.watchlist.list_companies(tag="none") == []
    assert store.watchlist.all_tags() == ["cn", "licensee", "supplier"]
    assert store.watchlist.remove_company(b.id) is True
    assert store.watchlist.remove_company(b.id) is False
    assert [x.id for x in store.watchlist.list_companies()] == [a.id, c.id]
    assert store.watchlist.get_company(b.id) is None
