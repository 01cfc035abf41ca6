"""Pydantic models of the API's requests and responses (they make the OpenAPI spec)."""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from cronica.model import EVENT_FLAGS, EVENT_TYPES

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Status = Literal["unreviewed", "accepted", "rejected", "edited"]
Flag = Literal[EVENT_FLAGS + ("any",)]  # type: ignore[valid-type]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


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


class StatsOut(BaseModel):
    by: str
    items: list[StatRow]


class TimelineOut(BaseModel):
    months: list[str]
    series: dict[str, list[int]] = Field(description="event type → events per month, aligned with months")


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


class ConfigOut(BaseModel):
    version: str
    read_open: bool
    tile_url: Optional[str]
    event_types: list[str]
    statuses: list[str]
    max_extract_chars: int
    store: str
