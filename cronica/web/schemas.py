"""Pydantic models of the API's requests and responses (they make the OpenAPI spec)."""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cronica.model import EVENT_FLAGS, EVENT_TYPES

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Status = Literal["unreviewed", "accepted", "rejected", "edited"]
Flag = Literal[EVENT_FLAGS + ("any",)]  # type: ignore[valid-type]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
#: Largest count (killed, wounded, ...) an edit may set: far above any real event, far
#: below the 32-bit columns of the incident aggregates (and 2^63).
MAX_COUNT = 10_000_000
#: Integer fields of an edit and their ranges (inclusive).
INT_RANGES = {"killed": (0, MAX_COUNT), "killed_low": (0, MAX_COUNT), "killed_high": (0, MAX_COUNT),
              "wounded": (0, MAX_COUNT), "kidnapped": (0, MAX_COUNT), "arrested": (0, MAX_COUNT),
              "inter1": (1, 8), "inter2": (1, 8), "iso": (0, 999), "geo_precision": (1, 9),
              "where_prec": (1, 9)}


class ErrorBody(BaseModel):
    status: int
    code: str = Field(description="machine-readable error kind, e.g. bad_request, not_found")
    message: str = Field(description="one line for people")
    details: Optional[list[dict[str, Any]]] = None


class ErrorOut(BaseModel):
    """The one error shape every failing request gets."""

    error: ErrorBody


class EventOut(BaseModel):
    """One event: the keys of ``cronica extract --format jsonl`` plus store fields."""

    model_config = ConfigDict(extra="allow")
    doc_id: str
    event_id: str
    type: str
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    cameo: Optional[str] = None
    plover: Optional[str] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    time_precision: Optional[int] = None
    location: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    admin3: Optional[str] = None
    country: Optional[str] = None
    iso: Optional[int] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geo_precision: Optional[int] = None
    where_prec: Optional[int] = None
    gazetteer_id: Optional[str] = None
    actor1: Optional[str] = None
    actor1_text: Optional[str] = None
    inter1: Optional[int] = None
    actor2: Optional[str] = None
    actor2_text: Optional[str] = None
    inter2: Optional[int] = None
    killed: Optional[int] = None
    killed_low: Optional[int] = None
    killed_high: Optional[int] = None
    wounded: Optional[int] = None
    kidnapped: Optional[int] = None
    arrested: Optional[int] = None
    evidence: Optional[str] = None
    evidence_start: int
    evidence_end: int
    confidence: Optional[float] = None
    spans: dict[str, list[int]] = Field(default_factory=dict,
                                        description="{field: [start, end]} offsets into the document text")
    flags: list[str] = Field(default_factory=list,
                             description="historical, denied, hedged, disputed (cronica/extraction/flags.py)")


class StoredEventOut(EventOut):
    incident_id: Optional[int] = None
    status: str
    source_url: Optional[str] = None
    version: int = Field(0, description="the review trail's last version (0: machine coding only); "
                         "GET /api/events/{id} sends it as the ETag \"v<version>\"")
    incident_reports: Optional[int] = Field(None, description="current reports of the event's incident "
                                            "(GET /api/events?incident=ID lists them); in event lists only")


class EventPage(BaseModel):
    items: list[StoredEventOut]
    total: int
    limit: int
    offset: int


class DocumentOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    doc_id: str
    version: int
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None


class EventDetail(StoredEventOut):
    document: DocumentOut
    machine: dict[str, Any]
    history: list[dict[str, Any]]
    incident_link: Optional[dict[str, Any]] = None
    superseded: bool = False


class IncidentOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    incident_id: int
    type: Optional[str] = None
    date: Optional[str] = None
    admin1: Optional[str] = None
    fatalities: Optional[int] = None
    n_events: Optional[int] = None
    n_documents: Optional[int] = None
    members: list[dict[str, Any]] = Field(default_factory=list)


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    total: int
    limit: int
    offset: int


class StatRow(BaseModel):
    key: Optional[str]
    events: int
    incidents: int
    killed: int
    wounded: int
    country: Optional[str] = Field(None, description="by=admin1: the division's country")
    iso: Optional[int] = Field(None, description="by=admin1: the country's ISO 3166 numeric code")


class StatsOut(BaseModel):
    by: str
    items: list[StatRow]


class TimelineOut(BaseModel):
    bin: Literal["month", "week"] = "month"
    bins: list[str] = Field(default_factory=list, description="YYYY-MM (month) or the Monday "
                            "YYYY-MM-DD starting each ISO week (week), first to last, gaps included")
    months: list[str] = Field(description="the same as bins (kept for older pages)")
    series: dict[str, list[int]] = Field(description="event type → events per bin, aligned with bins")
    events: list[int] = Field(default_factory=list, description="events (reports) per bin")
    incidents: list[int] = Field(default_factory=list, description="incidents starting in each bin")
    fatalities: list[int] = Field(default_factory=list, description="fatalities per bin counted by "
                                  "incident (each incident's best estimate once, in its start bin)")
    undated: int = Field(0, description="matching events without a date (not in any bin)")
    undated_fatalities: int = Field(0, description="fatalities of matching incidents without a date")


