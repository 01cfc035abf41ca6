"""The REST API (``/api``): thin handlers over ``cronica.store`` and the pipeline.

Every handler validates its input before touching the store, so a bad request is
a 4xx in the one error shape of ``cronica.web.errors``; only a failure of the
store itself (database down) is a 5xx.
"""
from __future__ import annotations

import math
import os
import tempfile
from typing import Annotated, Any, Iterator, Literal, Optional

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.responses import StreamingResponse

from cronica import __version__
from cronica.errors import CronicaError
from cronica.model import EVENT_KEYS, EVENT_TYPES, Document
from cronica.store import EventFilter, EventNotFoundError, ReviewError, VersionConflictError
from cronica.store.filters import STATUSES
from cronica.web import auth
from cronica.web.errors import ApiError, ERROR_RESPONSES, WRITE_RESPONSES
from cronica.web.extractor import PIPELINE_LOCK
from cronica.web.schemas import (
    DATE_PATTERN, MAX_COUNT, ConfigOut, DocumentsIn, EventDetail, EventMoveIn, EventPage, EventType,
    ExtractIn, ExtractOut, Flag, GazetteerOut, IncidentChangeOut, IncidentMergeIn, IncidentOut,
    IncidentPage, IncidentSplitIn, IngestOut, LinkOut, PointsOut, ReviewIn, StatsOut, Status,
    TimelineOut, TotalsOut,
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
PRECISIONS = ("day", "week", "month", "year")
Precision = Literal[PRECISIONS]  # type: ignore[valid-type]


# ------------------------------------------------------------------ dependencies
def _state(request: Request):
    return request.app.state


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _too_many(seconds: int, what: str) -> ApiError:
    return ApiError(429, "too_many_requests", f"{what}; try again in {seconds} s",
                    headers={"Retry-After": str(seconds)})


def identify(request: Request, token: Optional[str]) -> Optional[str]:
    """Who a presented token belongs to (user name or 'token'), None when no token was
    presented; 401 for a wrong one. Wrong tokens are counted per client: after
    ``auth_failures`` in ``auth_window`` seconds the client gets 429 (Retry-After),
    even with a right token, until the window has passed."""
    if token is None:
        return None
    st = request.app.state
    client = client_of(request)
    wait = st.auth_throttle.blocked(client)
    if wait:
        raise _too_many(wait, "too many wrong tokens from this client")
    who = auth.identify(st.store.engine, st.settings.token, token)
    if who is None:
        wait = st.auth_throttle.hit(client)
        if wait:
            raise _too_many(wait, "too many wrong tokens from this client")
        raise ApiError(401, "unauthorized", "the token is not valid")
    return who


def _signed(request: Request) -> bool:
    """A signed download link (GET /api/export/link) for this very path and query."""
    pairs = list(request.query_params.multi_items())
    return request.app.state.links.check(request.url.path, pairs)


def reader(request: Request) -> None:
    """Reading is open unless the app says otherwise; then any valid token reads
    (or a signed, unexpired download link for the export)."""
    st = request.app.state
    token = auth.token_from_headers(request.headers)
    if st.settings.read_open:
        if token is not None:  # a wrong token is still an error (and counted)
            identify(request, token)
        return
    if token is None and "signature" in request.query_params and _signed(request):
        return
    if identify(request, token) is None:
        raise ApiError(401, "unauthorized", "reading this server needs a token "
                       "(Authorization: Bearer TOKEN)")


def writer(request: Request) -> str:
    """The name writing (user name, or 'token' for the shared token); 401 otherwise."""
    token = auth.token_from_headers(request.headers)
    if token is None:
        raise ApiError(401, "unauthorized", "this action needs a token in the Authorization: "
                       "Bearer header (CRONICA_TOKEN or a user token)")
    who = identify(request, token)
    assert who is not None
    return who


def author_of(request: Request, who: str, claimed: Optional[str]) -> tuple[str, bool]:
    """The name a write is recorded under and whether it is verified. A user token
    records its user (verified). The shared token stands for whoever holds it: the
    ``author`` they give is recorded as unverified, and the name of a registered user
    is refused (403), so nobody can sign as somebody else."""
    if who != "token":
        return who, True
    _no_nul("author", claimed)
    name = (claimed or "").strip() or "token"
    users = {u.casefold() for u in auth.list_users(request.app.state.store.engine)}
    if name.casefold() in users:
        raise ApiError(403, "forbidden", f"{name!r} is a registered user: sign in with that "
                       "user's token to review under that name")
    return name, False


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
    country: Annotated[Optional[str], Query(max_length=200, description="country, case and accents ignored")] = None,
    admin2: Annotated[Optional[str], Query(max_length=200, description="second-level division (province), "
                                            "case and accents ignored")] = None,
    min_fatalities: Annotated[Optional[int], Query(ge=0, le=MAX_COUNT, description="the report's killed >= this")] = None,
    min_confidence: Annotated[Optional[float], Query(ge=0, le=1, description="confidence >= this")] = None,
    source: Annotated[Optional[str], Query(max_length=200, pattern=r"^[A-Za-z0-9.-]+$",
                                           description="host of the document's URL (outlet); "
                                           "subdomains match too")] = None,
    precision: Annotated[Optional[Precision], Query(description="date precision")] = None,
    undated: Annotated[Optional[bool], Query(description="true: only events without a date; false: only dated")] = None,
    unlocated: Annotated[Optional[bool], Query(description="true: only events without coordinates; "
                                               "false: only located")] = None,
) -> EventFilter:
    for name, v in (("admin1", admin1), ("actor", actor), ("q", q), ("doc_id", doc_id),
                    ("country", country), ("admin2", admin2)):
        _no_nul(name, v)
    f = EventFilter(since=since, until=until, admin1=admin1 or None, type=type, actor=actor or None,
                    status=status, incident=incident, bbox=_bbox(bbox), text=q or None,
                    doc_id=doc_id or None, flag=tuple(flag or ()), no_flag=tuple(no_flag or ()),
                    country=country or None, admin2=admin2 or None, min_fatalities=min_fatalities,
                    min_confidence=min_confidence, source=source or None, precision=precision,
                    undated=undated, unlocated=unlocated)
    try:
        f.since_date(), f.until_date()
    except CronicaError as exc:  # a date the pattern allows but the calendar does not
        name = "since" if str(exc).startswith("since") else "until"
        raise ApiError(422, "invalid_request", str(exc),
                       [{"loc": ["query", name], "msg": str(exc), "type": "invalid_date"}]) from None
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
            "max_extract_chars": st.settings.max_extract_chars, "store": st.store.backend,
            "editable_fields": editable_fields(),
            "require_if_match": st.settings.require_if_match}


