"""Event flags: marks that keep a report apart from a new, confirmed incident.

One small component with one job: read the sentence(s) of an extracted event (its
evidence, and for a denial or a disputed toll also the next sentence) and write
``Event.flags``, a sorted tuple of :data:`cronica.model.EVENT_FLAGS`:

- ``historical``: a past incident recalled as background ("Hace 40 años, en 1983,
  ..."), by a cue or by a date more than ``historical_years`` before publication;
- ``denied``: an official denial that it happened ("desmintió que ...");
- ``hedged``: the rumour conditional or an explicit lack of confirmation;
- ``disputed``: sources give different figures.

Cues are data (``cronica/data/es/flags.yaml``), matched on folded text (lower case,
no accents). The flags never drop an event: the store and the exports filter on them
(``--flag`` / ``--no-flag``).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from cronica.errors import DataFileError
from cronica.text.fold import strip_marks  # NFKD without combining marks, per character
from cronica.text.gate import gated
from cronica.model import EVENT_FLAGS, Event

#: Flags whose cue may also sit in the sentence after the event's evidence.
NEXT_SENTENCE_FLAGS = ("denied", "disputed")
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class FlagCues:
    patterns: dict[str, tuple[re.Pattern, ...]]
    historical_years: int


@lru_cache(maxsize=1)
def load_cues() -> FlagCues:
    try:
        raw = yaml.safe_load(resources.files("cronica.data").joinpath("es/flags.yaml").read_text("utf-8"))
        pats = {f: tuple(gated(re.compile(p)) for p in raw[f]) for f in EVENT_FLAGS}
        return FlagCues(pats, int(raw["historical_years"]))
    except (OSError, KeyError, TypeError, ValueError, re.error, yaml.YAMLError) as exc:
        raise DataFileError(f"cronica/data/es/flags.yaml: {exc}") from exc


def fold(text: str) -> str:
    return " ".join(strip_marks(text).casefold().split())


def next_sentence(text: str, end: int, limit: int = 400) -> str:
    """The sentence after offset ``end`` (up to ``limit`` characters)."""
    rest = text[end:end + limit]
    m = _SENTENCE_END.search(rest.lstrip(" .")) if rest else None
    rest = rest.lstrip(" .")
    return rest[:m.end()] if m else rest


def flags_for(text: str, start: int, end: int, published: Optional[_dt.date] = None,
              date_end: Optional[_dt.date] = None, cues: FlagCues | None = None) -> tuple[str, ...]:
    """The flags of an event whose evidence is ``text[start:end]``."""
    cues = cues or load_cues()
    own = fold(text[start:end])
    after = fold(next_sentence(text, end))
    out = set()
    for flag, pats in cues.patterns.items():
        scopes = (own, after) if flag in NEXT_SENTENCE_FLAGS else (own,)
        if any(p.search(s) for s in scopes if s for p in pats):
            out.add(flag)
    if published is not None and date_end is not None and date_end.year < published.year - cues.historical_years:
        out.add("historical")
    return tuple(sorted(out))


def flag_event(ev: Event, text: str, published: Optional[_dt.date] = None) -> Event:
    """Set ``ev.flags`` from its evidence and context; returns the event."""
    date_end = ev.date.end if ev.date is not None else None
    ev.flags = flags_for(text, ev.evidence.start, ev.evidence.end, published, date_end)
    return ev


__all__ = ["flag_event", "flags_for", "load_cues", "FlagCues"]
