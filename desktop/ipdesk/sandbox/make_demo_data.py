"""Generate the sandbox demo data in resources/demo/ (deterministic: same inputs, same bytes).

    python -m ipdesk.sandbox.make_demo_data [--out DIR] [--inputs DIR]

Inputs, all in the project (resources/demo, shipped as ipdesk.resources.demo): seic-2018.json (the SEIC 2018
taxonomy, a copy of shared/reference/seic-2018.json) and patents/ (the real US descriptions, copies of
shared/fixtures/patents/ with their SOURCES.md, and the hand-written Chinese samples). When --out is another
folder, the patent texts are copied there first. Outputs: seic.json, descriptions.json, risk.json,
bibliography.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import uuid
from pathlib import Path

from ipdesk.sandbox.bibliography import build_bibliography
from ipdesk.sandbox.headings import find_sections
from ipdesk.sandbox.risk_series import RELEASES, build_companies

SEED = 20240601


def demo_dir() -> Path:
    """resources/demo of this installation (a wheel, an editable install or a source checkout alike)."""
    import ipdesk.resources

    return Path(ipdesk.resources.__file__).parent / "demo"


LV2_EN = {
    "1.1": "Next-generation information network industry",
    "1.2": "Core electronics industry",
    "1.3": "Emerging software and new information technology services",
    "1.4": "Internet, cloud computing and big data services",
    "1.5": "Artificial intelligence",
    "2.1": "Intelligent manufacturing equipment industry",
    "2.2": "Aviation equipment industry",
    "2.3": "Satellite and satellite application industry",
    "2.4": "Rail transit equipment industry",
    "2.5": "Marine engineering equipment industry",
    "3.1": "Advanced steel materials",
    "3.2": "Advanced non-ferrous metal materials",
    "3.3": "Advanced petrochemical and chemical new materials",
    "3.4": "Advanced inorganic non-metallic materials",
    "3.5": "High-performance fibres and products, and composite materials",
    "3.6": "Frontier new materials",
    "3.7": "New-material-related services",
    "4.1": "Biomedicine industry",
    "4.2": "Biomedical engineering industry",
    "4.3": "Bio-agriculture and related industries",
    "4.4": "Biomass energy industry",
    "4.5": "Other biotechnology industries",
    "5.1": "New-energy vehicle manufacturing",
    "5.2": "New-energy vehicle devices and parts manufacturing",
    "5.3": "New-energy vehicle related facilities manufacturing",
    "5.4": "New-energy vehicle related services",
    "6.1": "Nuclear power industry",
    "6.2": "Wind power industry",
    "6.3": "Solar energy industry",
    "6.4": "Biomass and other new energy industries",
    "6.5": "Smart grid industry",
    "7.1": "High-efficiency energy-saving industry",
    "7.2": "Advanced environmental protection industry",
    "7.3": "Resource recycling industry",
    "8.1": "Digital creative technology equipment manufacturing",
    "8.2": "Digital cultural and creative activities",
    "8.3": "Design services",
    "8.4": "Digital creativity and integrated services",
    "9.1": "New technology and innovation and entrepreneurship services",
    "9.2": "Other related services",
}

# Patents from the PatSnap doc examples, so the doc's ids work in the sandbox too: pn, patent_id, SEIC lv2 codes
DOC_PATENTS = (
    ("CN110650438A", "1e099a74-4378-4b84-9d13-f1b4ed5cb59b", ["1.1"]),
    ("US10230447B2", "7353c607-0594-4592-b99e-aea9f517de17", ["1.3", "1.4"]),
    ("US9800501B2", "f3deb1dd-fd57-4bbb-85c4-6820be90b853", ["1.2"]),
    ("CN116420141A", "fdbca633-63df-4c0b-8597-3f6c5e3a2748", ["6.5", "5.2"]),
    ("JP1999068462A", "1a47a70d-6b54-4709-a72a-ed552781fcac", ["1.2"]),
)
# Hand-picked classes for the description fixtures (what the documents are about)
FIXTURE_SEIC = {
    "US20010009014A1": ["1.1"],
    "US20050004437A1": ["4.2"],
    "US3932709A": ["1.1"],
    "US3937375A": [],
    "US6336130B1": ["1.1", "1.3"],
    "US6337117B1": ["1.2", "3.6"],
    "US6859910B2": ["1.3"],
    "US7272630B2": ["1.4"],
    "US8927118B2": ["1.2", "3.3"],
    "US8930553B2": ["1.1"],
    "WO2023284221A1": ["5.2", "6.5"],
}
SAMPLE_NOTE = "示例文本 / sample text written for the IP Desk sandbox; not a real patent description"
RELATED = {"pn": "WO2023284221A1", "pn_related": "CN116420141A"}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _random_pn(rng: random.Random) -> str:
    kind = rng.choices(["CN", "CNU", "US", "USA", "EP", "JP", "WO", "KR"], [30, 8, 17, 8, 11, 10, 10, 6])[0]
    year = rng.randint(2012, 2023)
    if kind == "CN":
        return f"CN{rng.randint(102000000, 117999999)}{rng.choice('AB')}"
    if kind == "CNU":
        return f"CN{rng.randint(202000000, 219999999)}U"
    if kind == "US":
        return f"US{rng.randint(8000000, 11999999)}{rng.choice(['B1', 'B2', 'B2'])}"
    if kind == "USA":
        return f"US{year}{rng.randint(1, 399999):07d}A1"
    if kind == "EP":
        return f"EP{rng.randint(2000000, 4199999)}{rng.choice(['A1', 'B1', 'A2'])}"
    if kind == "JP":
        return (
            f"JP{year}{rng.randint(1, 220000):06d}A"
            if rng.random() < 0.6
            else f"JP{rng.randint(5000000, 7399999)}B2"
        )
    if kind == "WO":
        return f"WO{year}{rng.randint(1, 299999):06d}A1"
    return f"KR10{rng.randint(1000000, 2699999)}B1"


def build_seic(taxonomy_source: dict, rng: random.Random, extra: list[tuple[str, str]]) -> dict:
    taxonomy: dict[str, dict[str, str]] = {}
    for level in taxonomy_source["levels"]:
        taxonomy[level["no"]] = {"cn": level["cn"], "en": level["en"]}
        for child in level["children"]:
            taxonomy[child["no"]] = {"cn": child["cn"], "en": LV2_EN[child["no"]]}
    lv2_codes = [code for code in taxonomy if "." in code]
    patents = [{"pn": pn, "patent_id": pid, "seic": codes} for pn, pid, codes in DOC_PATENTS]
    seen = {pn for pn, _, _ in DOC_PATENTS}
    candidates = list(extra)
    while len(candidates) < 330:
        candidates.append((_random_pn(rng), _uuid(rng)))
    for pn, pid in candidates:
        if pn in seen:
            continue
        seen.add(pn)
        if pn in FIXTURE_SEIC:
            patents.append({"pn": pn, "patent_id": pid, "seic": FIXTURE_SEIC[pn]})
            continue
        roll = rng.random()
        n = 0 if roll < 0.12 else 2 if roll > 0.82 else 1
        patents.append({"pn": pn, "patent_id": pid, "seic": sorted(rng.sample(lv2_codes, n))})
    return {
        "note": "Synthetic demo classifications (deterministic).",
        "taxonomy": taxonomy,
        "patents": patents,
    }


def build_descriptions(patent_dir: Path, rng: random.Random) -> dict:
    entries = []
    doc_ids = {pn: pid for pn, pid, _ in DOC_PATENTS}
    for path in sorted(patent_dir.glob("*.txt")):
        pn, lang = path.name.split(".")[:2]
        text = path.read_text(encoding="utf-8")
        sample = lang == "cn"
        entry = {
            "pn": pn,
            "patent_id": doc_ids.get(pn) or _uuid(rng),
            "lang": lang.upper(),
            "file": f"patents/{path.name}",
            "data_format": "original",
            "markup": "<b class=" in text,
            "sections": find_sections(text),
        }
        if sample:
            entry["note"] = SAMPLE_NOTE
        entries.append(entry)
    entries.append(
        {**RELATED, "patent_id": _uuid(rng), "note": "no own text: replace_by_related=1 serves pn_related"}
    )
    return {"note": "Offsets are code points, end exclusive; served as UTF-16 units.", "patents": entries}


def _write(path: Path, payload: dict) -> None:
    path.write_text(
        json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=demo_dir())
    parser.add_argument("--inputs", type=Path, default=demo_dir(), help="seic-2018.json and patents/")
    args = parser.parse_args(argv)
    out: Path = args.out
    patent_dir = out / "patents"
    patent_dir.mkdir(parents=True, exist_ok=True)
    sources = args.inputs / "patents"
    if sources.resolve() != patent_dir.resolve():
        for src in sorted(sources.iterdir()):
            if src.suffix in (".txt", ".md"):
                shutil.copyfile(src, patent_dir / src.name)
    taxonomy_source = json.loads((args.inputs / "seic-2018.json").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    descriptions = build_descriptions(patent_dir, rng)
    described = [(d["pn"], d["patent_id"]) for d in descriptions["patents"]]
    _write(out / "descriptions.json", descriptions)
    seic = build_seic(taxonomy_source, rng, described)
    _write(out / "seic.json", seic)
    risk = {
        "note": "Synthetic demo data. Series index 0 = latest release (1st/16th) before the sandbox's today.",
        "releases": RELEASES,
        "companies": build_companies(SEED),
    }
    _write(out / "risk.json", risk)
    _write(out / "bibliography.json", build_bibliography(seic["patents"], SEED + 11))
    print(f"wrote demo data to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
