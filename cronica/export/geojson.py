"""GeoJSON export: a FeatureCollection, one Point feature per event or incident
(geometry null when unlocated), properties = the JSONL record without members."""
from __future__ import annotations

from typing import Any

KIND = "geojson"
RAW = True


def convert(d: dict[str, Any], unit: str, ctx: Any = None) -> dict[str, Any]:
    lat, lon = d.get("latitude"), d.get("longitude")
    props = {k: v for k, v in d.items() if k != "members"}
    if unit == "incident":
        props["sources"] = [m.get("source_url") or m.get("doc_id") for m in d.get("members", [])]
    geom = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    fid = d.get("event_id") if unit == "event" else d.get("incident_id")
    return {"type": "Feature", "id": fid, "geometry": geom, "properties": props}
