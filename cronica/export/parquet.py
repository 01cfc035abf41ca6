"""Parquet export (pyarrow): typed columns; per event the extract keys plus
incident_id, status, source_url (``spans`` as a JSON string, as in CSV); per
incident its fields plus ``sources`` (list of URLs or doc ids)."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from cronica.model import EVENT_KEYS

KIND = "parquet"
RAW = True

INTS = {"deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "wounded_low", "wounded_high",
        "wounded_a", "wounded_b", "wounded_civilians", "wounded_unknown", "kidnapped_low", "kidnapped_high",
        "time_precision", "iso", "geo_precision", "where_prec", "inter1", "inter2", "killed",
        "killed_low", "killed_high", "wounded", "kidnapped", "arrested", "evidence_start",
        "evidence_end", "incident_id", "fatalities", "deaths_low", "deaths_best", "deaths_high",
        "n_events", "n_documents"}
FLOATS = {"latitude", "longitude", "confidence"}
DATES = {"date_start", "date_end"}  # Parquet date32 (YYYY-MM-DD strings in the store's dicts)
INCIDENT_COLUMNS = (
    "incident_id", "type", "event_type", "sub_event_type", "date", "date_precision", "date_start",
    "date_end", "location", "admin1", "admin2", "admin3", "country", "iso", "latitude",
    "longitude", "geo_precision", "where_prec", "actor1", "inter1", "actor2", "inter2",
    "fatalities", "deaths_low", "deaths_best", "deaths_high", "wounded", "kidnapped", "arrested",
    "n_events", "n_documents", "updated_at", "sources",
)


def columns(unit: str) -> tuple[str, ...]:
    return EVENT_KEYS + ("incident_id", "status", "source_url") if unit == "event" else INCIDENT_COLUMNS


def schema(unit: str):
    import pyarrow as pa

    fields = []
    for c in columns(unit):
        if c in ("sources", "flags"):
            t = pa.list_(pa.string())
        elif c in INTS:
            t = pa.int64()
        elif c in FLOATS:
            t = pa.float64()
        elif c in DATES:
            t = pa.date32()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def _dates(out: dict[str, Any]) -> dict[str, Any]:
    for c in DATES:
        if isinstance(out.get(c), str):
            out[c] = _dt.date.fromisoformat(out[c][:10])
    return out


def convert(d: dict[str, Any], unit: str, ctx: Any = None) -> dict[str, Any]:
    if unit == "event":
        out = {c: d.get(c) for c in columns(unit)}
        out["spans"] = json.dumps(d.get("spans") or {}, ensure_ascii=False)
        return _dates(out)
    out = {c: d.get(c) for c in columns(unit) if c != "sources"}
    out["sources"] = [m.get("source_url") or m.get("doc_id") for m in d.get("members", [])]
    return _dates(out)
