"""PLOVER export: one JSON object a line in the PLOVER/POLECAT event layout, valid
against the JSON Schema shipped beside this module (``plover.schema.json``).

``event_type`` is the PLOVER type from the taxonomy; ``mode`` the means or measure
(from the CAMEO code where it is specific, else the fine type); ``context`` a list
of PLOVER contexts from the fine type and the perpetrator's category;
``event_intensity`` a Goldstein-style score of the type (codes.yaml ``plover``);
``actor_country``/``recipient_country`` the country each actor's own name states
(a Peruvian police unit stays PER wherever it acts), else the event's country;
``cameo`` the full code. Provenance: ``sources`` (URLs), ``outlets``,
``source_dates``, ``headlines``, ``n_sources``; ``flags`` as stored.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from cronica.export.common import actor_iso, alpha3, codes, uid
from cronica.taxonomy import plover_mode_for

KIND = "jsonl"
SCHEMA_FILE = Path(__file__).resolve().parent / "plover.schema.json"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text("utf-8"))


def mode(v: dict[str, Any]) -> Optional[str]:
    """The taxonomy's mode of the CAMEO code (data/taxonomy.yaml), else the export's
    defaults by CAMEO prefix and fine type (codes.yaml)."""
    known = plover_mode_for(v.get("cameo"))
    if known:
        return known
    c = codes()["plover"]
    cameo = str(v.get("cameo") or "")
    for n in (4, 3):
        if len(cameo) >= n and cameo[:n] in c["mode_by_cameo"]:
            return c["mode_by_cameo"][cameo[:n]]
    return c["mode_by_type"].get(v.get("type") or "")


def context(v: dict[str, Any]) -> list[str]:
    c = codes()["plover"]
    out: list[str] = []
    for x in c["context_by_type"].get(v.get("type") or "", []) + \
            c["context_by_inter1"].get(v.get("inter1"), []):
        if x not in out:
            out.append(x)
    return out


def _country(name: Optional[str], v: dict[str, Any]) -> Optional[str]:
    if not name:
        return None
    return alpha3(actor_iso(name) or v.get("iso")) or None


def convert(v: dict[str, Any], unit: str, ctx: Any = None) -> dict[str, Any]:
    a3 = alpha3(v.get("iso"))
    ptype = v.get("plover")
    return {
        "id": str(uid(v)),
        "unit": unit,
        "event_date": v.get("date_start"),
        "date_precision": v.get("date_precision"),
        "event_type": ptype,
        "mode": mode(v),
        "context": context(v),
        "event_intensity": codes()["plover"]["intensity"].get(ptype),
        "cameo": v.get("cameo"),
        "actor": v.get("actor1"),
        "actor_country": _country(v.get("actor1"), v),
        "recipient": v.get("actor2"),
        "recipient_country": _country(v.get("actor2"), v),
        "location": {"name": v.get("location"), "admin1": v.get("admin1"),
                     "admin2": v.get("admin2"), "admin3": v.get("admin3"),
                     "country": v.get("country"), "iso3": a3 or None,
                     "lat": v.get("latitude"), "lon": v.get("longitude"),
                     "geo_precision": v.get("geo_precision")},
        "fatalities": v.get("fatalities"),
        "injuries": v.get("wounded"),
        "sources": [u for u in v.get("urls", []) if u],
        "outlets": [s for s in v.get("sources", []) if s],
        "source_dates": list(v.get("source_dates") or []),
        "headlines": list(v.get("headlines") or []),
        "n_sources": v.get("n_sources", 1),
        "flags": list(v.get("flags") or ()),
        "text": v.get("evidence_text"),
    }
