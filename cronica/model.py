"""The typed records that cross stage boundaries.

Every stage past ``nlp/`` hands the next one these records, never spaCy objects
or loose dicts, so ``time/``, ``geo/``, the store and the exports can be tested
on plain strings and plain values.

Offsets are always Python string indices into the document's ORIGINAL text
(the text the user gave), end exclusive.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, Optional

DatePrecision = Literal["day", "week", "month", "year"]

#: The fine event types (definitions: docs/event-types.md).
EVENT_TYPES: tuple[str, ...] = (
    "ambush", "armed_clash", "attack", "bombing", "killing", "kidnapping",
    "disappearance", "arrest", "seizure", "security_operation", "protest",
    "designation", "other",
    # beyond the 13 of the evaluation sets (ACLED sub-events they do not fit)
    "sexual_violence", "threat", "looting", "property_destruction", "agreement", "base_established",
)

#: The keys of one event as printed by ``cronica extract --format jsonl``, in order.
EVENT_KEYS: tuple[str, ...] = (
    "doc_id", "event_id", "type", "event_type", "sub_event_type", "cameo", "plover",
    "date", "date_precision", "date_start", "date_end", "time_precision",
    "location", "admin1", "admin2", "admin3", "country", "iso", "latitude", "longitude",
    "geo_precision", "where_prec", "gazetteer_id",
    "actor1", "actor1_text", "inter1", "actor2", "actor2_text", "inter2",
    "killed", "killed_low", "killed_high", "wounded", "kidnapped", "arrested",
    "evidence", "evidence_start", "evidence_end", "confidence", "spans",
    "flags",
    # issue 12 (fields): casualties by side as UCDP GED counts them, bounds of the
    # other figures, who the victims were and on whose word the perpetrator is named
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "wounded_low", "wounded_high", "wounded_a", "wounded_b", "wounded_civilians", "wounded_unknown",
    "kidnapped_low", "kidnapped_high", "victims", "victim_names", "attribution",
)

#: Marks on an event (cronica/extraction/flags.py): a past incident recalled as
#: background, an officially denied report, an unconfirmed/rumoured one, disputed figures.
EVENT_FLAGS: tuple[str, ...] = ("historical", "denied", "hedged", "disputed")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Document:
    """One input document. ``text`` is exactly what offsets point into."""

    id: str
    text: str
    published: Optional[str] = None  # YYYY-MM-DD, YYYY-MM or None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None  # where it was read from (file path, "-")

    def published_date(self) -> Optional[_dt.date]:
        """The publication date as a date (first of the month for ``YYYY-MM``)."""
        if not self.published:
            return None
        p = self.published
        if len(p) == 7:
            p += "-01"
        return _dt.date.fromisoformat(p[:10])


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date at a precision.

    ``value`` is ISO written at the precision (``2012-04-09``, ``2012-04``,
    ``2012``); a week is written at month level (the month holding most of the
    week). ``start``/``end`` bound the interval the value stands for.
    """

    value: Optional[str]
    precision: Optional[DatePrecision]
    start: Optional[_dt.date] = None
    end: Optional[_dt.date] = None
    span: Optional[Span] = None

    @property
    def time_precision(self) -> Optional[int]:
        """ACLED's time_precision: 1 day, 2 week, 3 month or coarser."""
        return {"day": 1, "week": 2, "month": 3, "year": 3}.get(self.precision or "")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place (gazetteer entry) and where the text names it."""

    name: Optional[str]  # the place as written
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    admin3: Optional[str] = None
    country: Optional[str] = None
    iso: Optional[int] = None  # ISO 3166-1 numeric, as ACLED
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geo_precision: Optional[int] = None  # ACLED: 1 town, 2 near/part of region, 3 region
    where_prec: Optional[int] = None  # UCDP 1..7
    gazetteer_id: Optional[str] = None
    span: Optional[Span] = None


@dataclass(frozen=True, slots=True)
class Actor:
    name: Optional[str]  # normalised ("Sendero Luminoso")
    as_written: Optional[str]  # words in the text ("remanente senderista")
    inter: Optional[int] = None  # ACLED actor category 1..8
    span: Optional[Span] = None
    country: Optional[str] = None  # ISO 3166-1 alpha-2 of the actor (a generic word takes the incident's)
    cameo: Optional[str] = None  # CAMEO actor code ("COLREB", "MEXCOP")


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty or arrest count: best estimate with low/high bounds.

    ``best`` is None for vague quantities ("decenas"), which put ACLED's
    conservative floor in ``low``.
    """

    best: Optional[int]
    low: Optional[int] = None
    high: Optional[int] = None
    span: Optional[Span] = None


@dataclass(frozen=True, slots=True)
class Sides:
    """A casualty figure split as UCDP GED does: side A (the state whenever a state
    force takes part), side B (the other organised party), civilians (people not in
    an armed group or force) and unknown (no side stated). Each is None when the
    text gives no figure for that category at all."""

    a: Optional[int] = None
    b: Optional[int] = None
    civilians: Optional[int] = None
    unknown: Optional[int] = None


def _iso(d: Optional[_dt.date]) -> Optional[str]:
    return d.isoformat() if d else None


