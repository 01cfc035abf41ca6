"""Typed records of the store's interface: the event filter and the ingest summary."""
from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Optional

from cronica.errors import StoreError

STATUSES: tuple[str, ...] = ("unreviewed", "accepted", "rejected", "edited")


def _as_date(value, name: str) -> Optional[_dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    s = str(value)
    try:
        if len(s) == 4:
            return _dt.date(int(s), 1, 1)
        if len(s) == 7:
            return _dt.date.fromisoformat(s + "-01")
        return _dt.date.fromisoformat(s[:10])
    except ValueError:
        raise StoreError(f"{name}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {s!r}") from None


def _end_of(value, name: str) -> Optional[_dt.date]:
    """``until`` is inclusive at its own precision: 2012-04 means up to 2012-04-30."""
    d = _as_date(value, name)
    if d is None or isinstance(value, _dt.date):
        return d
    s = str(value)
    if len(s) == 4:
        return _dt.date(d.year, 12, 31)
    if len(s) == 7:
        nxt = _dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    return d


@dataclass(slots=True)
class EventFilter:
    """Which events a query, a statistic or an export covers. Every field is optional."""

    since: Optional[_dt.date | str] = None
    until: Optional[_dt.date | str] = None
    admin1: Optional[str] = None
    type: Optional[str] = None
    actor: Optional[str] = None
    status: Optional[str] = None
    incident: Optional[int] = None
    bbox: Optional[tuple[float, float, float, float]] = None  # min_lon, min_lat, max_lon, max_lat
    text: Optional[str] = None
    doc_id: Optional[str] = None
    include_superseded: bool = False
    needs_review: Optional[bool] = None  # events a new document version left for a second look
    flag: tuple[str, ...] = ()  # events having every one of these flags ("any": some flag)
    no_flag: tuple[str, ...] = ()  # events having none of these flags ("any": no flag at all)
    # country, admin1 and admin2 match with case and accents ignored ("peru" = "Perú")
    country: Optional[str] = None
    admin2: Optional[str] = None
    min_fatalities: Optional[int] = None  # the report's killed >= this
    min_confidence: Optional[float] = None
    source: Optional[str] = None  # host of the document's URL ("example.org" also matches www.example.org)
    precision: Optional[str] = None  # date_precision (day, week, month, year, ...)
    undated: Optional[bool] = None  # True: only events without a date; False: only dated ones
    unlocated: Optional[bool] = None  # True: only events without coordinates; False: only located

    def since_date(self) -> Optional[_dt.date]:
        return _as_date(self.since, "since")

    def until_date(self) -> Optional[_dt.date]:
        return _end_of(self.until, "until")

    def validate(self) -> "EventFilter":
        self.since_date(), self.until_date()
        if self.status is not None and self.status not in STATUSES:
            raise StoreError(f"status must be one of {', '.join(STATUSES)}, not {self.status!r}")
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise StoreError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
            a, b, c, d = (float(x) for x in self.bbox)
            if a > c or b > d:
                raise StoreError("bbox: min must not exceed max (min_lon,min_lat,max_lon,max_lat)")
        from cronica.model import EVENT_FLAGS

        for name in ("flag", "no_flag"):
            vals = getattr(self, name) or ()
            vals = (vals,) if isinstance(vals, str) else tuple(vals)
            bad = [v for v in vals if v not in EVENT_FLAGS + ("any",)]
            if bad:
                raise StoreError(f"{name}: unknown flag {bad[0]!r} (known: {', '.join(EVENT_FLAGS)}, any)")
            setattr(self, name, vals)
        if self.min_fatalities is not None and int(self.min_fatalities) < 0:
            raise StoreError("min_fatalities must not be negative")
        if self.min_confidence is not None and not 0 <= float(self.min_confidence) <= 1:
            raise StoreError("min_confidence must be within 0..1")
        if self.incident is not None:
            try:
                self.incident = int(self.incident)
            except (TypeError, ValueError):
                raise StoreError(f"incident must be an integer id, not {self.incident!r}") from None
        return self


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did. ``errors`` holds one line per failed document."""

    documents_new: int = 0
    documents_unchanged: int = 0
    documents_updated: int = 0
    documents_failed: int = 0
    events_added: int = 0
    incidents_new: int = 0
    events_joined: int = 0  # events that joined an existing incident
    errors: list[str] = field(default_factory=list)
    # reviews of a document's previous version (cronica/store/versions.py)
    reviews_carried: int = 0  # carried to the matching event of the new version
    reviews_flagged: int = 0  # carried, but the event needs a second look
    reviews_not_found: int = 0  # no matching event: the decision stays in the old version's history
    warnings: list[str] = field(default_factory=list)  # one line per carried or lost review

    @property
    def documents_stored(self) -> int:
        return self.documents_new + self.documents_updated

    def add(self, other: "IngestSummary") -> "IngestSummary":
        for k in ("documents_new", "documents_unchanged", "documents_updated",
                  "documents_failed", "events_added", "incidents_new", "events_joined",
                  "reviews_carried", "reviews_flagged", "reviews_not_found"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        out = (f"documents: {self.documents_new} new, {self.documents_unchanged} unchanged, "
               f"{self.documents_updated} updated, {self.documents_failed} failed; "
               f"events added: {self.events_added} ({self.events_joined} joined existing "
               f"incidents, {self.incidents_new} new incidents)")
        if self.reviews_carried or self.reviews_flagged or self.reviews_not_found:
            out += (f"; reviews of updated documents: {self.reviews_carried} carried, "
                    f"{self.reviews_flagged} carried but need a second look, "
                    f"{self.reviews_not_found} not found in the new version")
        return out