@router.get("/events", response_model=EventPage, dependencies=[Depends(reader)],
            summary="Stored events matching the filters, newest first")
def list_events(request: Request, f: Filter, limit: Limit = 100, offset: Offset = 0) -> dict:
    store = request.app.state.store
    rows, total = store.query_events(f, limit=limit, offset=offset)
    sizes = store.incident_sizes([r["incident_id"] for r in rows if r["incident_id"] is not None])
    for r in rows:  # "n reports" in the list, without opening each incident
        r["incident_reports"] = sizes.get(r["incident_id"])
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/events/{event_id}", response_model=EventDetail, dependencies=[Depends(reader)],
            summary="One event with its document text, field spans, machine coding and review trail")
def get_event(request: Request, response: Response, event_id: Annotated[str, Path(max_length=64)]) -> dict:
    _no_nul("event id", event_id)
    ev = request.app.state.store.get_event(event_id)
    if ev is None:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    response.headers["ETag"] = etag(ev["version"])
    response.headers["Cache-Control"] = "no-cache"
    return ev


def etag(version: int) -> str:
    """The ETag of an event at ``version`` (its review trail's last version)."""
    return f'"v{int(version)}"'


def if_match_version(value: Optional[str]) -> Optional[int]:
    """The version an If-Match header names (``"v3"``, ``W/"v3"`` or ``*``: None = any)."""
    if value is None:
        return None
    v = value.strip()
    if v == "*":
        return None
    if v.startswith("W/"):
        v = v[2:]
    v = v.strip('"')
    if "," in value or not v.startswith("v") or not v[1:].isdigit() or len(v) > 12:
        raise ApiError(412, "version_conflict", f"If-Match must be one ETag of this event "
                       f"(as GET /api/events/ID sends it), not {value!r}")
    return int(v[1:])


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
    return _live_incident(request, incident_id)


def _live_incident(request: Request, incident_id: int) -> dict:
    """The incident, or 404 when it does not exist or has no current member any more
    (merged away, split, all its reports rejected or superseded)."""
    inc = request.app.state.store.incident(incident_id)
    if inc is None or not any(not m.get("superseded") and m.get("status") != "rejected"
                              for m in inc.get("members", [])):
        raise ApiError(404, "not_found", f"no incident with id {incident_id}")
    return inc