@dataclass(slots=True)
class Event:
    """One incident as reported in one document."""

    doc_id: str
    type: str
    evidence: Span
    event_type: Optional[str] = None  # ACLED event type
    sub_event_type: Optional[str] = None  # ACLED sub-event type
    cameo: Optional[str] = None
    plover: Optional[str] = None
    date: Optional[DateValue] = None
    place: Optional[Place] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    killed: Optional[Count] = None
    wounded: Optional[Count] = None
    kidnapped: Optional[Count] = None
    arrested: Optional[Count] = None
    confidence: float = 0.5
    trigger: Optional[Span] = None
    extra_spans: dict[str, Span] = field(default_factory=dict)
    # --- issue 12 (fields)
    killed_sides: Optional[Sides] = None  # deaths by side (UCDP deaths_a/b/civilians/unknown)
    wounded_sides: Optional[Sides] = None
    victims: Optional[str] = None  # the victims as written ("tres soldados"), apart from the target
    victim_names: tuple[str, ...] = ()  # the people named among them
    attribution: Optional[str] = None  # on whose word actor1 is named ("según la Dircote", "presuntos")
    flags: tuple[str, ...] = ()  # EVENT_FLAGS, sorted (cronica/extraction/flags.py)

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")

    @property
    def event_id(self) -> str:
        """Stable id: a hash of doc_id, type and evidence offsets."""
        key = f"{self.doc_id}\x1f{self.type}\x1f{self.evidence.start}\x1f{self.evidence.end}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def spans(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {"evidence": self.evidence.as_list()}
        if self.trigger:
            out["trigger"] = self.trigger.as_list()
        if self.date and self.date.span:
            out["date"] = self.date.span.as_list()
        if self.place and self.place.span:
            out["location"] = self.place.span.as_list()
        for key, actor in (("actor1", self.actor1), ("actor2", self.actor2)):
            if actor and actor.span:
                out[key] = actor.span.as_list()
        for key in ("killed", "wounded", "kidnapped", "arrested"):
            c = getattr(self, key)
            if c and c.span:
                out[key] = c.span.as_list()
        for key, sp in self.extra_spans.items():
            out.setdefault(key, sp.as_list())
        return out

    def to_dict(self) -> dict[str, Any]:
        """The flat keys of ``cronica extract --format jsonl`` (see EVENT_KEYS)."""
        d, p, a1, a2 = self.date, self.place, self.actor1, self.actor2
        k = self.killed
        out = {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "type": self.type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "cameo": self.cameo,
            "plover": self.plover,
            "date": d.value if d else None,
            "date_precision": d.precision if d else None,
            "date_start": _iso(d.start) if d else None,
            "date_end": _iso(d.end) if d else None,
            "time_precision": d.time_precision if d else None,
            "location": p.name if p else None,
            "admin1": p.admin1 if p else None,
            "admin2": p.admin2 if p else None,
            "admin3": p.admin3 if p else None,
            "country": p.country if p else None,
            "iso": p.iso if p else None,
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "geo_precision": p.geo_precision if p else None,
            "where_prec": p.where_prec if p else None,
            "gazetteer_id": p.gazetteer_id if p else None,
            "actor1": a1.name if a1 else None,
            "actor1_text": a1.as_written if a1 else None,
            "inter1": a1.inter if a1 else None,
            "actor2": a2.name if a2 else None,
            "actor2_text": a2.as_written if a2 else None,
            "inter2": a2.inter if a2 else None,
            "killed": k.best if k else None,
            "killed_low": k.low if k else None,
            "killed_high": k.high if k else None,
            "wounded": self.wounded.best if self.wounded else None,
            "kidnapped": self.kidnapped.best if self.kidnapped else None,
            "arrested": self.arrested.best if self.arrested else None,
            "evidence": self.evidence.text,
            "evidence_start": self.evidence.start,
            "evidence_end": self.evidence.end,
            "confidence": round(self.confidence, 3),
            "spans": self.spans(),
            "flags": list(self.flags),
        }
        ks, ws, wd, kd = self.killed_sides, self.wounded_sides, self.wounded, self.kidnapped
        out.update({
            "deaths_a": ks.a if ks else None,
            "deaths_b": ks.b if ks else None,
            "deaths_civilians": ks.civilians if ks else None,
            "deaths_unknown": ks.unknown if ks else None,
            "wounded_low": wd.low if wd else None,
            "wounded_high": wd.high if wd else None,
            "wounded_a": ws.a if ws else None,
            "wounded_b": ws.b if ws else None,
            "wounded_civilians": ws.civilians if ws else None,
            "wounded_unknown": ws.unknown if ws else None,
            "kidnapped_low": kd.low if kd else None,
            "kidnapped_high": kd.high if kd else None,
            "victims": self.victims,
            "victim_names": "; ".join(self.victim_names) if self.victim_names else None,
            "attribution": self.attribution,
        })
        assert tuple(out) == EVENT_KEYS
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(slots=True)
class DocResult:
    """What the pipeline made of one document: events, or the error that stopped it."""

    doc: Document
    events: list[Event] = field(default_factory=list)
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.error is None


__all__ = [
    "Actor", "Count", "DatePrecision", "DateValue", "DocResult", "Document", "Event",
    "EVENT_FLAGS", "EVENT_KEYS", "EVENT_TYPES", "Place", "Sides", "Span", "replace", "fields",
]
