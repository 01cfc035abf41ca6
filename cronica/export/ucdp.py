"""UCDP GED export: one CSV row per event or incident of organised violence.

GED holds organised violence with at least one death between known sides, so
``include`` leaves out: fine types that are not violence (``ucdp.types`` in
codes.yaml), rows without a death, and rows whose sides cannot be told.
``type_of_violence`` is decided by the sides (ACLED actor categories): a state
force against an organised armed group -> 1 state-based; two armed groups -> 2
non-state; a state or a group against civilians -> 3 one-sided. A state side is
written "Government of COUNTRY" (the country the actor's own name states, else the
event's). ``deaths_a``/``deaths_b``/``deaths_civilians``/``deaths_unknown`` come
from the casualties by side when the coding has them (side A is the state whenever a
state force takes part; their sum is ``best``, any remainder is unknown), else
civilians for one-sided violence and unknown otherwise (incidents, older records).
``date_prec`` follows the GED scale (1 exact day, 2 a range of 2-6 days, 3 a week,
4 8-30 days or a month, 5 31-365 days or a year). ``id`` is a stable integer.
``active_year`` is 1 when the row's dyad reaches 25 deaths in that year within the
export (GED's threshold, computed on the exported rows only).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

from cronica.export.common import actor_iso, alpha3, codes, country, ymd, uid

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
UNKNOWN = "Unknown"


@dataclass(frozen=True)
class Sides:
    type_of_violence: int
    side_a: str
    side_b: str


def _gov(name: Optional[str], v: dict[str, Any]) -> str:
    iso = actor_iso(name) or v.get("iso")
    cname = country(iso).get("name") or v.get("country") or UNKNOWN
    return f"Government of {cname}"


def sides(v: dict[str, Any]) -> Optional[Sides]:
    """GED's sides and type of violence from the two actors' categories, or None when
    they cannot be told (an unnamed perpetrator, an unknown other side)."""
    c = codes()["ucdp"]
    state, armed, civ = set(c["state_inter"]), set(c["armed_inter"]), set(c["civilian_inter"])
    a1, a2 = v.get("actor1"), v.get("actor2")
    i1, i2 = (v.get("inter1") if a1 else None), (v.get("inter2") if a2 else None)
    if i1 in state and i2 in armed:
        return Sides(1, _gov(a1, v), a2)
    if i2 in state and i1 in armed:
        return Sides(1, _gov(a2, v), a1)
    if i1 in state and i2 in state and actor_iso(a1) != actor_iso(a2) and actor_iso(a2):
        return Sides(1, _gov(a1, v), _gov(a2, v))
    if i1 in armed and i2 in armed:
        return Sides(2, a1, a2)
    one_sided = i2 in civ or (i2 is None and v.get("type") in c["one_sided_types"])
    if one_sided and i1 in state:
        return Sides(3, _gov(a1, v), "Civilians")
    if one_sided and i1 in armed:
        return Sides(3, a1, "Civilians")
    return None


def _guess(v: dict[str, Any]) -> Sides:
    """Sides for ``--include-all`` when they cannot be told: the best the type allows."""
    c = codes()["ucdp"]
    a1, a2 = v.get("actor1") or UNKNOWN, v.get("actor2") or UNKNOWN
    i1, i2 = v.get("inter1"), v.get("inter2")
    if i2 in set(c["civilian_inter"]) or v.get("type") in c["one_sided_types"]:
        return Sides(3, a1, "Civilians")
    if i1 in set(c["state_inter"]):
        return Sides(1, _gov(a1, v), a2)
    if i2 in set(c["state_inter"]):
        return Sides(1, _gov(a2, v), a1)
    return Sides(2, a1, a2)


def estimates(v: dict[str, Any]) -> tuple[int, int, int]:
    """(low, best, high), ordered and filled from one another."""
    best, low, high = v.get("best"), v.get("low"), v.get("high")
    best = best if best is not None else (low if low is not None else 0)
    low = low if low is not None else best
    high = high if high is not None else best
    low, high = min(low, best), max(high, best)
    return low, best, high


def include(v: dict[str, Any], unit: str, ctx: Any = None) -> Optional[str]:
    """Why GED would not hold this row (None when it would)."""
    if v.get("type") not in codes()["ucdp"]["types"]:
        return "not organised violence"
    if estimates(v)[1] < 1:
        return "no death reported"
    if not v.get("date_start"):
        return "undated"
    if sides(v) is None:
        return "sides unknown"
    return None


def date_prec(v: dict[str, Any]) -> Optional[int]:
    """GED's date_prec from the precision and the length of the date interval."""
    p = v.get("date_precision")
    by_precision = {"week": 3, "month": 4, "year": 5}
    if p in by_precision:
        return by_precision[p]
    d0, d1 = ymd(v.get("date_start")), ymd(v.get("date_end"))
    if not (d0 and d1):
        return 1 if p == "day" and d0 else None
    days = (d1 - d0).days + 1
    if days <= 1:
        return 1
    if days <= 6:
        return 2
    if days == 7:
        return 3
    return 4 if days <= 30 else 5


