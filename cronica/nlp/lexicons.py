"""lexicons: read and validate the language data files under ``cronica/data/es``.

Each loader returns typed records, validates the file's shape and raises
``DataFileError`` naming the file and the problem. Users may add actor files
(``--lexicon FILE``) with the same shape as ``actors.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

import yaml

from cronica.errors import DataFileError


def _read_yaml(name: str, path: Optional[Path] = None) -> dict:
    try:
        text = path.read_text("utf-8") if path else resources.files("cronica.data.es").joinpath(name).read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as e:
        raise DataFileError(f"{path or name}: cannot read: {e}") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{path or name}: expected a mapping at top level")
    return data


def fold(s: str) -> str:
    """Lower-case and drop accents (for matching, never for output)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- triggers
# The trigger lexicon has its own module (lemmas, inflection, phrases); re-exported here.
from cronica.nlp.triggerlex import PhraseTrigger, TokenTrigger, TriggerLexicon, load_triggers  # noqa: E402,F401


# ---------------------------------------------------------------- actors
@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    inter: Optional[int]
    aliases: tuple[str, ...]


@dataclass(slots=True)
class ActorLexicon:
    entries: list[ActorEntry]
    # alias → entry, split by matching mode (see `match`)
    _exact: dict[str, ActorEntry] = field(default_factory=dict)
    _folded: dict[str, ActorEntry] = field(default_factory=dict)
    _pattern: Optional[re.Pattern] = None

    def __post_init__(self) -> None:
        for entry in self.entries:
            for alias in entry.aliases:
                if any(c.isupper() for c in alias):
                    self._exact.setdefault(alias, entry)  # "Sendero" ≠ "sendero" (a path)
                else:
                    self._folded.setdefault(fold(alias), entry)
        alts = sorted(set(self._exact) | {a for e in self.entries for a in e.aliases if not any(c.isupper() for c in a)},
                      key=len, reverse=True)
        self._pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in alts) + r")(?!\w)", re.IGNORECASE)

    def find(self, text: str) -> list[tuple[int, int, ActorEntry]]:
        """Every alias occurrence in ``text`` (longest first, non-overlapping)."""
        out = []
        assert self._pattern is not None
        for m in self._pattern.finditer(text):
            entry = self.lookup(m.group(0))
            if entry:
                out.append((m.start(), m.end(), entry))
        return out

    def lookup(self, phrase: str) -> Optional[ActorEntry]:
        return self._exact.get(phrase) or self._folded.get(fold(phrase))

    def best_in(self, text: str) -> Optional[tuple[int, int, ActorEntry]]:
        """The most specific alias inside a phrase: the longest, then the first."""
        found = self.find(text)
        if not found:
            return None
        return max(found, key=lambda f: (f[1] - f[0], -f[0]))


def _actor_entries(raw: dict, where: str) -> list[ActorEntry]:
    out = []
    for i, a in enumerate(raw.get("actors") or []):
        if not isinstance(a, dict) or not a.get("name") or not a.get("aliases"):
            raise DataFileError(f"{where}: actors[{i}] needs 'name' and 'aliases'")
        inter = a.get("inter")
        if inter is not None and inter not in range(1, 9):
            raise DataFileError(f"{where}: actors[{i}] inter must be 1..8")
        out.append(ActorEntry(a["name"], inter, tuple(str(x) for x in a["aliases"])))
    return out


@lru_cache(maxsize=8)
def load_actors(extra: Sequence[str] = ()) -> ActorLexicon:
    """Bundled actors plus user lexicon files (user entries take precedence)."""
    entries: list[ActorEntry] = []
    for path in extra:
        entries += _actor_entries(_read_yaml(path, Path(path)), path)
    entries += _actor_entries(_read_yaml("actors.yaml"), "actors.yaml")
    return ActorLexicon(entries)


# ---------------------------------------------------------------- numbers
@dataclass(frozen=True, slots=True)
class NumberLexicon:
    units: dict[str, int]
    tens: dict[str, int]
    hundreds: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, int]
    at_least: tuple[str, ...]
    about: tuple[str, ...]


@lru_cache(maxsize=1)
def load_numbers() -> NumberLexicon:
    raw = _read_yaml("numbers.yaml")
    for key in ("units", "tens", "hundreds", "multipliers", "vague", "qualifiers"):
        if not isinstance(raw.get(key), dict):
            raise DataFileError(f"numbers.yaml: '{key}' must be a mapping")
    for key in ("units", "tens", "hundreds", "multipliers", "vague"):
        for w, v in raw[key].items():
            if not isinstance(v, int) or v <= 0:
                raise DataFileError(f"numbers.yaml: {key}.{w} must be a positive integer")
    q = raw["qualifiers"]
    return NumberLexicon(raw["units"], raw["tens"], raw["hundreds"], raw["multipliers"], raw["vague"],
                         tuple(q.get("at_least") or ()), tuple(q.get("about") or ()))
