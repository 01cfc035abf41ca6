"""The REST API (``/api``): thin handlers over ``cronica.store`` and the pipeline.

Every handler validates its input before touching the store, so a bad request is
a 4xx in the one error shape of ``cronica.web.errors``; only a failure of the
store itself (database down) is a 5xx.
"""
from __future__ import annotations

import math
import os
import tempfile
import threading
from typing import Annotated, Any, Iterator, Literal, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from cronica import __version__
from cronica.errors import CronicaError
from cronica.model import EVENT_KEYS, EVENT_TYPES, Document
from cronica.store import EventFilter, EventNotFoundError, ReviewError
from cronica.store.filters import STATUSES
from cronica.web import auth
from cronica.web.errors import ApiError, ERROR_RESPONSES
from cronica.web.schemas import (
    DATE_PATTERN, ConfigOut, DocumentsIn, EventDetail, EventPage, EventType, ExtractIn, ExtractOut,
    Flag, IncidentOut, IncidentPage, IngestOut, PointsOut, ReviewIn, StatsOut, Status, TimelineOut,
)

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

_EXPORT_TYPES = {
    "acled": "text/csv; charset=utf-8", "ucdp": "text/csv; charset=utf-8",
    "gtd": "text/csv; charset=utf-8", "plover": "application/x-ndjson",
    "jsonl": "application/x-ndjson", "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}
_EXPORT_EXT = {"acled": "csv", "ucdp": "csv", "gtd": "csv", "plover": "jsonl", "jsonl": "jsonl",
               "geojson": "geojson", "parquet": "parquet"}
ExportFormat = Literal["acled", "ucdp", "gtd", "plover", "geojson", "parquet", "jsonl"]
BBOX_PATTERN = r"^\s*-?\d+(\.\d+)?\s*(,\s*-?\d+(\.\d+)?\s*){3}$"
MAX_POINTS = 10_000
_extract_lock = threading.Lock()


# ------------------------------------------------------------------ dependencies
def _state(request: Request):
    return request.app.state


def reader(request: Request) -> None:
    """Reading is open unless the app says otherwise; then any valid token reads."""
    st = request.app.state
    if st.settings.read_open:
        return
    who = auth.identify(st.store.engine, st.settings.token, auth.token_from_headers(request.headers))
    if who is None:
        raise ApiError(401, "unauthorized", "reading this server needs a token "
                       "(Authorization: Bearer TOKEN)")


def writer(request: Request) -> str:
    """The name writing (user name, or 'token' for the shared token); 401 otherwise."""
    st = request.app.state
    token = auth.token_from_headers(request.headers)
    if token is None:
        raise ApiError(401, "unauthorized", "this action needs a token in the Authorization: "
                       "Bearer header (CRONICA_TOKEN or a user token)")
    who = auth.identify(st.store.engine, st.settings.token, token)
    if who is None:
        raise ApiError(401, "unauthorized", "the token is not valid")
    return who


def _no_nul(name: str, value: Optional[str]) -> Optional[str]:
    if value is not None and "\x00" in value:
        raise ApiError(400, "bad_request", f"{name} must not contain a NUL character")
    return value


def _bbox(value: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    if value is None:
        return None
    nums = tuple(float(x) for x in value.split(","))
    a, b, c, d = nums
    if not all(math.isfinite(x) for x in nums):
        raise ApiError(400, "bad_request", "bbox numbers must be finite")
    if not (-180 <= a <= 180 and -180 <= c <= 180 and -90 <= b <= 90 and -90 <= d <= 90):
        raise ApiError(400, "bad_request", "bbox: longitudes within ±180, latitudes within ±90")
    if a > c or b > d:
        raise ApiError(400, "bad_request", "bbox: min must not exceed max (min_lon,min_lat,max_lon,max_lat)")
    return a, b, c, d


def event_filter(
    since: Annotated[Optional[str], Query(pattern=DATE_PATTERN, description="events ending on/after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[Optional[str], Query(pattern=DATE_PATTERN, description="events starting on/before, inclusive at its precision")] = None,
    admin1: Annotated[Optional[str], Query(max_length=200, description="department / first-level division")] = None,
    type: Annotated[Optional[EventType], Query(description="fine event type")] = None,
    actor: Annotated[Optional[str], Query(max_length=200, description="substring of actor1/actor2, any case")] = None,
    status: Annotated[Optional[Status], Query()] = None,
    incident: Annotated[Optional[int], Query(ge=1, le=2**62, description="incident id")] = None,
    bbox: Annotated[Optional[str], Query(pattern=BBOX_PATTERN, description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[Optional[str], Query(max_length=200, description="text searched in the evidence")] = None,
    doc_id: Annotated[Optional[str], Query(max_length=200)] = None,
    flag: Annotated[Optional[list[Flag]], Query(description="only events with these flags")] = None,
    no_flag: Annotated[Optional[list[Flag]], Query(description="leave out events with these flags")] = None,
) -> EventFilter:
    for name, v in (("admin1", admin1), ("actor", actor), ("q", q), ("doc_id", doc_id)):
        _no_nul(name, v)
    f = EventFilter(since=since, until=until, admin1=admin1 or None, type=type, actor=actor or None,
                    status=status, incident=incident, bbox=_bbox(bbox), text=q or None,
                    doc_id=doc_id or None, flag=tuple(flag or ()), no_flag=tuple(no_flag or ()))
    try:
        return f.validate()
    except CronicaError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="items to skip")]


# ------------------------------------------------------------------ reading
@router.get("/config", response_model=ConfigOut, summary="What the page needs to know")
def config(request: Request) -> dict:
    st = request.app.state
    return {"version": __version__, "read_open": st.settings.read_open, "tile_url": st.settings.tile_url,
            "event_types": list(EVENT_TYPES), "statuses": list(STATUSES),
            "max_extract_chars": st.settings.max_extract_chars, "store": st.store.backend}


@router.get("/events", response_model=EventPage, dependencies=[Depends(reader)],
            summary="Stored events matching the filters, newest first")
def list_events(request: Request, f: Filter, limit: Limit = 100, offset: Offset = 0) -> dict:
    rows, total = request.app.state.store.query_events(f, limit=limit, offset=offset)
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/events/{event_id}", response_model=EventDetail, dependencies=[Depends(reader)],
            summary="One event with its document text, field spans, machine coding and review trail")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> dict:
    _no_nul("event id", event_id)
    ev = request.app.state.store.get_event(event_id)
    if ev is None:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    return ev


@router.get("/points", response_model=PointsOut, dependencies=[Depends(reader)],
            summary="Compact map points of the events matching the filters")
def points(request: Request, f: Filter,
           limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 5000) -> dict:
    rows, total = request.app.state.store.query_events(f, limit=limit, offset=0)
    items = [[r["event_id"], r["longitude"], r["latitude"], r["type"], r["killed"], r["status"]]
             for r in rows if r["longitude"] is not None and r["latitude"] is not None]
    return {"items": items, "total": total, "shown": len(items)}


@router.get("/incidents", response_model=IncidentPage, dependencies=[Depends(reader)],
            summary="Incidents (events merged across documents) having a member matching the filters")
def list_incidents(request: Request, f: Filter, limit: Limit = 100, offset: Offset = 0) -> dict:
    rows, total = request.app.state.store.incidents(f, limit=limit, offset=offset)
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/incidents/{incident_id}", response_model=IncidentOut, dependencies=[Depends(reader)],
            summary="One incident with every member report and why it joined")
def get_incident(request: Request, incident_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict:
    inc = request.app.state.store.incident(incident_id)
    if inc is None:
        raise ApiError(404, "not_found", f"no incident with id {incident_id}")
    return inc


@router.get("/stats", response_model=StatsOut, dependencies=[Depends(reader)],
            summary="Events, incidents, killed and wounded per month, admin1, type or actor")
def stats(request: Request, f: Filter,
          by: Annotated[Literal["month", "admin1", "type", "actor"], Query()] = "month") -> dict:
    return {"by": by, "items": request.app.state.store.stats(by, f)}


@router.get("/timeline", response_model=TimelineOut, dependencies=[Depends(reader)],
            summary="Events per month for each event type (the page's timeline)")
def timeline(request: Request, f: Filter) -> dict:
    per, months = _month_type_counts(request.app.state.store, f)
    ms = _month_range(sorted(months))
    return {"months": ms, "series": {t: [c.get(m, 0) for m in ms] for t, c in per.items()}}


def _month_type_counts(store, f: EventFilter) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Events per (month, type) in ONE grouped query. The store's public ``stats`` groups
    by one key only, and 13 filtered ``stats('month')`` calls took seconds over 100,000
    events, so this reads the store's events table with the store's own filter
    conditions (``Store._where``; a ``stats(by=('month', 'type'))`` would replace it)."""
    from sqlalchemy import func, select

    from cronica.store.repository import EVENTS

    c = EVENTS.c
    q = (select(c.month, c.type, func.count()).where(*store._where(f), c.month.is_not(None))
         .group_by(c.month, c.type))
    per: dict[str, dict[str, int]] = {}
    months: set[str] = set()
    with store._read() as conn:
        for month, typ, n in conn.execute(q):
            per.setdefault(typ, {})[month] = int(n)
            months.add(month)
    return per, months


def _month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last (gaps shown as zero), at most 1200."""
    if not months:
        return []
    y, m = int(months[0][:4]), int(months[0][5:7])
    ye, me = int(months[-1][:4]), int(months[-1][5:7])
    if (ye - y) * 12 + (me - m) > 1200:
        return months
    out = []
    while (y, m) <= (ye, me):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@router.get("/export", dependencies=[Depends(reader)], response_class=StreamingResponse,
            summary="Export the events (or incidents) matching the filters",
            responses={200: {"description": "the export file",
                             "content": {t.split(";")[0]: {} for t in _EXPORT_TYPES.values()}}})
def export(request: Request, f: Filter, format: Annotated[ExportFormat, Query()] = "jsonl",
           unit: Annotated[Literal["event", "incident"], Query()] = "event") -> StreamingResponse:
    from cronica.export import write

    store = request.app.state.store
    fd, path = tempfile.mkstemp(prefix="cronica-export-", suffix="." + _EXPORT_EXT[format])
    os.close(fd)
    try:
        write(store, format, unit=unit, out=path, f=f)
        fh = open(path, "rb")
    finally:
        os.unlink(path)  # the open handle keeps the data readable (POSIX)

    def chunks() -> Iterator[bytes]:
        with fh:
            while block := fh.read(65536):
                yield block

    name = f"cronica-{unit}s-{format}.{_EXPORT_EXT[format]}"
    return StreamingResponse(chunks(), media_type=_EXPORT_TYPES[format],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


# ------------------------------------------------------------------ extraction (nothing stored)
def _pipeline(request: Request):
    from cronica.pipeline import get_pipeline

    return get_pipeline(request.app.state.settings.lexicons)


@router.post("/extract", response_model=ExtractOut,
             summary="Extract events from a text; nothing is stored")
def extract(request: Request, body: ExtractIn, _: Annotated[None, Depends(reader)] = None) -> dict:
    st = request.app.state
    if len(body.text) > st.settings.max_extract_chars:
        raise ApiError(413, "too_large", f"text has {len(body.text)} characters; the limit is "
                       f"{st.settings.max_extract_chars}")
    if not body.text.strip():
        raise ApiError(400, "bad_request", "text is empty")
    _no_nul("text", body.text)
    doc = Document(id=body.id or "pasted", text=body.text, published=body.published, source="api")
    with _extract_lock:  # one spaCy pipeline shared by the server's threads
        pipe = _pipeline(request)
        try:
            events = pipe.extract(doc)
        except CronicaError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
    return {"doc_id": doc.id, "events": [e.to_dict() for e in events]}


# ------------------------------------------------------------------ writing (token needed)
@router.post("/documents", response_model=IngestOut,
             summary="Extract and store documents (needs a token)")
def ingest(request: Request, body: DocumentsIn, who: Annotated[str, Depends(writer)]) -> dict:
    st = request.app.state
    if len(body.documents) > st.settings.max_documents:
        raise ApiError(413, "too_large", f"{len(body.documents)} documents; at most "
                       f"{st.settings.max_documents} a request")
    docs = []
    for d in body.documents:
        _no_nul("text", d.text)
        _no_nul("id", d.id)
        if not d.text.strip():
            raise ApiError(400, "bad_request", f"document {d.id!r}: text is empty")
        docs.append(Document(id=d.id, text=d.text, published=d.published, title=d.title, url=d.url,
                             source=f"api:{who}"))
    with _extract_lock:
        pipe = _pipeline(request)
        summary = st.store.ingest_documents(docs, pipeline=pipe)
    return summary.to_dict()


@router.post("/events/{event_id}/review", response_model=EventDetail,
             summary="Accept, reject or edit an event, with a reason (needs a token)")
def review(request: Request, event_id: Annotated[str, Path(max_length=64)], body: ReviewIn,
           who: Annotated[str, Depends(writer)]) -> dict:
    _no_nul("event id", event_id)
    for name, v in (("reason", body.reason), ("author", body.author)):
        _no_nul(name, v)
    # the shared token stands for whoever holds it: they say who they are;
    # a user token always records its user
    author = ((body.author or "").strip() or "token") if who == "token" else who
    try:
        return request.app.state.store.review(event_id, body.action, fields=body.fields,
                                              reason=body.reason, author=author)
    except EventNotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except ReviewError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None


def editable_fields() -> list[str]:
    from cronica.store.repository import EDITABLE

    return list(EDITABLE)


__all__ = ["router", "EVENT_KEYS", "editable_fields"]
