"""Behaviour checks that guard the threshold search (``cronica/learn/behaviour.yaml``).

Short corpus-style documents of our own writing with what a correct extraction gives (how
many events, their figures), in the classes a learned decision has broken before: a "new" or
"other" incident joined to the first, a later toll placed on the wrong incident, a
one-sentence report dropped. ``cronica train`` refuses any threshold setting that fails a
check the hand-written rules pass with the same models.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml

from cronica.errors import DataFileError
from cronica.model import Document

CLASSES = ("new_marker", "toll", "short", "apart")
_EXPECT_KEYS = {"events", "min_events", "killed", "wounded"}


@dataclass(frozen=True)
class Check:
    id: str
    cls: str
    text: str
    published: Optional[str]
    expect: dict = field(default_factory=dict)

    def document(self) -> Document:
        return Document(id="check:" + self.id, text=self.text, published=self.published)

    def failure(self, events: list[dict]) -> Optional[str]:
        """Why the events (dicts as ``Event.to_dict``) break the check, or None when they pass."""
        e = self.expect
        n = len(events)
        if "events" in e and n != e["events"]:
            return f"{n} events, expected {e['events']}"
        if "min_events" in e and n < e["min_events"]:
            return f"{n} events, expected at least {e['min_events']}"
        for key in ("killed", "wounded"):
            if key in e:
                got = sorted(int(ev.get(key) or 0) for ev in events)
                if got != sorted(e[key]):
                    return f"{key} {got}, expected {sorted(e[key])}"
        return None


def default_checks_path() -> Path:
    return Path(__file__).with_name("behaviour.yaml")


def load_checks(path: Optional[str | Path] = None) -> list[Check]:
    path = Path(path) if path else default_checks_path()
    try:
        raw = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise DataFileError(f"{path}: {e}") from None
    out, seen = [], set()
    for n, c in enumerate(raw.get("checks") or [], 1):
        where = f"{path}: check {n}"
        if not isinstance(c, dict) or not c.get("id") or not isinstance(c.get("text"), str):
            raise DataFileError(f"{where}: needs an id and a text")
        if c["id"] in seen:
            raise DataFileError(f"{where}: duplicate id {c['id']}")
        seen.add(c["id"])
        if c.get("class") not in CLASSES:
            raise DataFileError(f"{where} ({c['id']}): class must be one of {CLASSES}")
        expect = c.get("expect") or {}
        if not expect or set(expect) - _EXPECT_KEYS:
            raise DataFileError(f"{where} ({c['id']}): expect needs some of {sorted(_EXPECT_KEYS)}")
        for key in ("killed", "wounded"):
            if key in expect and len(expect[key]) != expect.get("events", len(expect[key])):
                raise DataFileError(f"{where} ({c['id']}): {key} needs one figure per event")
            if key in expect and "events" not in expect:
                raise DataFileError(f"{where} ({c['id']}): {key} needs an exact number of events")
        pub = c.get("published")
        out.append(Check(str(c["id"]), c["class"], c["text"], str(pub) if pub else None, dict(expect)))
    if not out:
        raise DataFileError(f"{path}: no checks")
    return out


def failures(checks: Iterable[Check], events: list[dict]) -> dict[str, str]:
    """Check id -> why it fails, for the events of all the checks' documents."""
    by_doc: dict[str, list[dict]] = {}
    for ev in events:
        by_doc.setdefault(str(ev.get("doc_id")), []).append(ev)
    out = {}
    for c in checks:
        why = c.failure(by_doc.get("check:" + c.id, []))
        if why:
            out[c.id] = why
    return out