def deaths(v: dict[str, Any], s: Sides, best: int) -> dict[str, int]:
    """deaths_a/b/civilians/unknown summing to ``best``."""
    keys = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
    by_side = {k: v.get(k) for k in keys}
    if any(x is not None for x in by_side.values()):
        # the coding's side A is the state whenever a state force takes part (as GED's
        # side_a here), else the perpetrator's side (actor1, GED's side_a too)
        out = {k: int(x or 0) for k, x in by_side.items()}
        known = sum(out.values())
        if known < best:
            out["deaths_unknown"] += best - known
        elif known > best:  # the split does not fit the best estimate: all unknown
            out = {k: 0 for k in keys}
            out["deaths_unknown"] = best
        return out
    out = {k: 0 for k in keys}
    out["deaths_civilians" if s.type_of_violence == 3 else "deaths_unknown"] = best
    return out


def priogrid_gid(lat: Optional[float], lon: Optional[float]) -> Optional[int]:
    """PRIO-GRID cell id (0.5° cells, numbered row by row from (-90, -180))."""
    if lat is None or lon is None:
        return None
    row = min(359, int(math.floor((lat + 90) / 0.5)))
    col = min(719, int(math.floor((lon + 180) / 0.5)))
    return row * 720 + col + 1


@dataclass
class Context:
    options: Any
    dyad_year_deaths: Counter

    @property
    def include_all(self) -> bool:
        return bool(getattr(self.options, "include_all", False))


def _sides_of(v: dict[str, Any], include_all: bool) -> Optional[Sides]:
    s = sides(v)
    return s if s is not None or not include_all else _guess(v)


def prepare(views: Callable[[], Iterable[dict[str, Any]]], unit: str, options: Any) -> Context:
    """First pass: deaths per dyad and year over the rows the export will write."""
    totals: Counter = Counter()
    inc_all = bool(getattr(options, "include_all", False))
    for v in views():
        if not inc_all and include(v, unit) is not None:
            continue
        s = _sides_of(v, inc_all)
        d0 = ymd(v.get("date_start"))
        if s and d0:
            totals[(s.side_a, s.side_b, d0.year)] += estimates(v)[1]
    return Context(options, totals)


def _e(v: Any) -> Any:
    return "" if v is None else v


def convert(v: dict[str, Any], unit: str, ctx: Any = None) -> Optional[dict[str, Any]]:
    inc_all = bool(getattr(ctx, "include_all", False))
    if v.get("type") not in codes()["ucdp"]["types"] and not inc_all:
        return None
    s = _sides_of(v, True)
    assert s is not None
    d0, d1 = ymd(v.get("date_start")), ymd(v.get("date_end"))
    low, best, high = estimates(v)
    lat, lon = v.get("latitude"), v.get("longitude")
    a3 = alpha3(v.get("iso")) or "XXX"
    where = ", ".join(x for x in (v.get("location"), v.get("admin2"), v.get("admin1")) if x)
    cinfo = country(v.get("iso"))
    flags = set(v.get("flags") or ())
    totals = getattr(ctx, "dyad_year_deaths", None)
    active = ""
    if totals is not None and d0:
        active = 1 if totals[(s.side_a, s.side_b, d0.year)] >= 25 else 0
    status = "Clear"
    if sides(v) is None:
        status = "Check dyad"
    elif "disputed" in flags:
        status = "Check deaths"
    dp = date_prec(v)
    clarity = 2 if (flags & {"hedged", "disputed"} or (dp or 5) >= 4 or unit == "incident"
                    and v.get("n_sources", 1) > 1 and v.get("low") != v.get("high")) else 1
    return {
        "id": uid(v), "relid": f"{a3}-{d0.year if d0 else ''}-{uid(v)}",
        "year": d0.year if d0 else "", "active_year": active, "code_status": status,
        "type_of_violence": s.type_of_violence, "conflict_dset_id": "", "conflict_new_id": "",
        "conflict_name": "", "dyad_dset_id": "", "dyad_new_id": "",
        "dyad_name": f"{s.side_a} - {s.side_b}",
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": s.side_a,
        "side_b_dset_id": "", "side_b_new_id": "", "side_b": s.side_b,
        "number_of_sources": v.get("n_sources", 1),
        "source_article": "; ".join(u for u in v.get("urls", []) if u),
        "source_office": "; ".join(x for x in v.get("sources", []) if x),
        "source_date": "; ".join(v.get("source_dates") or []),
        "source_headline": "; ".join(v.get("headlines") or []),
        "source_original": "",
        "where_prec": _e(v.get("where_prec")), "where_coordinates": _e(v.get("location")),
        "where_description": where, "adm_1": _e(v.get("admin1")), "adm_2": _e(v.get("admin2")),
        "latitude": _e(lat), "longitude": _e(lon),
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "priogrid_gid": _e(priogrid_gid(lat, lon)),
        "country": cinfo.get("name") or _e(v.get("country")),
        "country_id": _e(cinfo.get("gwno")),
        "region": codes()["ucdp"]["region_by_acled"].get(cinfo.get("acled_region"), ""),
        "event_clarity": clarity,
        "date_prec": _e(dp),
        "date_start": d0.isoformat() if d0 else "", "date_end": d1.isoformat() if d1 else "",
        **deaths(v, s, best),
        "best": best, "high": high, "low": low,
    }

