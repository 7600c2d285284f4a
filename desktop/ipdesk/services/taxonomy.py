"""The SEIC 2018 taxonomy shipped with the app (``resources/demo/seic-2018.json``, the sandbox's copy too): the
names of its level-1 and level-2 codes, so a report names each industry in its own language whatever language
the list was classified in (the codes are the same). Chinese names for every code; English for level 1 only
(level-2 English names come from P022 with lang=en)."""

from __future__ import annotations

import functools
import json

from ipdesk.services.paths import resource_dir


@functools.cache
def _names() -> dict[str, dict[str, str]]:
    """code -> {"zh": name, "en": name (level 1)}; empty when the file cannot be read (names stay as classified)."""
    try:
        raw = json.loads(resource_dir("demo", "seic-2018.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    names: dict[str, dict[str, str]] = {}
    for level in raw.get("levels", []):
        names[str(level["no"])] = {"zh": level["cn"], "en": level["en"]}
        for child in level.get("children", []):
            names[str(child["no"])] = {"zh": child["cn"]}
    return names


def seic_name(code: str, lang: str) -> str | None:
    """The name of SEIC code ``code`` ("1", "1.1") in ``lang`` ("en"; "zh" or "cn" Chinese), None when unknown."""
    lang = "zh" if lang.lower() in ("zh", "cn") else "en"
    return _names().get(code, {}).get(lang)
