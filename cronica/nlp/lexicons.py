"""lexicons: read and validate the language data files under ``cronica/data/es``.

Each loader returns typed records, validates the file's shape and raises
``DataFileError`` naming the file and the problem. Users may add actor files
(``--lexicon FILE``) with the same shape as ``actors.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

import yaml

from cronica.errors import DataFileError
from cronica.text.fold import strip_marks
from cronica.text.trie import trie_alternation


def _read_yaml(name: str, path: Optional[Path] = None) -> dict:
    try:
        text = path.read_text("utf-8") if path else resources.files("cronica.data.es").joinpath(name).read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as e:
        raise DataFileError(f"{path or name}: cannot read: {e}") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{path or name}: expected a mapping at top level")
    return data


def read_data_yaml(name: str, schema_version: int = 1) -> dict:
    """A language data file of ``cronica/data/es`` as a mapping, checked for its schema version."""
    data = _read_yaml(name)
    if data.get("schema_version") != schema_version:
        raise DataFileError(f"{name}: unsupported schema_version")
    return data


def fold(s: str) -> str:
    """Lower-case and drop accents (for matching, never for output)."""
    return strip_marks(s).lower()


# ---------------------------------------------------------------- triggers
# The trigger lexicon has its own module (lemmas, inflection, phrases); re-exported here.
from cronica.nlp.triggerlex import PhraseTrigger, TokenTrigger, TriggerLexicon, load_triggers  # noqa: E402,F401


# ---------------------------------------------------------------- actors
#: Roles a generic word stands for ("la policía", "soldados", "civiles"): it takes the
#: entry of that role in the incident's country (see ``ActorLexicon.localise``).
ROLES = ("army", "navy", "air_force", "military", "police", "special_police", "government",
         "judiciary", "prosecutor", "prison_guards", "civilians", "unidentified_armed",
         "unidentified_criminal", "protesters", "rioters")
_CAMEO = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*\Z")


class _FoldedChars(dict):
    """code point -> the character ``_fold_in_place`` writes for it (filled on demand): its ``fold``
    when that is one character, else its lower case when that is one, else the character itself."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        f = fold(c)
        f = f if len(f) == 1 else (c.lower() if len(c.lower()) == 1 else c)
        self[code] = f
        return f


_FOLDED_CHAR = _FoldedChars()


_ARTICLE = re.compile(r"(?:el|la|los|las)\s+", re.IGNORECASE)


class _Found:
    """A match of the alias pattern over the folded text, read back in the original text."""

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match, text: str) -> None:
        self._m, self._text = m, text

    @classmethod
    def of(cls, m: Optional[re.Match], text: str) -> Optional["_Found"]:
        return cls(m, text) if m is not None else None

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self, i: int = 0) -> str:
        return self._text[self._m.start(i):self._m.end(i)]


def _fold_in_place(text: str) -> str:
    """``fold`` character by character, keeping every offset: bulletins write names without
    accents or in capitals, and the alias pattern runs over this form of the text."""
    return text.translate(_FOLDED_CHAR)  # (one character for one: each distinct character folded once)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    inter: Optional[int]
    aliases: tuple[str, ...]
    country: Optional[str] = None  # ISO 3166-1 alpha-2; None for generic words
    cameo: Optional[str] = None  # CAMEO actor code ("COLREB", "MEXCRM"; "---COP" for generic police)
    role: Optional[str] = None  # a state force's role in its country, or the role a generic word names
    generic: bool = False  # a word for a role in any country ("la policía"): localised by country
    guarded: tuple[str, ...] = ()  # aliases that count only with a context cue or in the entry's country
    context: Optional[re.Pattern] = None  # the cue that admits the guarded aliases


def _trie_regex(words: set[str]) -> str:
    """One alternation for ``words`` shaped as a trie, for a case-insensitive pattern
    (``cronica.text.trie.trie_alternation``)."""
    return trie_alternation(words)


