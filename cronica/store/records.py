"""Rebuild typed records from the flat event dicts (the extract output), so that
events extracted elsewhere (``cronica extract --format jsonl``, the batch engine)
can be stored: ``cronica ingest --events events.jsonl docs.jsonl``."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Mapping, Optional

from cronica.errors import InputError
from cronica.model import EVENT_KEYS, Actor, Count, DateValue, Event, Place, Sides, Span

_SPAN_FIELDS = {"evidence", "trigger", "date", "location", "actor1", "actor2",
                "killed", "wounded", "kidnapped", "arrested"}


def _date(v: Any) -> Optional[_dt.date]:
    return _dt.date.fromisoformat(v[:10]) if v else None


def event_from_dict(d: Mapping[str, Any], text: Optional[str] = None) -> Event:
    """An Event whose ``to_dict()`` equals ``d`` (on EVENT_KEYS)."""
    missing = [k for k in ("doc_id", "type", "evidence_start", "evidence_end") if d.get(k) is None]
    if missing:
        raise InputError(f"event record lacks {', '.join(missing)}", str(d.get("doc_id") or "?"))
    spans = dict(d.get("spans") or {})

    def sp(key: str) -> Optional[Span]:
        v = spans.get(key)
        if not v:
            return None
        s, e = int(v[0]), int(v[1])
        return Span(s, e, text[s:e] if text is not None and e <= len(text) else "")

    try:
        evidence = Span(int(d["evidence_start"]), int(d["evidence_end"]), d.get("evidence") or "")
        date = None
        if any(d.get(k) is not None for k in ("date", "date_precision", "date_start", "date_end")):
            date = DateValue(d.get("date"), d.get("date_precision"), _date(d.get("date_start")),
                             _date(d.get("date_end")), sp("date"))
        place = None
        pkeys = ("location", "admin1", "admin2", "admin3", "country", "iso", "latitude", "longitude",
                 "geo_precision", "where_prec", "gazetteer_id")
        if any(d.get(k) is not None for k in pkeys) or "location" in spans:
            place = Place(d.get("location"), d.get("admin1"), d.get("admin2"), d.get("admin3"),
                          d.get("country"), d.get("iso"), d.get("latitude"), d.get("longitude"),
                          d.get("geo_precision"), d.get("where_prec"), d.get("gazetteer_id"),
                          sp("location"))
        actors = []
        for n in ("1", "2"):
            keys = (f"actor{n}", f"actor{n}_text", f"inter{n}")
            if any(d.get(k) is not None for k in keys) or f"actor{n}" in spans:
                actors.append(Actor(d.get(f"actor{n}"), d.get(f"actor{n}_text"), d.get(f"inter{n}"),
                                    sp(f"actor{n}")))
            else:
                actors.append(None)
        killed = None
        if any(d.get(k) is not None for k in ("killed", "killed_low", "killed_high")) or "killed" in spans:
            killed = Count(d.get("killed"), d.get("killed_low"), d.get("killed_high"), sp("killed"))
        counts = {}
        for k in ("wounded", "kidnapped", "arrested"):
            bounds = (d.get(f"{k}_low"), d.get(f"{k}_high"))
            counts[k] = Count(d.get(k), *bounds, sp(k)) if (
                d.get(k) is not None or k in spans or any(b is not None for b in bounds)) else None
        sides = {}
        for key, prefix in (("killed_sides", "deaths"), ("wounded_sides", "wounded")):
            vals = [d.get(f"{prefix}_{s}") for s in ("a", "b", "civilians", "unknown")]
            sides[key] = Sides(*vals) if any(v is not None for v in vals) else None
        names = tuple(n for n in (d.get("victim_names") or "").split("; ") if n)
        extra = {k: sp(k) for k in spans if k not in _SPAN_FIELDS}
        ev = Event(
            doc_id=str(d["doc_id"]), type=d["type"], evidence=evidence,
            event_type=d.get("event_type"), sub_event_type=d.get("sub_event_type"),
            cameo=d.get("cameo"), plover=d.get("plover"), date=date, place=place,
            actor1=actors[0], actor2=actors[1], killed=killed, confidence=float(d.get("confidence") or 0.0),
            trigger=sp("trigger"), extra_spans={k: v for k, v in extra.items() if v is not None},
            victims=d.get("victims"), victim_names=names, attribution=d.get("attribution"),
            **counts, **sides)
    except (TypeError, ValueError, KeyError) as exc:
        raise InputError(f"bad event record: {exc}", str(d.get("doc_id") or "?")) from None
    if d.get("event_id") and ev.event_id != d["event_id"]:
        raise InputError(f"event_id {d['event_id']} does not match its doc_id/type/offsets",
                         str(d["doc_id"]))
    return ev


__all__ = ["event_from_dict", "EVENT_KEYS"]
