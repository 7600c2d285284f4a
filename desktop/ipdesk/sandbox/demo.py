"""Accessors of the sandbox demo data, for the UI (demo hints, samples) and for tests."""

from __future__ import annotations

from ipdesk.sandbox import demo_data


def demo_patent_numbers() -> list[str]:
    """Patent numbers the sandbox knows for P022 (some have no classification, some two)."""
    return [p["pn"] for p in demo_data.seic().patents]


def demo_patent_ids() -> list[str]:
    """Patent ids (UUIDs) the sandbox knows for P022."""
    return [p["patent_id"] for p in demo_data.seic().patents]


def demo_companies() -> list[dict]:
    """[{name, credit_code, org_number}] of the companies with risk data (C027/C028/C029)."""
    return [
        {"name": c["company_name"], "credit_code": c["credit_code"], "org_number": c["org_number"]}
        for c in demo_data.risk()["companies"]
    ]


def demo_description_patents() -> list[str]:
    """Patent numbers with a description (P019) and offsets (P073); the last one has no own text and is
    served from its family member only with replace_by_related=1."""
    return [p["pn"] for p in demo_data.descriptions().patents]


def demo_bibliography_only() -> list[str]:
    """Patent numbers P011 knows and P022 leaves out (known patents without SEIC classification)."""
    classified = {p["pn"] for p in demo_data.seic().patents}
    return [p["pn"] for p in demo_data.bibliography().patents if p["pn"] not in classified]
