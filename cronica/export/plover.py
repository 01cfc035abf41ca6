"""PLOVER export: one JSON object a line in the PLOVER/POLECAT event layout
(event_type and mode are the PLOVER type and mode from the taxonomy; actor/recipient with countries;
location as an object; the evidence as text, the source URLs as sources)."""
from __future__ import annotations

from typing import Any

from cronica.export.common import alpha3
from cronica.taxonomy import plover_mode_for

KIND = "jsonl"


def convert(v: dict[str, Any], unit: str) -> dict[str, Any]:
    a3 = alpha3(v.get("iso"))
    return {
        "id": str(v["id"]),
        "unit": unit,
        "event_date": v.get("date_start"),
        "date_precision": v.get("date_precision"),
        "event_type": v.get("plover"),
        "cameo": v.get("cameo"),
        "mode": plover_mode_for(v.get("cameo")),  # the mode of the CAMEO code (data/taxonomy.yaml)
        "context": None,
        "actor": v.get("actor1"),
        "actor_country": a3 or None,
        "recipient": v.get("actor2"),
        "recipient_country": a3 or None,
        "location": {"name": v.get("location"), "admin1": v.get("admin1"),
                     "admin2": v.get("admin2"), "admin3": v.get("admin3"),
                     "country": v.get("country"), "iso3": a3 or None,
                     "lat": v.get("latitude"), "lon": v.get("longitude"),
                     "geo_precision": v.get("geo_precision")},
        "fatalities": v.get("fatalities"),
        "injuries": v.get("wounded"),
        "sources": v.get("urls", []),
        "text": v.get("notes"),
    }