class TotalsOut(BaseModel):
    """Headline numbers for the current filter."""

    events: int
    incidents: int
    fatalities: int = Field(description="by incident: each incident's best estimate once")
    wounded: int
    undated: int = Field(description="matching events without a date")
    unlocated: int = Field(description="matching events without coordinates")


class IncidentMergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    incidents: list[int] = Field(min_length=2, max_length=50, description="incident ids to make one")
    reason: str = Field(min_length=1, max_length=2000)
    author: Optional[str] = Field(None, max_length=100)

    @field_validator("incidents")
    @classmethod
    def _ids(cls, v: list[int]) -> list[int]:
        if any(not 1 <= i <= 2**62 for i in v):
            raise ValueError("incident ids are 1..2^62")
        return v


class IncidentSplitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event_ids: list[str] = Field(min_length=1, max_length=500, description="members to take out "
                                 "into a new incident of their own")
    reason: str = Field(min_length=1, max_length=2000)
    author: Optional[str] = Field(None, max_length=100)

    @field_validator("event_ids")
    @classmethod
    def _ids(cls, v: list[str]) -> list[str]:
        if any(not 1 <= len(x) <= 64 or "\x00" in x for x in v):
            raise ValueError("event ids are 1-64 characters")
        return v


class EventMoveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    incident_id: int = Field(ge=1, le=2**62, description="the incident the event joins")
    reason: str = Field(min_length=1, max_length=2000)
    author: Optional[str] = Field(None, max_length=100)


class IncidentChangeOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    action: str
    reason: Optional[str] = None
    author: str
    author_verified: bool = True
    incidents: list[int] = Field(description="every incident the change touched")
    events: list[dict[str, Any]] = Field(description="[{event_id, from, to}] incident of each moved event")


class PlaceOut(BaseModel):
    gazetteer_id: str
    name: str
    kind: str
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    admin3: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None


class GazetteerOut(BaseModel):
    items: list[PlaceOut]


class LinkOut(BaseModel):
    url: str = Field(description="a relative URL that downloads without a token until it expires")
    expires: int = Field(description="unix time")


class PointsOut(BaseModel):
    """Compact map points: [event_id, longitude, latitude, type, killed, status]."""

    items: list[list[Any]]
    total: int = Field(description="events matching the filter (with or without coordinates)")
    shown: int


class ExtractIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the text to read (untrusted; never stored)")
    published: Optional[str] = Field(None, pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")
    id: Optional[str] = Field(None, min_length=1, max_length=200)


class ExtractOut(BaseModel):
    doc_id: str
    events: list[EventOut]


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)
    published: Optional[str] = Field(None, pattern=DATE_PATTERN)
    title: Optional[str] = Field(None, max_length=1000)
    url: Optional[str] = Field(None, max_length=2000)


class DocumentsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[DocumentIn] = Field(min_length=1)


class IngestOut(BaseModel):
    documents_new: int
    documents_unchanged: int
    documents_updated: int
    documents_failed: int
    events_added: int
    incidents_new: int
    events_joined: int
    errors: list[str]


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "edit"]
    fields: Optional[dict[str, Any]] = Field(None, description="for edit: {field: new value}")
    reason: Optional[str] = Field(None, max_length=2000)
    author: Optional[str] = Field(None, max_length=100, description="who reviews (shared-token sessions only; "
                                  "a user token always records its user)")

    @field_validator("fields")
    @classmethod
    def _counts(cls, v: Optional[dict[str, Any]]) -> Optional[dict[str, Any]]:
        """Integer fields within their ranges (counts 0..MAX_COUNT): 422, never a database overflow."""
        for k, x in (v or {}).items():
            lim = INT_RANGES.get(k)
            if lim is None or x is None or isinstance(x, bool):
                continue
            if isinstance(x, float) and x.is_integer():
                x = int(x)
            if isinstance(x, int) and not lim[0] <= x <= lim[1]:
                raise ValueError(f"{k} must be within {lim[0]}..{lim[1]}, not {x}")
            if isinstance(x, str) and x.strip().lstrip("+-").isdigit() and not lim[0] <= int(x) <= lim[1]:
                raise ValueError(f"{k} must be within {lim[0]}..{lim[1]}, not {x}")
        return v


class ConfigOut(BaseModel):
    version: str
    read_open: bool
    tile_url: Optional[str]
    event_types: list[str]
    statuses: list[str]
    max_extract_chars: int
    store: str
    editable_fields: list[str] = []
    require_if_match: bool = False
