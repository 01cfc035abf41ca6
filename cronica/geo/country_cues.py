"""Cues to a document's country that are neither places nor actors (``data/geo/country_cues.yaml``):
public services ("el Hospital Escuela"), currencies ("lempiras"), legal terms ("el régimen de
excepción"), Guatemala City's numbered zones. Each mention is one vote, counted by the resolver
with the document's place names, demonyms, dateline and actors."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import yaml

from cronica.errors import DataFileError
from cronica.geo.gazetteer import DATA_DIR, norm_key

_FILE = "country_cues.yaml"


@dataclass(frozen=True)
class CountryCues:
    """The compiled cues: one alternation over the folded text, one over the text as written
    (acronyms), and each country's patterns."""

    folded: Optional[re.Pattern]
    folded_cc: dict[str, str]
    cased: Optional[re.Pattern]
    cased_cc: dict[str, str]
    patterns: tuple[tuple[re.Pattern, str], ...]

    def votes(self, text: str, folded: Optional[str] = None) -> dict[str, int]:
        """One vote per mention of a cue, by country. ``folded``: ``norm_key(text)`` when the
        caller has it already."""
        counts: dict[str, int] = {}

        def add(cc: str) -> None:
            counts[cc] = counts.get(cc, 0) + 1

        if self.folded is not None:
            for m in self.folded.finditer(folded if folded is not None else norm_key(text)):
                add(self.folded_cc[m.group(1)])
        if self.cased is not None:
            for m in self.cased.finditer(text):
                add(self.cased_cc[m.group(1)])
        for pattern, cc in self.patterns:
            for _ in pattern.finditer(text):
                add(cc)
        return counts


def _alternation(words: list[str], flags: int = 0, plural: bool = False) -> Optional[re.Pattern]:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    tail = r"(?:e?s)?" if plural else ""
    return re.compile(r"(?<!\w)(" + body + r")" + tail + r"(?!\w)", flags)


def compile_cues(data: dict) -> CountryCues:
    """The cues of a parsed ``country_cues.yaml`` (a mapping country -> terms, acronyms, patterns)."""
    folded_cc: dict[str, str] = {}
    cased_cc: dict[str, str] = {}
    patterns: list[tuple[re.Pattern, str]] = []
    if not isinstance(data, dict):
        raise DataFileError(f"{_FILE}: expected a mapping of country codes")
    for cc, spec in data.items():
        code = str(cc).upper()
        if not re.fullmatch(r"[A-Z]{2}", code) or not isinstance(spec, dict):
            raise DataFileError(f"{_FILE}: {cc!r} must be an ISO 3166-1 alpha-2 code with terms/acronyms/patterns")
        for term in spec.get("terms") or []:
            key = norm_key(str(term))
            if folded_cc.get(key, code) != code:
                raise DataFileError(f"{_FILE}: {term!r} is listed for two countries")
            folded_cc[key] = code
        for acronym in spec.get("acronyms") or []:
            cased_cc[str(acronym)] = code
        for source in spec.get("patterns") or []:
            try:
                patterns.append((re.compile(str(source), re.IGNORECASE), code))
            except re.error as exc:
                raise DataFileError(f"{_FILE}: bad pattern {source!r} for {code}: {exc}") from exc
    return CountryCues(_alternation(list(folded_cc), plural=True), folded_cc,
                       _alternation(list(cased_cc)), cased_cc, tuple(patterns))


@lru_cache(maxsize=1)
def load_country_cues() -> CountryCues:
    try:
        data = yaml.safe_load((DATA_DIR / _FILE).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{_FILE}: {exc}") from exc
    return compile_cues(data or {})