@router.get("/stats", response_model=StatsOut, dependencies=[Depends(reader)],
            summary="Events, incidents, killed and wounded (by incident) per month, admin1, "
                    "country, type or actor")
def stats(request: Request, f: Filter,
          by: Annotated[Literal["month", "admin1", "country", "type", "actor"], Query()] = "month") -> dict:
    return {"by": by, "items": request.app.state.store.stats(by, f)}


@router.get("/totals", response_model=TotalsOut, dependencies=[Depends(reader)],
            summary="Headline numbers for the filter: events, incidents, fatalities by incident, "
                    "undated and unlocated events")
def totals(request: Request, f: Filter) -> dict:
    return request.app.state.store.totals(f)


@router.get("/timeline", response_model=TimelineOut, dependencies=[Depends(reader)],
            summary="Events per month or week for each event type, and fatalities by incident")
def timeline(request: Request, f: Filter,
             bin: Annotated[Literal["month", "week"], Query(description="bin width")] = "month") -> dict:
    store = request.app.state.store
    if bin == "month":
        per, keys = _month_type_counts(store, f)
        bins = _month_range(sorted(keys))
    else:
        per, keys = _week_type_counts(store, f)
        bins = _week_range(sorted(keys))
    tolls: dict[str, list[int]] = {}
    undated_fat = 0
    for d, n, k in store.incident_tolls(f):
        if d is None:
            undated_fat += k
            continue
        key = _bin_of(d, bin)
        t = tolls.setdefault(key, [0, 0])
        t[0] += n
        t[1] += k
    if tolls and bins and (min(tolls) < bins[0] or max(tolls) > bins[-1]):
        # an incident may start before its matching report (a wider date window)
        bins = (_month_range if bin == "month" else _week_range)(sorted(set(bins) | set(tolls)))
    elif tolls and not bins:
        bins = (_month_range if bin == "month" else _week_range)(sorted(tolls))
    series = {t: [c.get(b, 0) for b in bins] for t, c in per.items()}
    events = [sum(c.get(b, 0) for c in per.values()) for b in bins]
    undated = store.totals(EventFilter(**{**_filter_dict(f), "undated": True}))["events"] \
        if f.undated is not False else 0
    return {"bin": bin, "bins": bins, "months": bins, "series": series, "events": events,
            "incidents": [tolls.get(b, (0, 0))[0] for b in bins],
            "fatalities": [tolls.get(b, (0, 0))[1] for b in bins],
            "undated": undated, "undated_fatalities": undated_fat}


def _filter_dict(f: EventFilter) -> dict:
    return {k: getattr(f, k) for k in EventFilter.__slots__}


def _bin_of(d, bin: str) -> str:
    import datetime as _dt

    if bin == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return (d - _dt.timedelta(days=d.weekday())).isoformat()