@dataclass(slots=True)
class ActorLexicon:
    entries: list[ActorEntry]
    # alias → entries (several countries may share one: "PNC"), split by matching mode (see `match`)
    _exact: dict[str, list[ActorEntry]] = field(default_factory=dict)
    _folded: dict[str, list[ActorEntry]] = field(default_factory=dict)
    _pattern: Optional[re.Pattern] = None
    # bulletin spellings (built on first use, see `_respelled`): the pattern over folded text,
    # and capitalised aliases by their form without accents ("Ejercito de Liberacion Nacional")
    # and, for a phrase wholly in capitals, by their folded form ("CLAN DEL GOLFO")
    _fold_pattern: Optional[re.Pattern] = None
    _unaccented: dict[str, str] = field(default_factory=dict)
    _capitals: dict[str, str] = field(default_factory=dict)
    _by_role: dict[tuple[Optional[str], str], ActorEntry] = field(default_factory=dict)
    #: alpha-2 → (Spanish name, alpha-3) for the names of generic entries ("Civiles (Colombia)")
    countries: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: (text, country, context) → what ``find`` found: the stages ask about the same phrases again
    _found: dict = field(default_factory=dict, repr=False, compare=False)
    #: the head nouns of a state body's proper name (generic.yaml ``institution_heads``)
    institution_heads: tuple[str, ...] = ()
    _inside_name: Optional[re.Pattern] = None

    def __post_init__(self) -> None:
        for entry in self.entries:
            for alias in (*entry.aliases, *entry.guarded):
                if any(c.isupper() for c in alias):
                    self._exact.setdefault(alias, []).append(entry)  # "Sendero" ≠ "sendero" (a path)
                else:
                    self._folded.setdefault(fold(alias), []).append(entry)
            if entry.role and not entry.generic:
                self._by_role.setdefault((entry.country, entry.role), entry)
            elif entry.role and entry.generic:
                self._by_role.setdefault((None, entry.role), entry)
        if self.institution_heads:
            # "Dirección Central de Investigaciones ", "Fiscalía Especial contra el ": a capitalised name
            # opened by a head noun and joined by at least one lower-case word, up to the alias
            cap = r"[A-ZÁÉÍÓÚÑ][\w.-]*"
            low = r"(?:de|del|la|las|los|el|en|y|e|contra|para|a|al)"
            self._inside_name = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(h) for h in self.institution_heads) + r")"
                r"(?:\s+" + cap + r")*(?:\s+" + low + r"(?:\s+" + cap + r")*)+\s+\Z")
        lower = {a for e in self.entries for a in (*e.aliases, *e.guarded) if not any(c.isupper() for c in a)}
        self._pattern = re.compile(r"(?<!\w)(" + (_trie_regex((set(self._exact) | lower) - {""}) or "(?!x)x")
                                   + r")(?!\w)", re.IGNORECASE)

    def _admitted(self, alias: str, entry: ActorEntry, country: Optional[str], context: str) -> bool:
        if alias not in entry.guarded and fold(alias) not in {fold(g) for g in entry.guarded}:
            return True
        if country is not None and country == entry.country:
            return True
        return bool(entry.context is not None and context and entry.context.search(context))

    def candidates(self, phrase: str, country: Optional[str] = None, context: str = "") -> list[ActorEntry]:
        """The entries an alias may stand for, the incident's country first; guarded aliases
        only with their cue in ``context`` (or in their own country)."""
        found = self._exact.get(phrase) or self._folded.get(fold(phrase)) or (
            self._exact.get(phrase[:1].lower() + phrase[1:]) if phrase[:1].isupper() else None) or []
        ok = [e for e in found if self._admitted(phrase, e, country, context)]
        ok = sorted(ok, key=lambda e: (e.country != country if country else False, e.country is None))
        if country and ok and ok[0].country not in (None, country) and not any(c.isupper() for c in phrase):
            # a common word ("cocaleros", "mareros") that only another country's entry lists: the
            # people of that kind in the incident's country ("Cocaleros (Colombia)"), never the other's
            ok = [self._moved(ok[0], country)] + ok[1:]
        return ok

    def knows(self, phrase: str) -> bool:
        """Is ``phrase`` an alias of some entry, guarded or not ("Los Lobos", "Los Pulpos": a gang's
        name, though its words may name a town)?"""
        return bool(self._exact.get(phrase) or self._folded.get(fold(phrase)))

    def _moved(self, entry: ActorEntry, country: str) -> ActorEntry:
        """An entry named "<kind> (<its country>)" moved to ``country``: the same kind of
        people there; an entry named otherwise (a force, a group: "militares venezolanos"
        say whose) stays as it is."""
        mine, there = self.countries.get(entry.country or ""), self.countries.get(country)
        if not mine or not there or not entry.name.endswith(f"({mine[0]})"):
            return entry
        cameo = there[1] + entry.cameo[3:] if entry.cameo and entry.cameo.startswith(mine[1]) else entry.cameo
        return replace(entry, name=entry.name[:-len(mine[0]) - 2] + f"({there[0]})", country=country, cameo=cameo)

    def find(self, text: str, country: Optional[str] = None, context: Optional[str] = None
             ) -> list[tuple[int, int, ActorEntry]]:
        """Every alias occurrence in ``text`` (longest first, non-overlapping).

        ``context`` (default: ``text`` itself) is where the cue of a guarded alias is sought."""
        ctx = text if context is None else context
        key = (text, country, ctx)
        known = self._found.get(key)
        if known is not None:
            return list(known)
        out = []
        assert self._pattern is not None
        pattern = self._fold_pattern or self._build_respelling()
        folded = _fold_in_place(text)
        pos = 0
        while True:
            m = _Found.of(pattern.search(folded, pos), text)
            if m is None:
                break
            entry = self.lookup(m.group(0), country, ctx)
            while not entry and " " in folded[m.start():m.end()]:
                # a case-sensitive alias matched in the wrong case ("la policía de Jujuy" against
                # "Policía de Jujuy"): a shorter alias at the same start may still hold ("policía")
                shorter = pattern.match(folded, m.start(), folded.rindex(" ", m.start(), m.end()))
                if shorter is None:
                    break
                m = _Found(shorter, text)
                entry = self.lookup(m.group(0), country, ctx)
            if entry:
                m, entry = self._name_after_article(pattern, folded, text, m, entry, country, ctx)
            if entry and re.search(r"(?i)\banti[\s-]?$", text[max(0, m.start() - 6):m.start()]) and entry.inter != 1:
                entry = None  # "Fuerza Nacional Anti Maras": a unit against the group, not the group
            if entry and entry.generic and entry.inter != 1 and self._inside_name is not None \
                    and text[m.start():m.start() + 1].isupper() and not text[m.start():m.end()].isupper() \
                    and self._inside_name.search(text, max(0, m.start() - 80), m.start()):
                entry = None  # "Dirección Central de Investigaciones Criminales": what the body fights
            if entry and m.end() > m.start():
                out.append((m.start(), m.end(), entry))
                pos = m.end()
            else:  # a case-sensitive alias matched in the wrong case: look inside it
                pos = m.start() + 1
        if len(self._found) >= 20000:
            self._found.clear()
        self._found[key] = tuple(out)
        return out

    def _name_after_article(self, pattern: re.Pattern, folded: str, text: str, m: "_Found", entry: ActorEntry,
                            country: Optional[str], context: str) -> tuple["_Found", ActorEntry]:
        """An alias that begins with an article ("el ejército") gives way to a longer name that
        starts after the article and runs past it ("el Ejército del Pueblo Paraguayo")."""
        art = _ARTICLE.match(folded, m.start())
        if art is None or art.end() >= m.end():
            return m, entry
        inner = _Found.of(pattern.match(folded, art.end()), text)
        if inner is None or inner.end() <= m.end():
            return m, entry
        longer = self.lookup(inner.group(0), country, context)
        return (inner, longer) if longer else (m, entry)

    def lookup(self, phrase: str, country: Optional[str] = None, context: str = "") -> Optional[ActorEntry]:
        found = self.candidates(phrase, country, context) or self._respelled(phrase, country, context)
        return found[0] if found else None

    def _build_respelling(self) -> re.Pattern:
        for alias in self._exact:
            plain = "".join(fold(c).upper() if c.isupper() else fold(c) for c in alias)  # case kept
            if plain != alias:
                self._unaccented.setdefault(plain, alias)
            self._capitals.setdefault(fold(alias), alias)
        words = {fold(a) for a in self._exact} | set(self._folded)
        self._fold_pattern = re.compile(r"(?<!\w)(" + (_trie_regex(words - {""}) or "(?!x)x") + r")(?!\w)",
                                        re.IGNORECASE)
        return self._fold_pattern

    def _respelled(self, phrase: str, country: Optional[str], context: str) -> list[ActorEntry]:
        """A capitalised alias written without its accents, or a phrase wholly in capitals of
        more than three letters (not "SIN", "LOS"), read as the alias; a capitalised alias
        still never matches a lower-case word ("el sendero")."""
        if self._fold_pattern is None:
            self._build_respelling()
        alias = self._unaccented.get(phrase) or (
            self._capitals.get(fold(phrase)) if phrase.isupper() and len(phrase) > 3 else None)
        return self.candidates(alias, country, context) if alias else []

    def best_in(self, text: str, country: Optional[str] = None, context: Optional[str] = None
                ) -> Optional[tuple[int, int, ActorEntry]]:
        """The most specific alias inside a phrase: the longest, then the first."""
        found = self.find(text, country, context)
        if not found:
            return None
        return max(found, key=lambda f: (not f[2].generic, f[1] - f[0], -f[0]))

    def localise(self, entry: ActorEntry, country: Optional[str]) -> ActorEntry:
        """A generic word's entry in the incident's country ("la policía" in a Colombian
        incident is the Policía Nacional de Colombia; "civiles" there are "Civiles
        (Colombia)"); other entries are returned as they are. Without a country the generic
        entry keeps a name that says no country: never Peru by default."""
        if not entry.generic:
            return entry
        if country and entry.role:
            hit = self._by_role.get((country, entry.role))
            fallback = {"army": "military", "navy": "military", "air_force": "military",
                        "military": "army", "special_police": "police"}.get(entry.role)
            if hit is None and fallback:
                hit = self._by_role.get((country, fallback))
            if hit is not None:
                return hit
        known = self.countries.get(country or "")
        if known:
            name = entry.name.replace("{country}", known[0])
            cameo = known[1] + entry.cameo if entry.cameo and len(entry.cameo) == 3 else entry.cameo
            return replace(entry, name=name, cameo=cameo, country=country)
        return replace(entry, name=entry.name.replace(" ({country})", "").replace("{country}", "").strip())

    def country_votes(self, text: str) -> dict[str, int]:
        """Which country a text's institutions and groups belong to ("Carabineros", "el
        CJNG", "la Policía Nacional de Colombia"): one vote per mention, generic words and
        foreign bodies (inter 8) aside. A cue for the geocoder's document country."""
        votes: dict[str, int] = {}
        for s, e, entry in self.find(text):
            if entry.country and not entry.generic and entry.inter != 8 and \
                    len({c.country for c in self.candidates(text[s:e], None, text)}) == 1:  # "marero": three countries
                votes[entry.country] = votes.get(entry.country, 0) + 1
        return votes

    def group_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a text names an armed group or gang by a proper name ("Los Rastrojos",
        "Tren de Aragua"): not places, whatever town shares the name."""
        return [(s, e) for s, e, entry in self.find(text)
                if not entry.generic and entry.inter in (2, 3, 4) and any(c.isupper() for c in text[s:e])]

    def entry_for_role(self, country: Optional[str], role: str) -> Optional[ActorEntry]:
        return self._by_role.get((country, role))


def _actor_entries(raw: dict, where: str) -> list[ActorEntry]:
    out = []
    file_cc = raw.get("country")
    if file_cc is not None and not re.fullmatch(r"[A-Z]{2}", str(file_cc)):
        raise DataFileError(f"{where}: country must be an ISO 3166-1 alpha-2 code")
    for i, a in enumerate(raw.get("actors") or []):
        if not isinstance(a, dict) or not a.get("name") or not (a.get("aliases") or a.get("guarded")):
            raise DataFileError(f"{where}: actors[{i}] needs 'name' and 'aliases'")
        inter = a.get("inter")
        if inter is not None and inter not in range(1, 9):
            raise DataFileError(f"{where}: actors[{i}] inter must be 1..8")
        cameo = a.get("cameo")
        if cameo is not None and not (_CAMEO.match(str(cameo)) or re.fullmatch(r"---[A-Z]{3}", str(cameo))):
            raise DataFileError(f"{where}: actors[{i}] ({a['name']}): bad CAMEO actor code {cameo!r}")
        role = a.get("role")
        if role is not None and role not in ROLES:
            raise DataFileError(f"{where}: actors[{i}] ({a['name']}): unknown role {role!r}")
        cc = a.get("country", file_cc)
        generic = bool(a.get("generic", False))
        if "{country}" in a["name"] and not generic:
            raise DataFileError(f"{where}: actors[{i}] ({a['name']}): only a generic entry names {{country}}")
        guarded = tuple(str(x) for x in a.get("guarded") or ())
        context = None
        if a.get("context"):
            try:
                context = re.compile(a["context"], re.IGNORECASE)
            except re.error as e:
                raise DataFileError(f"{where}: actors[{i}] ({a['name']}): bad context pattern: {e}") from None
        if guarded and context is None and cc is None:
            raise DataFileError(f"{where}: actors[{i}] ({a['name']}): guarded aliases need a context or a country")
        out.append(ActorEntry(a["name"], inter, tuple(str(x) for x in a.get("aliases") or ()), cc,
                              str(cameo) if cameo else None, role, generic, guarded, context))
    return out


def actor_files() -> list[str]:
    """The bundled actor files: ``actors/*.yaml`` (one per country, plus generic words)."""
    folder = resources.files("cronica.data.es").joinpath("actors")
    return sorted(f"actors/{p.name}" for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_actors(extra: Sequence[str] = ()) -> ActorLexicon:
    """Bundled actors plus user lexicon files (user entries take precedence); one lexicon per list
    of files, however it is passed (``load_actors()`` and the pipeline's ``load_actors(())`` are the
    same object: the actor stage's calls do not read and compile the 17 files a second time)."""
    return _load_actors(tuple(extra))


@lru_cache(maxsize=8)
def _load_actors(extra: tuple[str, ...]) -> ActorLexicon:
    entries: list[ActorEntry] = []
    countries: dict[str, tuple[str, str]] = {}
    heads: list[str] = []
    for path in extra:
        entries += _actor_entries(_read_yaml(path, Path(path)), path)
    for name in actor_files():
        raw = _read_yaml(name)
        entries += _actor_entries(raw, name)
        for cc, pair in (raw.get("countries") or {}).items():
            if not (isinstance(pair, list) and len(pair) == 2 and re.fullmatch(r"[A-Z]{3}", str(pair[1]))):
                raise DataFileError(f"{name}: countries.{cc} must be [Spanish name, alpha-3 code]")
            countries[str(cc)] = (str(pair[0]), str(pair[1]))
        heads += [str(h) for h in raw.get("institution_heads") or ()]
    return ActorLexicon(entries, countries=countries, institution_heads=tuple(heads))


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
    collectives: dict[str, int] = field(default_factory=dict)  # "una veintena de": exactly as many


@lru_cache(maxsize=1)
def load_numbers() -> NumberLexicon:
    raw = _read_yaml("numbers.yaml")
    for key in ("units", "tens", "hundreds", "multipliers", "vague", "qualifiers"):
        if not isinstance(raw.get(key), dict):
            raise DataFileError(f"numbers.yaml: '{key}' must be a mapping")
    raw.setdefault("collectives", {})
    if not isinstance(raw["collectives"], dict):
        raise DataFileError("numbers.yaml: 'collectives' must be a mapping")
    for key in ("units", "tens", "hundreds", "multipliers", "vague", "collectives"):
        for w, v in raw[key].items():
            if not isinstance(v, int) or v <= 0:
                raise DataFileError(f"numbers.yaml: {key}.{w} must be a positive integer")
    q = raw["qualifiers"]
    return NumberLexicon(raw["units"], raw["tens"], raw["hundreds"], raw["multipliers"], raw["vague"],
                         tuple(q.get("at_least") or ()), tuple(q.get("about") or ()), dict(raw["collectives"]))


# ---------------------------------------------------------------- sentence segmentation
@dataclass(frozen=True, slots=True)
class SegmentationLexicon:
    """Tokens before which the parser may not start a sentence (segmentation.yaml)."""
    continuing_punctuation: frozenset[str]  # ", ; : )": never open a sentence
    number_signs: frozenset[str]            # "No", "Nro": the figure after "No." does not open one


@lru_cache(maxsize=1)
def load_segmentation() -> SegmentationLexicon:
    raw = read_data_yaml("segmentation.yaml")
    lists = {}
    for key in ("continuing_punctuation", "number_signs"):
        words = raw.get(key)
        if not (isinstance(words, list) and words and all(isinstance(w, str) and w.strip() == w and w for w in words)):
            raise DataFileError(f"segmentation.yaml: '{key}' must be a non-empty list of words without spaces")
        lists[key] = frozenset(words)
    return SegmentationLexicon(lists["continuing_punctuation"], lists["number_signs"])


# ---------------------------------------------------------------- dateline and post labels

@dataclass(frozen=True)
class LabelLexicon:
    """Words that label a dateline or a post, never a party (labels.yaml)."""
    region_abbreviations: frozenset[str]  # "Gto", "Sin", "Mich": a Mexican state's, as written
    post_headings: frozenset[str]         # "urgente", "atencion": folded


@lru_cache(maxsize=1)
def load_labels() -> LabelLexicon:
    raw = read_data_yaml("labels.yaml")
    lists = {}
    for key in ("region_abbreviations", "post_headings"):
        words = raw.get(key)
        if not (isinstance(words, list) and words and all(isinstance(w, str) and w.strip() == w and w for w in words)):
            raise DataFileError(f"labels.yaml: '{key}' must be a non-empty list of words")
        lists[key] = frozenset(words)
    if any(fold(w) != w for w in lists["post_headings"]):
        raise DataFileError("labels.yaml: 'post_headings' must be folded (lower case, no accents)")
    return LabelLexicon(lists["region_abbreviations"], lists["post_headings"])
