"""What every export shares: one flat view of an event or an incident, the
export codes (``codes.yaml``), and opening the output."""
from __future__ import annotations

import contextlib
import datetime as _dt
import io
import sys
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
    dict (``Store.iter_incidents``): the fields every format maps from."""
    if unit == "event":
        v = dict(d)
        v["id"] = d["event_id"]
        v["fatalities"] = _first(d.get("killed"), d.get("killed_low"))
        v["low"] = _first(d.get("killed_low"), d.get("killed"))
        v["best"] = _first(d.get("killed"), d.get("killed_low"))
        v["high"] = _first(d.get("killed_high"), d.get("killed"), d.get("killed_low"))
        v["sources"] = [source_name(d.get("source_url"), d.get("doc_id"))]
        v["urls"] = [d.get("source_url") or d.get("doc_id") or ""]
        v["notes"] = d.get("evidence") or ""
        v["n_sources"] = 1
        return v
    v = dict(d)
    members = d.get("members") or []
    v["id"] = d["incident_id"]
    v["low"], v["best"], v["high"] = d.get("deaths_low"), d.get("deaths_best"), d.get("deaths_high")
    v["time_precision"] = TIME_PRECISION.get(d.get("date_precision") or "")
    typed = next((m for m in members if m.get("type") == d.get("type")), {})
    v["plover"], v["cameo"] = typed.get("plover"), typed.get("cameo")
    names: list[str] = []
    urls: list[str] = []
    for m in members:
        n = source_name(m.get("source_url"), m.get("doc_id"))
        if n not in names:
            names.append(n)
        u = m.get("source_url") or m.get("doc_id") or ""
        if u not in urls:
            urls.append(u)
    v["sources"], v["urls"] = names, urls
    v["notes"] = " | ".join(m.get("evidence") or "" for m in members)
    v["n_sources"] = len({m.get("doc_id") for m in members})
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
