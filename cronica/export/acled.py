"""ACLED export: one CSV row per event or incident, ACLED's columns and conventions.

Conventions (ACLED Codebook): an ACLED event has a date, a country and an actor1, so
undated or unlocated rows are left out (``include``) and an unnamed perpetrator is
written "Unidentified Armed Group (Country)" (inter 3; protesters and rioters by
their own category); ``fatalities`` is the most conservative figure (0 when no
report states one); ``interaction`` joins the two actor categories, lowest first
(one actor -> category×10), as text labels ("State forces-Rebel group",
"Protesters only": the API's default form) or codes (``--acled-inter codes``); ``civilian_targeting`` marks every
event whose target is civilians; the event type follows ACLED's rules on who was
hit (an operation with deaths in fighting is a Battle, an abduction of soldiers is
not violence against civilians); ``event_id_cnty`` is the ISO alpha-3 code plus a
stable integer id; ``timestamp`` is when the row last changed (ingest or review),
so incremental loads work; ``notes`` is a short English summary built from the coded
fields; ``source`` lists the outlets and ``source_scale`` their reach.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from typing import Any, Optional

from cronica.export.common import alpha3, codes, country, source_name, ymd, uid
from cronica.model import EVENT_TYPES
from cronica.taxonomy import codes_for

KIND = "csv"
COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
CIVILIANS = 7
ARMED = {2, 3, 4}
STATE = {1, 8}
_SCALE_ORDER = ("Local partner", "Subnational", "National", "Regional", "International", "New media", "Other")


def include(v: dict[str, Any], unit: str, ctx: Any = None) -> Optional[str]:
    """Why ACLED would not hold this row (None when it would)."""
    if not v.get("date_start"):
        return "undated"
    if v.get("iso") is None and not v.get("country"):
        return "unlocated (no country)"
    if not acled_types(v)[0]:
        return "no ACLED event type"
    return None


def interaction(i1: Optional[int], i2: Optional[int]) -> Optional[int]:
    if i1 is None and i2 is None:
        return None
    if i1 is None or i2 is None:
        return 10 * (i1 if i1 is not None else i2)
    a, b = sorted((i1, i2))
    return 10 * a + b


def interaction_label(i1: Optional[int], i2: Optional[int]) -> str:
    labels = codes()["acled"]["inter_labels"]
    if i1 is None and i2 is None:
        return ""
    if i1 is None or i2 is None:
        return f"{labels[i1 if i1 is not None else i2]} only"
    a, b = sorted((i1, i2))
    return f"{labels[a]}-{labels[b]}"


def acled_types(v: dict[str, Any]) -> tuple[str, str]:
    """ACLED event and sub-event type of the current coding, with the codebook's rules
    on who was hit: violence against civilians needs civilian victims; an operation or
    an 'other' development in which people died fighting armed forces is a Battle."""
    et, st = v.get("event_type") or "", v.get("sub_event_type") or ""
    i1, i2 = v.get("inter1"), v.get("inter2")
    if not et and v.get("type") in EVENT_TYPES:  # a coding without its derived codes
        c = codes_for(v["type"], i2)
        et, st = c.event_type, c.sub_event_type
    killed = v.get("best") or 0
    if et == "Violence against civilians" and i2 in STATE | ARMED:
        if v.get("type") in ("kidnapping", "disappearance"):
            return "Strategic developments", "Other"  # soldiers or fighters taken, no fighting reported
        return "Battles", "Armed clash"
    if et == "Strategic developments" and killed > 0 and (
            (i1 in STATE and i2 in ARMED) or (i1 in ARMED and i2 in STATE | ARMED)):
        return "Battles", "Armed clash"
    return et, st


def actor1(v: dict[str, Any], et: str) -> tuple[str, Optional[int]]:
    """actor1 as ACLED always fills it."""
    if v.get("actor1"):
        return v["actor1"], v.get("inter1")
    c = codes()["acled"]
    name = country(v.get("iso")).get("name") or v.get("country") or ""
    state = c["state_actor1_types"].get(v.get("type") or "")
    if state and et == "Strategic developments":
        return f"{state} {name}".strip(), 1
    label, inter = c["unidentified_actor1"].get(et, ["Unidentified Armed Group", 3])
    return (f"{label} ({name})" if name else label), inter


def source_scale(v: dict[str, Any]) -> str:
    c = codes()["acled"]
    tld = country(v.get("iso")).get("tld")
    scales = set()
    for url in v.get("urls") or []:
        host = source_name(url if "://" in str(url) else None, None)
        if not host:
            continue
        if any(host == h or host.endswith("." + h) for h in c["new_media_hosts"]):
            scales.add("New media")
        elif any(host == h or host.endswith("." + h) for h in c["international_hosts"]):
            scales.add("International")
        elif tld and (host.endswith("." + tld) or f".{tld}." in f".{host}."):
            scales.add("National")
        else:
            scales.add("Other")
    if not scales:
        return ""
    return "-".join(s for s in _SCALE_ORDER if s in scales)


def _when(d: Optional[_dt.date], precision: Optional[str]) -> str:
    if d is None:
        return ""
    if precision == "year":
        return f"In {d.year}"
    if precision in ("month", "week"):
        return f"In {d.strftime('%B')} {d.year}"
    return f"On {d.day} {d.strftime('%B')} {d.year}"


def notes(v: dict[str, Any], a1: str) -> str:
    """A short English summary in ACLED's style, built from the coded fields (the
    Spanish evidence sentence stays in the JSONL and GeoJSON exports)."""
    verbs = codes()["acled"]["note_verbs"]
    d = ymd(v.get("date_start"))
    place = ", ".join(x for x in (v.get("location"), v.get("admin1"), v.get("country")) if x)
    verb = verbs.get(v.get("type") or "", verbs["other"])
    target = v.get("actor2")
    head = _when(d, v.get("date_precision"))
    sentence = f"{head}, {a1} {verb}" + (f" {target}" if target and not verb.endswith("protest") else "")
    if place:
        sentence += f" in {place}"
    parts = [sentence + "."]
    tolls = []
    for key, word in (("best", "killed"), ("wounded", "wounded"), ("kidnapped", "abducted"),
                      ("arrested", "arrested")):
        n = v.get(key)
        if n:
            tolls.append(f"{n} {word}")
    if tolls:
        parts.append(", ".join(tolls).capitalize() + ".")
    if v.get("n_sources", 1) > 1:
        parts.append(f"[{v['n_sources']} reports]")
    return " ".join(parts)


def timestamp(v: dict[str, Any]) -> Any:
    """Unix time of the row's last change (ingest or review)."""
    value = v.get("updated_at")
    if not value:
        return ""
    try:
        t = _dt.datetime.fromisoformat(str(value))
    except ValueError:
        return ""
    if t.tzinfo is not None:
        return int(t.timestamp())
    return calendar.timegm(t.timetuple())


