"""Patent keys of the batch operations (P022, P011): which kind a key is, and which answer belongs to which key.

Both operations take up to 100 numbers or ids in one call and leave out of their answer the patents PatSnap does
not know; ``match_results`` gives every requested key its answer's raw data, or None for "not found".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

BY_NUMBER, BY_ID = "patent_number", "patent_id"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_NOT_IN_PN = re.compile(r"[\s,.\-/]")


def key_kind(key: str) -> str:
    """ "patent_id" for a PatSnap patent id (a UUID), "patent_number" otherwise."""
    return BY_ID if _UUID.fullmatch(key) else BY_NUMBER


def norm_pn(pn: str) -> str:
    return _NOT_IN_PN.sub("", pn).upper()


def match_results(
    kind: str,
    keys: Sequence[str],
    results: Iterable[Any],
    merge: Callable[[Any, Any], Any] | None = None,
) -> dict[str, Any]:
    """Requested key -> payload to store: the raw data of its result, or None (no result: not found in PatSnap).

    ``results`` are API models with ``pn``, ``patent_id`` and ``raw``. Numbers match by ``pn`` (normalised), ids
    by ``patent_id``. A result whose pn only extends a requested number (a kind code the request left out) is
    matched to it when nothing matched exactly. Two results for one key: ``merge(first_raw, second_raw)``, or the
    first kept.
    """
    wanted = {(norm_pn(k) if kind == BY_NUMBER else k.lower()): k for k in keys}
    answers: dict[str, Any] = dict.fromkeys(keys)
    leftovers: list[Any] = []
    for result in results:
        found = result.pn if kind == BY_NUMBER else result.patent_id
        norm = None if not found else (norm_pn(found) if kind == BY_NUMBER else found.lower())
        key = wanted.get(norm) if norm is not None else None
        if key is None:
            leftovers.append(result)
        elif answers[key] is None:
            answers[key] = result.raw
        elif merge is not None:
            answers[key] = merge(answers[key], result.raw)
    if kind == BY_NUMBER:
        for result in leftovers:
            norm = norm_pn(result.pn or "")
            open_keys = [k for n, k in wanted.items() if answers[k] is None and norm.startswith(n) and norm]
            if len(open_keys) == 1:
                answers[open_keys[0]] = result.raw
    return answers
