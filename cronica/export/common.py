"""What every export shares: one flat view of an event or an incident, the
export codes (``codes.yaml``), and opening the output."""
from __future__ import annotations

import contextlib
import datetime as _dt
import io
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional
from urllib.parse import urlparse

import yaml

from cronica.errors import CronicaError

from cronica.errors import DataFileError

CODES_FILE = Path(__file__).resolve().parent / "codes.yaml"
UNITS = ("event", "incident")


@lru_cache(maxsize=1)
def codes() -> dict[str, Any]:
    try:
        return yaml.safe_load(CODES_FILE.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{CODES_FILE.name}: {exc}") from exc


@lru_cache(maxsize=64)
def alpha3(iso: Optional[int]) -> str:
    if iso is None:
        return ""
    import pycountry

    c = pycountry.countries.get(numeric=f"{int(iso):03d}")
    return c.alpha_3 if c else ""


def country(iso: Optional[int]) -> dict[str, Any]:
    """The codes.yaml row of a country (ISO numeric), or {} when not covered."""
    if iso is None:
        return {}
    return codes()["countries"].get(int(iso), {})


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return " ".join(s.casefold().replace("(", " ").replace(")", " ").split())


@lru_cache(maxsize=4096)
def actor_iso(name: Optional[str]) -> Optional[int]:
    """The country (ISO numeric) an actor's own name states ("Policía Nacional del
    Perú", "Civiles (México)"), or None: a Peruvian unit keeps Peru wherever it acts."""
    if not name:
        return None
    words = f" {_fold(name)} "
    for word, iso in codes()["country_words"].items():
        if f" {_fold(word)} " in words:
            return int(iso)
    return None


def stable_int(hex_id: Any) -> int:
    """A positive integer id from a hexadecimal event id (52 bits: exact in doubles
    and JavaScript), the same on every export and re-ingest of the same event."""
    s = str(hex_id)
    try:
        return int(s[:13], 16)
    except ValueError:
        import hashlib

        return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:13], 16)


def uid(v: Mapping[str, Any]) -> int:
    """The row's stable integer id (set by ``view``; computed for rows given directly)."""
    return v["uid"] if v.get("uid") is not None else stable_int(v.get("id", v.get("event_id")))


def flags(v: Mapping[str, Any]) -> tuple[str, ...]:
    """An event's or incident's flags (historical, denied, hedged, disputed) as a tuple."""
    f = v.get("flags")
    if not f:
        return ()
    if isinstance(f, str):
        return tuple(x.strip() for x in f.replace(";", ",").split(",") if x.strip())
    return tuple(str(x) for x in f)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading quote
    (OWASP CSV injection); numbers are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def source_name(url: Optional[str], doc_id: Optional[str]) -> str:
    if url:
        host = urlparse(url).netloc
        if host:
            return host[4:] if host.startswith("www.") else host
    return doc_id or ""


def _first(*vals: Any) -> Any:
    return next((v for v in vals if v is not None), None)


TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def view(d: Mapping[str, Any], unit: str) -> dict[str, Any]:
    """One flat record for an event dict (``Store.query_events``) or an incident
    dict (``Store.iter_incidents``): the fields every format maps from, with the
    provenance of the row (outlets, URLs, source dates, headlines, number of sources)."""
    if unit == "event":
        v = dict(d)
        v["id"] = d["event_id"]
        v["uid"] = stable_int(d["event_id"])
        v["fatalities"] = _first(d.get("killed"), d.get("killed_low"))
        v["low"] = _first(d.get("killed_low"), d.get("killed"))
        v["best"] = _first(d.get("killed"), d.get("killed_low"))
        v["high"] = _first(d.get("killed_high"), d.get("killed"), d.get("killed_low"))
        v["sources"] = [source_name(d.get("source_url"), d.get("doc_id"))]
        v["urls"] = [d.get("source_url") or d.get("doc_id") or ""]
        v["source_dates"] = [d["source_published"]] if d.get("source_published") else []
        v["headlines"] = [d["source_title"]] if d.get("source_title") else []
        v["evidence_text"] = d.get("evidence") or ""
        v["n_sources"] = 1
        v["flags"] = flags(d)
        return v
    v = dict(d)
    members = d.get("members") or []
    v["id"] = d["incident_id"]
    # the incident's id is its earliest report's: stable while that report stays in it
    v["uid"] = min((stable_int(m["event_id"]) for m in members if m.get("event_id")),
                   default=int(d["incident_id"]))
    v["low"], v["best"], v["high"] = d.get("deaths_low"), d.get("deaths_best"), d.get("deaths_high")
    v["time_precision"] = TIME_PRECISION.get(d.get("date_precision") or "")
    typed = next((m for m in members if m.get("type") == d.get("type")), {})
    v["plover"], v["cameo"] = typed.get("plover"), typed.get("cameo")
    names: list[str] = []
    urls: list[str] = []
    dates: list[str] = []
    heads: list[str] = []
    for m in members:
        for seq, val in ((names, source_name(m.get("source_url"), m.get("doc_id"))),
                         (urls, m.get("source_url") or m.get("doc_id") or ""),
                         (dates, m.get("published")), (heads, m.get("title"))):
            if val and val not in seq:
                seq.append(val)
    v["sources"], v["urls"], v["source_dates"], v["headlines"] = names, urls, dates, heads
    v["evidence_text"] = " | ".join(m.get("evidence") or "" for m in members)
    v["n_sources"] = len({m.get("doc_id") for m in members})
    member_flags = [set(flags(m)) for m in members]
    # an incident carries a flag only when every report of it does
    v["flags"] = tuple(sorted(set.intersection(*member_flags))) if member_flags else flags(d)
    v.setdefault("actor1_text", None)
    v.setdefault("actor2_text", None)
    return v


def records(source: Any, unit: str, f: Any = None) -> Iterator[dict[str, Any]]:
    """Rows to export: a Store (streamed) or an iterable of event/incident dicts."""
    if unit not in UNITS:
        from cronica.errors import CronicaError

        raise CronicaError(f"unit must be event or incident, not {unit!r}")
    if hasattr(source, "iter_events"):
        it: Iterable[Mapping[str, Any]] = (
            source.iter_events(f) if unit == "event" else source.iter_incidents(f))
    else:
        it = source
    for d in it:
        yield view(d, unit)


@contextlib.contextmanager
def open_out(out: Any, binary: bool = False) -> Iterator[Any]:
    """A path (str/Path, '-' = stdout) or an open stream."""
    if out is None or out == "-":
        if binary:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    if isinstance(out, (str, Path)):
        p = Path(out)
        if not p.parent.is_dir():  # the file is created, never the folders above it
            raise CronicaError(f"the folder {p.parent} does not exist: create it first, or check -o")
        if binary:
            with open(p, "wb") as fh:
                yield fh
        else:
            with open(p, "w", encoding="utf-8", newline="") as fh:
                yield fh
        return
    yield out


def ymd(value: Any) -> Optional[_dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


def text_stream(fh: Any) -> Any:
    """CSV/JSON writers need text: wrap binary streams."""
    if isinstance(fh, (io.TextIOBase,)) or hasattr(fh, "encoding"):
        return fh
    return io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
