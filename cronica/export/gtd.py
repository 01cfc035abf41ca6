"""GTD export: the Global Terrorism Database's main incident fields, one CSV row per
event or incident that meets GTD's inclusion criteria.

GTD records intentional violence by non-state actors meeting at least two of three
criteria (crit1 a political, economic, religious or social goal; crit2 an intent to
coerce or intimidate a wider audience; crit3 outside legitimate warfare: targets that
are not combatants). ``include`` leaves out fine types GTD does not record, acts of
state forces, and rows meeting fewer than two criteria; ``doubtterr`` is 1 when a
criterion rests on an unnamed perpetrator or the act is fighting against armed forces
(GTD's insurgency doubt). GTD conventions: ``eventid`` is the date (yyyymmdd, 00 for
an unknown month or day) plus four digits, stable for an event (a hash of its id,
moved on by one on a clash within the same day of one export); unknown month/day
are 0 with ``approxdate`` holding the date as known; ``specificity`` 1 (town
coordinates) .. 5 (unknown); an unnamed perpetrator is "Unknown"; unknown counts are
empty; ``nhostkid`` -99 when a kidnapping's victims are not counted; a killing is an
Armed Assault unless CAMEO codes it as the assassination of a prominent person.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from cronica.export.common import codes, country, ymd, uid

KIND = "csv"
COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "country", "country_txt", "region",
    "region_txt", "provstate", "city", "latitude", "longitude", "specificity", "crit1", "crit2",
    "crit3", "doubtterr", "attacktype1", "attacktype1_txt", "targtype1", "targtype1_txt", "gname",
    "nkill", "nwound", "ishostkid", "nhostkid", "summary", "nsources", "scite1",
)
STATE = {1, 8}
GROUPS = {2, 3, 4}
NON_COMBATANT = {5, 6, 7}


def _e(v: Any) -> Any:
    return "" if v is None else v


def gname(v: dict[str, Any]) -> str:
    c = codes()["gtd"]
    name = (v.get("actor1") or "").strip()
    if not name or name.casefold() in {a.casefold() for a in c["unknown_group_aliases"]} or \
            name.casefold().startswith("unidentified armed group"):
        return c["unknown_group"]
    return name


def criteria(v: dict[str, Any]) -> tuple[int, int, int, int]:
    """(crit1, crit2, crit3, doubtterr) from the perpetrator's and target's categories."""
    i1, i2 = v.get("inter1") if v.get("actor1") else None, v.get("inter2") if v.get("actor2") else None
    typ = v.get("type")
    named_group = i1 in GROUPS and gname(v) != codes()["gtd"]["unknown_group"]
    crit1 = 1 if named_group or typ == "bombing" else 0
    crit2 = 1 if named_group or typ in ("bombing", "kidnapping") or i2 in NON_COMBATANT else 0
    crit3 = 0 if (i2 in STATE or typ == "armed_clash") else 1
    doubt = 1 if (not named_group or crit3 == 0) else 0
    return crit1, crit2, crit3, doubt


def include(v: dict[str, Any], unit: str, ctx: Any = None) -> Optional[str]:
    """Why GTD would not hold this row (None when it would)."""
    if v.get("type") not in codes()["gtd"]["attacktype"]:
        return "not a GTD attack type"
    if v.get("actor1") and v.get("inter1") in STATE:
        return "perpetrator is a state force"
    if sum(criteria(v)[:3]) < 2:
        return "fewer than two GTD criteria"
    return None


def target(v: dict[str, Any]) -> tuple[int, str]:
    c = codes()["gtd"]
    name = (v.get("actor2") or "").casefold()
    if v.get("inter2") == 1 and any(w in name for w in c["police_words"]):
        return tuple(c["police_target"])  # type: ignore[return-value]
    t = c["targtype_by_inter"].get(v.get("inter2"))
    return tuple(t) if t else tuple(c["unknown_target"])  # type: ignore[return-value]


def attacktype(v: dict[str, Any]) -> Optional[tuple[int, str]]:
    c = codes()["gtd"]
    at = c["attacktype"].get(v.get("type"))
    if at is None:
        return None
    if v.get("type") == "killing" and str(v.get("cameo") or "")[:3] in c["assassination_cameo"]:
        at = c["assassination"]
    return tuple(at)  # type: ignore[return-value]


@dataclass
class Context:
    options: Any
    used: dict[str, set] = field(default_factory=dict)

    @property
    def include_all(self) -> bool:
        return bool(getattr(self.options, "include_all", False))

    def eventid(self, prefix: str, uid: int) -> str:
        taken = self.used.setdefault(prefix, set())
        n = uid % 9999 + 1
        while n in taken:
            n = n % 9999 + 1
        taken.add(n)
        return f"{prefix}{n:04d}"


def prepare(views: Any, unit: str, options: Any) -> Context:
    return Context(options)


def convert(v: dict[str, Any], unit: str, ctx: Any = None) -> Optional[dict[str, Any]]:
    at = attacktype(v)
    if at is None:
        if not getattr(ctx, "include_all", False):
            return None
        at = (9, "Unknown")
    ctx = ctx if isinstance(ctx, Context) else Context(ctx)
    d = ymd(v.get("date_start"))
    prec = v.get("date_precision")
    y = d.year if d else 0
    m = d.month if d and prec in ("day", "week", "month") else 0
    day = d.day if d and prec == "day" else 0
    approx = "" if prec == "day" else (v.get("date") or "")
    cinfo = country(v.get("iso"))
    region = cinfo.get("gtd_region")
    tt = target(v)
    spec = {1: 1, 2: 2, 3: 4}.get(v.get("geo_precision"), 5 if v.get("latitude") is None else 3)
    kidnap = v.get("type") == "kidnapping" or (v.get("kidnapped") or 0) > 0
    nkill = v.get("best") if v.get("best") is not None else v.get("low")
    c1, c2, c3, doubt = criteria(v)
    return {
        "eventid": ctx.eventid(f"{y:04d}{m:02d}{day:02d}", int(uid(v))),
        "iyear": y or "", "imonth": m, "iday": day,
        "approxdate": approx, "country": _e(cinfo.get("gtd_country")),
        "country_txt": cinfo.get("name") or _e(v.get("country")), "region": _e(region),
        "region_txt": codes()["gtd"]["region_labels"].get(region, "") if region else "",
        "provstate": _e(v.get("admin1")),
        "city": _e(v.get("location")), "latitude": _e(v.get("latitude")),
        "longitude": _e(v.get("longitude")), "specificity": spec,
        "crit1": c1, "crit2": c2, "crit3": c3, "doubtterr": doubt,
        "attacktype1": at[0], "attacktype1_txt": at[1], "targtype1": tt[0], "targtype1_txt": tt[1],
        "gname": gname(v), "nkill": _e(nkill), "nwound": _e(v.get("wounded")),
        "ishostkid": 1 if kidnap else 0,
        "nhostkid": (v.get("kidnapped") if v.get("kidnapped") is not None else -99) if kidnap else "",
        "summary": v.get("evidence_text") or "",
        "nsources": v.get("n_sources", 1),
        "scite1": "; ".join(u for u in v.get("urls", []) if u),
    }
