"""The shared input generator of the classification benchmarks (command line/service and GUI tab)."""

from __future__ import annotations

from ipdesk.sandbox.demo import demo_patent_ids, demo_patent_numbers
from ipdesk.services.patents import parse_patent


def benchmark_inputs(n: int, synthetic_base: int = 600_000_000) -> list[str]:
    """``n`` lines: demo numbers and ids, then synthetic numbers ``CN<synthetic_base + i>A``; about 10%
    duplicates (line i repeats line i // 2) and 3% invalid lines."""
    demo = demo_patent_numbers() + demo_patent_ids()
    lines: list[str] = []
    unique = 0
    for i in range(n):
        if i % 33 == 5:
            lines.append(f"?? line {i}")
        elif i % 10 == 4 and unique:
            lines.append(lines[i // 2])
        else:
            lines.append(demo[unique] if unique < len(demo) else f"CN{synthetic_base + unique}A")
            unique += 1
    return lines


def valid_by_kind(lines: list[str]) -> dict[str, list[str]]:
    """The valid lines as a plain script would send them: per kind of key, in order, duplicates included."""
    valid: dict[str, list[str]] = {"patent_number": [], "patent_id": []}
    for line in lines:
        parsed = parse_patent(line)
        if isinstance(parsed, tuple):
            valid[parsed[0]].append(parsed[1])
    return valid
