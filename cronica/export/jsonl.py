"""JSONL export: the stored dicts as they are — per event the extract output's keys
plus incident_id, status and source_url; per incident its fields and members."""
from __future__ import annotations

from typing import Any

KIND = "jsonl"
RAW = True


def convert(d: dict[str, Any], unit: str, ctx: Any = None) -> dict[str, Any]:
    return d