def _e(v: Any) -> Any:
    return "" if v is None else v


def convert(v: dict[str, Any], unit: str, ctx: Any = None) -> dict[str, Any]:
    c = codes()["acled"]
    labels = getattr(ctx, "acled_inter", "labels") == "labels"
    d = ymd(v.get("date_start"))
    et, st = acled_types(v)
    disorder = c["disorder_type"].get(et, "")
    a1, i1 = actor1(v, et)
    i2 = v.get("inter2")
    tags = list(v.get("flags") or ())
    if v.get("best") is None and v.get("low") is not None:
        tags.append("fatalities=conventional floor")
    if unit == "incident":
        tags.append(f"reports={v.get('n_events')}")
    civ = (et == "Violence against civilians" or (i2 == CIVILIANS and disorder == "Political violence"))
    lab = c["inter_labels"]
    return {
        "event_id_cnty": f"{alpha3(v.get('iso')) or 'XXX'}{uid(v)}",
        "event_date": d.isoformat() if d else "",
        "year": d.year if d else "",
        "time_precision": _e(v.get("time_precision")),
        "disorder_type": disorder,
        "event_type": et,
        "sub_event_type": st,
        "actor1": a1,
        "assoc_actor_1": "",
        "inter1": _e(lab.get(i1) if labels else i1),
        "actor2": _e(v.get("actor2")),
        "assoc_actor_2": "",
        "inter2": _e(lab.get(i2) if labels else i2),
        "interaction": (interaction_label(i1, i2) if labels else _e(interaction(i1, i2))),
        "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": _e(v.get("iso")),
        "region": country(v.get("iso")).get("acled_region", ""),
        "country": country(v.get("iso")).get("name") or _e(v.get("country")),
        "admin1": _e(v.get("admin1")),
        "admin2": _e(v.get("admin2")),
        "admin3": _e(v.get("admin3")),
        "location": _e(v.get("location")),
        "latitude": _e(v.get("latitude")),
        "longitude": _e(v.get("longitude")),
        "geo_precision": _e(v.get("geo_precision")),
        "source": "; ".join(s for s in v.get("sources", []) if s),
        "source_scale": source_scale(v),
        "notes": notes(v, a1),
        "fatalities": v.get("fatalities") if v.get("fatalities") is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": timestamp(v),
    }
