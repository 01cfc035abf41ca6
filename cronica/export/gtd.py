"""GTD export: the Global Terrorism Database's main incident fields, one CSV row per
event or incident of the types GTD records (``gtd.attacktype`` in codes.yaml).

GTD conventions: unknown month/day are 0 with ``approxdate`` holding the date as
known; ``specificity`` 1 (city coordinates) .. 5 (unknown) from ACLED geo_precision;
unknown counts are empty; ``nhostkid`` -99 when a kidnapping's victims are not counted.
"""
from __future__ import annotations

from typing import Any, Optional

from cronica.export.common import codes, ymd

KIND = "csv"
COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "country", "country_txt", "region",
    "region_txt", "provstate", "city", "latitude", "longitude", "specificity", "attacktype1",
    "attacktype1_txt", "targtype1", "targtype1_txt", "gname", "nkill", "nwound", "ishostkid",
    "nhostkid", "summary",
)


def _e(v: Any) -> Any:
    return "" if v is None else v


def target(v: dict[str, Any]) -> tuple[int, str]:
    c = codes()["gtd"]
    name = (v.get("actor2") or "").casefold()
    if v.get("inter2") == 1 and any(w in name for w in c["police_words"]):
        return tuple(c["police_target"])  # type: ignore[return-value]
    t = c["targtype_by_inter"].get(v.get("inter2"))
    return tuple(t) if t else tuple(c["unknown_target"])  # type: ignore[return-value]


def convert(v: dict[str, Any], unit: str) -> Optional[dict[str, Any]]:
    c = codes()["gtd"]
    at = c["attacktype"].get(v.get("type"))
    if at is None:
        return None
    d = ymd(v.get("date_start"))
    prec = v.get("date_precision")
    y = d.year if d else 0
    m = d.month if d and prec in ("day", "week", "month") else 0
    day = d.day if d and prec == "day" else 0
    approx = "" if prec == "day" else (v.get("date") or "")
    iso = v.get("iso")
    region = c["region_by_iso"].get(iso) if iso is not None else None
    tt = target(v)
    spec = {1: 1, 2: 2, 3: 3}.get(v.get("geo_precision"), 5 if v.get("latitude") is None else 4)
    kidnap = v.get("type") == "kidnapping" or (v.get("kidnapped") or 0) > 0
    nkill = v.get("best") if v.get("best") is not None else v.get("low")
    return {
        "eventid": f"{y:04d}{m:02d}{day:02d}{v['id']}", "iyear": y or "", "imonth": m, "iday": day,
        "approxdate": approx, "country": _e(c["country_by_iso"].get(iso)) if iso is not None else "",
        "country_txt": _e(v.get("country")), "region": region[0] if region else "",
        "region_txt": region[1] if region else "", "provstate": _e(v.get("admin1")),
        "city": _e(v.get("location")), "latitude": _e(v.get("latitude")),
        "longitude": _e(v.get("longitude")), "specificity": spec,
        "attacktype1": at[0], "attacktype1_txt": at[1], "targtype1": tt[0], "targtype1_txt": tt[1],
        "gname": v.get("actor1") or "Unknown", "nkill": _e(nkill), "nwound": _e(v.get("wounded")),
        "ishostkid": 1 if kidnap else 0,
        "nhostkid": (v.get("kidnapped") if v.get("kidnapped") is not None else -99) if kidnap else "",
        "summary": v.get("notes") or "",
    }
