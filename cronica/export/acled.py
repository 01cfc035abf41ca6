"""ACLED export: one CSV row per event or incident, ACLED's columns and conventions.

Conventions (ACLED Codebook): ``fatalities`` is the most conservative figure (0 when
no report states one); ``interaction`` joins the two actor categories, lowest first
(one actor → category×10); ``civilian_targeting`` is set when civilians (inter 7) are
the target of political violence; ``event_id_cnty`` is the ISO alpha-3 code plus
our id; ``source`` lists the outlets (URL hosts), ``notes`` the evidence sentences.
"""
from __future__ import annotations

import calendar
import time
from typing import Any, Optional

from cronica.export.common import alpha3, codes, ymd

KIND = "csv"
COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


def interaction(i1: Optional[int], i2: Optional[int]) -> Optional[int]:
    if i1 is None and i2 is None:
        return None
    if i1 is None or i2 is None:
        return 10 * (i1 if i1 is not None else i2)
    a, b = sorted((i1, i2))
    return 10 * a + b


def _e(v: Any) -> Any:
    return "" if v is None else v


def convert(v: dict[str, Any], unit: str) -> dict[str, Any]:
    c = codes()["acled"]
    d = ymd(v.get("date_start"))
    disorder = c["disorder_type"].get(v.get("event_type") or "", "")
    tags = []
    if v.get("best") is None and v.get("low") is not None:
        tags.append("fatalities=conventional floor")
    if unit == "incident":
        tags.append(f"reports={v.get('n_events')}")
    try:
        ts = calendar.timegm(time.strptime(v["updated_at"][:19], "%Y-%m-%dT%H:%M:%S")) \
            if v.get("updated_at") else int(time.time())
    except ValueError:
        ts = int(time.time())
    return {
        "event_id_cnty": f"{alpha3(v.get('iso')) or 'XXX'}{v['id']}",
        "event_date": d.isoformat() if d else "",
        "year": d.year if d else "",
        "time_precision": _e(v.get("time_precision")),
        "disorder_type": disorder,
        "event_type": _e(v.get("event_type")),
        "sub_event_type": _e(v.get("sub_event_type")),
        "actor1": _e(v.get("actor1")),
        "assoc_actor_1": "",
        "inter1": _e(v.get("inter1")),
        "actor2": _e(v.get("actor2")),
        "assoc_actor_2": "",
        "inter2": _e(v.get("inter2")),
        "interaction": _e(interaction(v.get("inter1"), v.get("inter2"))),
        "civilian_targeting": ("Civilian targeting" if v.get("inter2") == 7
                               and disorder == "Political violence" else ""),
        "iso": _e(v.get("iso")),
        "region": c["region_by_iso"].get(v.get("iso"), "") if v.get("iso") is not None else "",
        "country": _e(v.get("country")),
        "admin1": _e(v.get("admin1")),
        "admin2": _e(v.get("admin2")),
        "admin3": _e(v.get("admin3")),
        "location": _e(v.get("location")),
        "latitude": _e(v.get("latitude")),
        "longitude": _e(v.get("longitude")),
        "geo_precision": _e(v.get("geo_precision")),
        "source": "; ".join(s for s in v.get("sources", []) if s),
        "source_scale": "",
        "notes": v.get("notes") or "",
        "fatalities": v.get("fatalities") if v.get("fatalities") is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": ts,
    }