def _week_type_counts(store, f: EventFilter) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Events per (ISO week, type): one query grouped by start date and type, binned here."""
    from sqlalchemy import func, select

    from cronica.store.repository import EVENTS

    c = EVENTS.c
    q = (select(c.date_start, c.type, func.count()).where(*store._where(f), c.date_start.is_not(None))
         .group_by(c.date_start, c.type))
    per: dict[str, dict[str, int]] = {}
    weeks: set[str] = set()
    with store._read() as conn:
        for d, typ, n in conn.execute(q):
            w = _bin_of(d, "week")
            per.setdefault(typ, {})
            per[typ][w] = per[typ].get(w, 0) + int(n)
            weeks.add(w)
    return per, weeks


def _week_range(weeks: list[str]) -> list[str]:
    """Every week (its Monday) from the first to the last, at most 2600 (50 years)."""
    import datetime as _dt

    if not weeks:
        return []
    a, b = _dt.date.fromisoformat(weeks[0]), _dt.date.fromisoformat(weeks[-1])
    if (b - a).days // 7 > 2600:
        return weeks
    return [(a + _dt.timedelta(weeks=i)).isoformat() for i in range((b - a).days // 7 + 1)]


def _month_type_counts(store, f: EventFilter) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Events per (month, type) in ONE grouped query. The store's public ``stats`` groups
    by one key only, and 13 filtered ``stats('month')`` calls took seconds over 100,000
    events, so this reads the store's events table with the store's own filter
    conditions (``Store._where``; a ``stats(by=('month', 'type'))`` would replace it)."""
    from sqlalchemy import func, select

    from cronica.store.repository import EVENTS

    c = EVENTS.c
    # month keys of year-only events are "YYYY" (docs/store.md): not on a monthly timeline
    q = (select(c.month, c.type, func.count()).where(*store._where(f), c.month.is_not(None),
                                                     func.length(c.month) == 7)
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
           unit: Annotated[Literal["event", "incident"], Query()] = "event",
           include_all: Annotated[bool, Query(description="ignore the format's inclusion rules")] = False,
           expires: Annotated[Optional[int], Query(ge=0, le=2**40, description="signed link: its expiry "
                                                   "(from GET /api/export/link)")] = None,
           signature: Annotated[Optional[str], Query(max_length=64, description="signed link: its "
                                                     "signature (from GET /api/export/link)")] = None,
           ) -> StreamingResponse:
    from cronica.export import DEFAULT_EXCLUDED_FLAGS, ExportOptions, ExportReport, write

    store = request.app.state.store
    fd, path = tempfile.mkstemp(prefix="cronica-export-", suffix="." + _EXPORT_EXT[format])
    os.close(fd)
    report = ExportReport()
    try:
        asked = set(getattr(f, "flag", None) or ())  # a flag filtered on is not left out by default
        opts = ExportOptions(include_all=include_all,
                             exclude_flags=tuple(x for x in DEFAULT_EXCLUDED_FLAGS if x not in asked))
        write(store, format, unit=unit, out=path, f=f, options=opts, report=report)
        fh = open(path, "rb")
    finally:
        os.unlink(path)  # the open handle keeps the data readable (POSIX)

    def chunks() -> Iterator[bytes]:
        with fh:
            while block := fh.read(65536):
                yield block

    name = f"cronica-{unit}s-{format}.{_EXPORT_EXT[format]}"
    left_out = "; ".join(f"{why}={n}" for why, n in sorted(report.left_out.items()))
    return StreamingResponse(chunks(), media_type=_EXPORT_TYPES[format],
                             headers={"Content-Disposition": f'attachment; filename="{name}"',
                                      "X-Cronica-Rows": str(report.written),
                                      "X-Cronica-Left-Out": left_out})


@router.get("/export/link", response_model=LinkOut, dependencies=[Depends(reader)],
            summary="A short-lived signed URL of GET /api/export with these parameters, which "
                    "downloads without a token (for the page's download link in --private mode)")
def export_link(request: Request, f: Filter, format: Annotated[ExportFormat, Query()] = "jsonl",
                unit: Annotated[Literal["event", "incident"], Query()] = "event") -> dict:
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k not in ("expires", "signature")]
    url, expires = request.app.state.links.sign(request.url.path.rsplit("/", 1)[0], pairs)
    return {"url": url, "expires": expires}


# ------------------------------------------------------------------ extraction (nothing stored)
def _pipeline(request: Request):
    from cronica.pipeline import get_pipeline

    return get_pipeline(request.app.state.settings.lexicons)


def extract_guard(request: Request) -> None:
    """Who may extract: anyone holding a valid token; without one (where reading is
    open) at most ``extract_per_minute`` requests per client per minute (429)."""
    st = request.app.state
    token = auth.token_from_headers(request.headers)
    if token is not None:
        identify(request, token)
        return
    if not st.settings.read_open:
        raise ApiError(401, "unauthorized", "extraction on this server needs a token "
                       "(Authorization: Bearer TOKEN)")
    wait = st.extract_throttle.hit(client_of(request))
    if wait:
        raise _too_many(wait, f"at most {st.settings.extract_per_minute} extractions a minute "
                        "without a token")


@router.post("/extract", response_model=ExtractOut, dependencies=[Depends(extract_guard)],
             summary="Extract events from a text; nothing is stored (rate-limited without a token)")
async def extract(request: Request, body: ExtractIn) -> dict:
    st = request.app.state
    if len(body.text) > st.settings.max_extract_chars:
        raise ApiError(413, "too_large", f"text has {len(body.text)} characters; the limit is "
                       f"{st.settings.max_extract_chars}")
    if not body.text.strip():
        raise ApiError(400, "bad_request", "text is empty")
    _no_nul("text", body.text)
    doc_id = body.id or "pasted"
    events = await st.extractor.extract(doc_id, body.text, body.published)
    return {"doc_id": doc_id, "events": events}


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
    with PIPELINE_LOCK:
        pipe = _pipeline(request)
        summary = st.store.ingest_documents(docs, pipeline=pipe)
    return summary.to_dict()


@router.post("/events/{event_id}/review", responses=WRITE_RESPONSES, response_model=EventDetail,
             summary="Accept, reject or edit an event, with a reason (needs a token)")
