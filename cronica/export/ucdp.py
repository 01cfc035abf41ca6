"""UCDP GED export: one CSV row per event or incident of organised violence.

Only the fine types listed under ``ucdp.types`` in ``codes.yaml`` are UCDP events
(protests, arrests, designations... are skipped). ``best``/``low``/``high`` follow
UCDP (incident: low = lowest report, high = highest, best = median report);
``type_of_violence`` comes from the actors' ACLED categories: civilians as
target → 3 one-sided; state forces against a non-state group → 1 state-based;
two non-state groups → 2 non-state. Deaths by side come from the event's own split
(``deaths_a``/``deaths_b``/``deaths_civilians``/``deaths_unknown``, side A being the
state when a state force takes part, as here); what the split does not cover of
``best`` is unknown. Without a split (incidents, older records): ``deaths_civilians``
for one-sided violence, ``deaths_unknown`` otherwise.
"""
from __future__ import annotations

import math
from typing import Any, Optional

from cronica.export.common import alpha3, codes, ymd

KIND = "csv"
COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low",
)
ARMED = {2, 3, 4}


def type_of_violence(i1: Optional[int], i2: Optional[int]) -> Optional[int]:
    if 7 in (i1, i2):
        return 3
    if 1 in (i1, i2):
        other = i2 if i1 == 1 else i1
        return 1 if other in ARMED or other is None else None
    if i1 in ARMED and i2 in ARMED:
        return 2
    if i1 in ARMED and i2 is None:
        return None
    return None


def priogrid_gid(lat: Optional[float], lon: Optional[float]) -> Optional[int]:
    """PRIO-GRID cell id (0.5° cells, numbered row by row from (-90, -180))."""
    if lat is None or lon is None:
        return None
    row = min(359, int(math.floor((lat + 90) / 0.5)))
    col = min(719, int(math.floor((lon + 180) / 0.5)))
    return row * 720 + col + 1


def _e(v: Any) -> Any:
    return "" if v is None else v


def convert(v: dict[str, Any], unit: str) -> Optional[dict[str, Any]]:
    c = codes()["ucdp"]
    if v.get("type") not in c["types"]:
        return None
    i1, i2 = v.get("inter1"), v.get("inter2")
    tov = type_of_violence(i1, i2)
    a1, a2 = v.get("actor1"), v.get("actor2")
    if tov == 1 and i2 == 1 and i1 != 1:
        side_a, side_b = a2, a1
    elif tov == 3:
        side_a, side_b = (a1 if i2 == 7 else a2), "Civilians"
    else:
        side_a, side_b = a1, a2
    d0, d1 = ymd(v.get("date_start")), ymd(v.get("date_end"))
    best = v.get("best")
    low = v.get("low") if v.get("low") is not None else best
    high = v.get("high") if v.get("high") is not None else best
    best = best if best is not None else low
    lat, lon = v.get("latitude"), v.get("longitude")
    a3 = alpha3(v.get("iso")) or "XXX"
    where = ", ".join(x for x in (v.get("location"), v.get("admin2"), v.get("admin1")) if x)
    return {
        "id": v["id"], "relid": f"{a3}-{d0.year if d0 else ''}-{v['id']}",
        "year": d0.year if d0 else "", "active_year": "", "code_status": "",
        "type_of_violence": _e(tov), "conflict_dset_id": "", "conflict_new_id": "",
        "conflict_name": "", "dyad_dset_id": "", "dyad_new_id": "",
        "dyad_name": " - ".join(x for x in (side_a, side_b) if x),
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": _e(side_a),
        "side_b_dset_id": "", "side_b_new_id": "", "side_b": _e(side_b),
        "number_of_sources": v.get("n_sources", 1),
        "source_article": "; ".join(u for u in v.get("urls", []) if u),
        "source_office": "; ".join(s for s in v.get("sources", []) if s),
        "source_date": "", "source_headline": "", "source_original": "",
        "where_prec": _e(v.get("where_prec")), "where_coordinates": _e(v.get("location")),
        "where_description": where, "adm_1": _e(v.get("admin1")), "adm_2": _e(v.get("admin2")),
        "latitude": _e(lat), "longitude": _e(lon),
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "priogrid_gid": _e(priogrid_gid(lat, lon)),
        "country": _e(v.get("country")),
        "country_id": _e(c["gwno_by_iso"].get(v.get("iso"))) if v.get("iso") is not None else "",
        "region": c["region"], "event_clarity": 1 if v.get("n_sources", 1) > 1 else 2,
        "date_prec": _e(c["date_prec"].get(v.get("date_precision") or "")),
        "date_start": d0.isoformat() if d0 else "", "date_end": d1.isoformat() if d1 else "",
        **_deaths(v, best or 0, tov),
        "best": best or 0, "high": high or 0, "low": low or 0,
    }


def _deaths(v: dict[str, Any], best: int, tov: Optional[int]) -> dict[str, int]:
    """deaths_a/b/civilians/unknown adding up to ``best`` (UCDP's rule)."""
    keys = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
    split = [v.get(k) for k in keys]
    if any(x is not None for x in split):
        a, b, c, u = (int(x or 0) for x in split)
        rest = best - (a + b + c + u)
        if rest >= 0:
            return {"deaths_a": a, "deaths_b": b, "deaths_civilians": c, "deaths_unknown": u + rest}
    return {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": best if tov == 3 else 0,
            "deaths_unknown": best if tov != 3 else 0}
