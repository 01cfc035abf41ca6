"""Load the world test sentences (tests/data/world/*.yaml) and compare one extraction with
what a human coder wrote for it."""
from __future__ import annotations

from pathlib import Path

import pycountry
import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "world"
FIELDS = ("type", "actor1", "actor2", "country", "admin1")


def load(name: str) -> tuple[str | None, list[dict]]:
    doc = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return doc.get("country"), doc["cases"]


def country_files() -> list[str]:
    return sorted(p.name for p in DATA.glob("*.yaml") if p.name != "subevents.yaml")


def params(names: list[str]) -> list:
    out = []
    for name in names:
        cc, cases = load(name)
        for i, case in enumerate(cases):
            case = dict(case)
            case.setdefault("country", cc)
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
            out.append(pytest.param(case, id=f"{name[:-5]}-{i:02d}-{case['type']}", marks=marks))
    return out


def expected(case: dict) -> dict:
    return {f: case[f] for f in FIELDS} | ({"sub_event": case["sub_event"]} if case.get("sub_event") else {})


def observed(event, case: dict) -> dict:
    d = event.to_dict()
    iso = pycountry.countries.get(numeric=f"{d['iso']:03d}").alpha_2 if d.get("iso") else None
    got = {"type": d["type"], "actor1": d["actor1"], "actor2": d["actor2"], "country": iso, "admin1": d["admin1"]}
    if case.get("sub_event"):
        got["sub_event"] = d["sub_event_type"]
    return got


def check(events, case: dict) -> None:
    """The sentence's incident coded as the coder coded it (every field in one message); no
    other event, except those the coder listed under ``more`` (their types), as when a killing
    is told with the kidnapping two days before it."""
    more = sorted(case.get("more") or [])
    assert len(events) == 1 + len(more), [(e.type, e.evidence) for e in events]
    main = [e for e in events if e.type == case["type"]][:1] or events[:1]
    assert observed(main[0], case) == expected(case)
    rest = list(events)
    rest.remove(main[0])
    assert sorted(e.type for e in rest) == more