def review(request: Request, response: Response, event_id: Annotated[str, Path(max_length=64)],
           body: ReviewIn, who: Annotated[str, Depends(writer)],
           if_match: Annotated[Optional[str], Header(max_length=100, description=
                               "the ETag of the version reviewed (from GET /api/events/{id}); "
                               "412 when the event has changed since")] = None) -> dict:
    _no_nul("event id", event_id)
    _no_nul("reason", body.reason)
    st = request.app.state
    version = if_match_version(if_match)
    if if_match is None and st.settings.require_if_match:
        raise ApiError(428, "precondition_required", "send If-Match with the event's ETag "
                       "(GET /api/events/ID) so a stale edit cannot overwrite a newer one")
    author, verified = author_of(request, who, body.author)
    try:
        out = st.store.review(event_id, body.action, fields=body.fields, reason=body.reason,
                              author=author, if_version=version, author_verified=verified)
    except EventNotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except VersionConflictError as exc:
        raise ApiError(412, "version_conflict", f"{exc}; reload the event and review it again",
                       headers={"ETag": etag(exc.current)}) from None
    except ReviewError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None
    response.headers["ETag"] = etag(out["version"])
    return out


def _incident_change(request: Request, op: str, *args, verified: bool) -> dict:
    st = request.app.state
    try:
        return {**getattr(st.store, op)(*args, author_verified=verified), "author_verified": verified}
    except EventNotFoundError as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except ReviewError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None


@router.post("/incidents/merge", responses=WRITE_RESPONSES, response_model=IncidentChangeOut,
             summary="Make one incident of several, with a reason kept in each report's history (needs a token)")
def merge_incidents(request: Request, body: IncidentMergeIn, who: Annotated[str, Depends(writer)]) -> dict:
    _no_nul("reason", body.reason)
    author, verified = author_of(request, who, body.author)
    for i in body.incidents:
        _live_incident(request, i)
    return _incident_change(request, "merge_incidents", body.incidents, body.reason, author, verified=verified)


@router.post("/incidents/{incident_id}/split", responses=WRITE_RESPONSES, response_model=IncidentChangeOut,
             summary="Take reports out of an incident into a new one, with a reason (needs a token)")
def split_incident(request: Request, incident_id: Annotated[int, Path(ge=1, le=2**62)],
                   body: IncidentSplitIn, who: Annotated[str, Depends(writer)]) -> dict:
    _no_nul("reason", body.reason)
    author, verified = author_of(request, who, body.author)
    _live_incident(request, incident_id)
    return _incident_change(request, "split_incident", incident_id, body.event_ids, body.reason, author, verified=verified)


@router.post("/events/{event_id}/move", responses=WRITE_RESPONSES, response_model=IncidentChangeOut,
             summary="Move a report to another incident, with a reason (needs a token)")
def move_event(request: Request, event_id: Annotated[str, Path(max_length=64)], body: EventMoveIn,
               who: Annotated[str, Depends(writer)]) -> dict:
    _no_nul("event id", event_id)
    _no_nul("reason", body.reason)
    author, verified = author_of(request, who, body.author)
    _live_incident(request, body.incident_id)
    return _incident_change(request, "move_event", event_id, body.incident_id, body.reason, author, verified=verified)


# ------------------------------------------------------------------ gazetteer (for place edits)
@router.get("/gazetteer", response_model=GazetteerOut, dependencies=[Depends(reader)],
            summary="Places of the gazetteer whose name starts with q (case and accents ignored), "
                    "to choose one for an edit (fields: {\"gazetteer_id\": ...})")
def gazetteer(request: Request, q: Annotated[str, Query(min_length=1, max_length=100)],
              country: Annotated[Optional[str], Query(max_length=100)] = None,
              limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict:
    from cronica.geo.gazetteer import open_gazetteer
    from cronica.store.search import fold

    _no_nul("q", q)
    _no_nul("country", country)
    items = []
    for e in open_gazetteer().search(q, limit=limit * 4 if country else limit):
        if country and fold(e.country) != fold(country):
            continue
        items.append({"gazetteer_id": e.gid, "name": e.name, "kind": e.kind, "country": e.country,
                      "admin1": e.admin1, "admin2": e.admin2, "admin3": e.admin3,
                      "latitude": e.lat, "longitude": e.lon})
        if len(items) >= limit:
            break
    return {"items": items}


def editable_fields() -> list[str]:
    from cronica.store.repository import EDITABLE

    return list(EDITABLE)


__all__ = ["router", "EVENT_KEYS", "editable_fields"]
