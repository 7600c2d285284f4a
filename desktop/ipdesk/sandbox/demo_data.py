"""Lazy, cached access to the demo data in resources/demo/ (found through importlib.resources)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any


def _demo_dir():
    return files("ipdesk.resources") / "demo"


def _load_json(name: str) -> Any:
    return json.loads((_demo_dir() / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class SeicData:
    taxonomy: dict[str, dict[str, str]]  # "1" / "1.1" -> {"cn": ..., "en": ...}
    patents: list[dict]  # {"pn", "patent_id", "seic": [lv2 codes]}
    by_pn: dict[str, dict]
    by_id: dict[str, dict]


@dataclass(frozen=True)
class DescriptionData:
    patents: list[dict]  # {"pn","patent_id","lang","file","data_format","markup","sections"} | related
    by_pn: dict[str, dict]
    by_id: dict[str, dict]

    def text(self, entry: dict) -> str:
        return _read_text(entry["file"])


@functools.cache
def _read_text(relative: str) -> str:
    return (_demo_dir() / relative).read_text(encoding="utf-8")


@functools.cache
def seic() -> SeicData:
    raw = _load_json("seic.json")
    return SeicData(taxonomy=raw["taxonomy"], **_indexed(raw["patents"]))


@functools.cache
def descriptions() -> DescriptionData:
    return DescriptionData(**_indexed(_load_json("descriptions.json")["patents"]))


@dataclass(frozen=True)
class BibliographyData:
    patents: list[dict]  # P011 answer items: {"pn", "patent_id", "bibliographic_data"}
    by_pn: dict[str, dict]
    by_id: dict[str, dict]


def _indexed(patents: list[dict]) -> dict[str, Any]:
    """``patents`` and their indexes: by number (upper-case) and by id (lower-case)."""
    return {
        "patents": patents,
        "by_pn": {p["pn"].upper(): p for p in patents},
        "by_id": {p["patent_id"].lower(): p for p in patents},
    }


@functools.cache
def bibliography() -> BibliographyData:
    return BibliographyData(**_indexed(_load_json("bibliography.json")["patents"]))


@functools.cache
def risk() -> dict:
    return _load_json("risk.json")
