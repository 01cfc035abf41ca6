"""Load and check the Spanish temporal vocabulary (``cronica/data/es/time.yaml``).

The file is the only place where the temporal stage learns Spanish words; this
module reads it once, checks its shape (a bad file raises ``DataFileError`` with
one clear line) and hands ``recognise.py`` a typed ``TimeLexicon``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from cronica.errors import DataFileError

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "es" / "time.yaml"

_PARTS = ("early", "mid", "late")
_UNITS = ("day", "week", "month", "year")
_LIST_KEYS = (
    "past_modifiers", "future_modifiers", "this_modifiers", "story_after_words",
    "story_before_words", "story_same_day", "story_next_day", "story_previous_day",
    "story_same_month", "story_same_year", "publication_before_words", "reporting_adverbs",
    "not_tomorrow_after", "sentence_connectors", "start_words",
    "recent_vague", "bound_words", "reporting_stems", "count_nouns", "name_prefixes",
    "weekday_false_friends", "anniversary_verbs", "anniversary_same_day", "anniversary_not_of",
    "since_comparisons", "present_moment", "other_incident_words", "dating_openers",
    "antecedent_aux", "antecedent_relatives", "antecedent_participles", "other_incident_ordinals",
    "operation_nouns",
)
_OPTIONAL_LIST_KEYS = ("relative_phrase_not_before", "state_imperfects", "state_object_determiners",
                       "antecedent_clause_participles", "retold_participles", "captivity_words", "fight_nouns",
                       "lasting_words", "lasting_units", "earlier_act_openers", "judged_account_words",
                       "after_stretch_words")


@dataclass(frozen=True, eq=False)  # hashed by identity: one compiled pattern set per lexicon
class TimeLexicon:
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    number_phrases: dict[str, int]
    day_ordinals: dict[str, int]
    units: dict[str, str]
    relative_days: dict[str, int]
    parts_of_day: dict[str, str]
    period_parts: dict[str, str]
    period_part_bounds: dict[str, dict[str, tuple[int, int]]]
    past_modifiers: tuple[str, ...]
    future_modifiers: tuple[str, ...]
    this_modifiers: tuple[str, ...]
    story_after_words: tuple[str, ...]
    story_before_words: tuple[str, ...]
    story_same_day: tuple[str, ...]
    story_next_day: tuple[str, ...]
    story_previous_day: tuple[str, ...]
    story_same_month: tuple[str, ...]
    story_same_year: tuple[str, ...]
    publication_before_words: tuple[str, ...]
    reporting_adverbs: tuple[str, ...]
    not_tomorrow_after: tuple[str, ...]
    sentence_connectors: tuple[str, ...]
    start_words: tuple[str, ...]
    recent_vague: tuple[str, ...]
    bound_words: tuple[str, ...]
    reporting_stems: tuple[str, ...]
    count_nouns: tuple[str, ...]
    name_prefixes: tuple[str, ...]
    weekday_false_friends: tuple[str, ...]
    anniversary_verbs: tuple[str, ...]
    anniversary_same_day: tuple[str, ...]
    anniversary_not_of: tuple[str, ...]
    since_comparisons: tuple[str, ...]
    present_moment: tuple[str, ...]
    year_min: int
    year_max: int
    anniversary_ordinals: dict[str, int] = field(default_factory=dict)
    other_incident_words: tuple[str, ...] = ()
    dating_openers: tuple[str, ...] = ()
    antecedent_aux: tuple[str, ...] = ()
    antecedent_relatives: tuple[str, ...] = ()
    antecedent_participles: tuple[str, ...] = ()
    other_incident_ordinals: tuple[str, ...] = ()  # "un segundo": another one of what follows
    operation_nouns: tuple[str, ...] = ()  # "operativo", "procedimiento": "otro operativo" is another incident
    # "en la fecha" (communiqués: today), unless a word tying it to another date follows
    relative_day_phrases: dict[str, int] = field(default_factory=dict)
    relative_phrase_not_before: tuple[str, ...] = ()
    # "bloqueaban la vía desde el jueves": a since-date of a lasting state in the imperfect is a bound
    state_imperfects: tuple[str, ...] = ()
    state_object_determiners: tuple[str, ...] = ()
    # "privados de la libertad el sábado": a participle opening an earlier act's clause
    antecedent_clause_participles: tuple[str, ...] = ()
    # "el homicidio ... ocurrido el 8 de marzo": an older incident's date in its reduced relative clause
    retold_participles: tuple[str, ...] = ()
    # "a un hombre que había salido de prisión hace ocho días": a relative clause in the pluperfect tells
    # an act before the trigger's, whose date is never the trigger's
    earlier_act_openers: tuple[str, ...] = ()
    # "permanecía cautivo desde hacía tres días": a captivity's start dates the kidnapping
    captivity_words: tuple[str, ...] = ()
    # "sostuvieron el sábado un combate": a verb whose object is a fight holds it, it does not report
    fight_nouns: tuple[str, ...] = ()
    # "combatieron durante dos días": an act lasting several days is dated at its month
    lasting_words: tuple[str, ...] = ()
    lasting_units: tuple[str, ...] = ()
    # "Según el fallo, ...", "los jueces dieron por probado que ...": court news telling the crime judged
    judged_account_words: tuple[str, ...] = ()
    # "En la búsqueda posterior, ...": an act in an open stretch after the incident, known to its month
    after_stretch_words: tuple[str, ...] = ()


def _fail(path: Path, msg: str) -> DataFileError:
    return DataFileError(f"{path.name}: {msg}")


def _word_map(raw: dict[str, Any], key: str, path: Path, lo: int | None = None,
              hi: int | None = None, values: tuple[str, ...] | None = None) -> dict:
    m = raw.get(key)
    if not isinstance(m, dict) or not m:
        raise _fail(path, f"'{key}' must be a non-empty mapping")
    out: dict = {}
    for word, val in m.items():
        if not isinstance(word, str) or not word.strip() or word != word.lower().strip():
            raise _fail(path, f"'{key}': key {word!r} must be a lowercase word")
        if values is not None:
            if val not in values:
                raise _fail(path, f"'{key}': {word!r} has {val!r}, expected one of {values}")
        else:
            if not isinstance(val, int) or isinstance(val, bool):
                raise _fail(path, f"'{key}': {word!r} must map to an integer")
            if (lo is not None and val < lo) or (hi is not None and val > hi):
                raise _fail(path, f"'{key}': {word!r} = {val} is outside {lo}..{hi}")
        out[word] = val
    return out


def _word_list(raw: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    v = raw.get(key)
    if not isinstance(v, list) or not v:
        raise _fail(path, f"'{key}' must be a non-empty list")
    for w in v:
        if not isinstance(w, str) or not w.strip() or w != w.lower().strip():
            raise _fail(path, f"'{key}': {w!r} must be a lowercase word or phrase")
    if len(set(v)) != len(v):
        dup = sorted({w for w in v if v.count(w) > 1})
        raise _fail(path, f"'{key}': duplicated entries {dup}")
    return tuple(v)


def parse_lexicon(raw: Any, path: Path = DATA_FILE) -> TimeLexicon:
    """Check a loaded YAML mapping and build the lexicon (raises DataFileError)."""
    if not isinstance(raw, dict):
        raise _fail(path, "top level must be a mapping")
    if raw.get("schema_version") != 1:
        raise _fail(path, f"unsupported schema_version {raw.get('schema_version')!r}")
    months = _word_map(raw, "months", path, 1, 12)
    if set(months.values()) != set(range(1, 13)):
        raise _fail(path, "'months' must name all twelve months")
    abbr = _word_map(raw, "month_abbreviations", path, 1, 12)
    if set(abbr.values()) != set(range(1, 13)):
        raise _fail(path, "'month_abbreviations' must cover all twelve months")
    weekdays = _word_map(raw, "weekdays", path, 0, 6)
    if set(weekdays.values()) != set(range(7)):
        raise _fail(path, "'weekdays' must name all seven days (0 = Monday)")
    numbers = _word_map(raw, "numbers", path, 1, 1000)
    if not set(range(1, 32)) <= set(numbers.values()):
        raise _fail(path, "'numbers' must cover 1..31")
    bounds_raw = raw.get("period_part_bounds")
    if not isinstance(bounds_raw, dict) or set(bounds_raw) != {"month", "year"}:
        raise _fail(path, "'period_part_bounds' must have 'month' and 'year'")
    bounds: dict[str, dict[str, tuple[int, int]]] = {}
    for per, hi in (("month", 31), ("year", 12)):
        b = bounds_raw[per]
        if not isinstance(b, dict) or set(b) != set(_PARTS):
            raise _fail(path, f"'period_part_bounds.{per}' must have {_PARTS}")
        bounds[per] = {}
        for part, pair in b.items():
            if (not isinstance(pair, list) or len(pair) != 2
                    or not all(isinstance(x, int) for x in pair)
                    or not 1 <= pair[0] <= pair[1] <= hi):
                raise _fail(path, f"'period_part_bounds.{per}.{part}' must be [lo, hi] in 1..{hi}")
            bounds[per][part] = (pair[0], pair[1])
    lists = {k: _word_list(raw, k, path) for k in _LIST_KEYS}
    lists.update({k: _word_list(raw, k, path) for k in _OPTIONAL_LIST_KEYS if k in raw})
    phrases = _word_map(raw, "relative_day_phrases", path, -7, 7) if "relative_day_phrases" in raw else {}
    ymin, ymax = raw.get("year_min"), raw.get("year_max")
    if not (isinstance(ymin, int) and isinstance(ymax, int) and 1000 <= ymin < ymax <= 9999):
        raise _fail(path, "'year_min'/'year_max' must be four-digit years, min < max")
    clash = set(months) & set(weekdays)
    if clash:
        raise _fail(path, f"words both month and weekday: {sorted(clash)}")
    return TimeLexicon(
        months=months,
        month_abbreviations=abbr,
        weekdays=weekdays,
        numbers=numbers,
        number_phrases=_word_map(raw, "number_phrases", path, 1, 100),
        day_ordinals=_word_map(raw, "day_ordinals", path, 1, 31),
        anniversary_ordinals=_word_map(raw, "anniversary_ordinals", path, 1, 100),
        units=_word_map(raw, "units", path, values=_UNITS),
        relative_days=_word_map(raw, "relative_days", path, -7, 7),
        relative_day_phrases=phrases,
        parts_of_day=_word_map(raw, "parts_of_day", path,
                               values=("early", "morning", "noon", "afternoon", "night", "day")),
        period_parts=_word_map(raw, "period_parts", path, values=_PARTS),
        period_part_bounds=bounds,
        year_min=ymin,
        year_max=ymax,
        **lists,
    )


def load_lexicon_file(path: Path) -> TimeLexicon:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(path, f"cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise _fail(path, f"invalid YAML ({exc.__class__.__name__})") from exc
    return parse_lexicon(raw, path)


@lru_cache(maxsize=1)
def load_lexicon() -> TimeLexicon:
    """The bundled lexicon, read once per process."""
    return load_lexicon_file(DATA_FILE)


@lru_cache(maxsize=2)
def month_words(abbreviations: bool = False) -> frozenset[str]:
    """The lexicon's month names ("setiembre" too), with its dateline abbreviations ("sep",
    "dic") when asked: the words the extraction stages test a token against."""
    lex = load_lexicon()
    return frozenset(lex.months) | (frozenset(lex.month_abbreviations) if abbreviations else frozenset())


def month_alternation() -> str:
    """A regex group of the lexicon's month names, longest first: "(?:septiembre|setiembre|...)"."""
    return "(?:" + "|".join(sorted(month_words(), key=lambda w: (-len(w), w))) + ")"


def is_date_day(tok) -> bool:
    """ "9 de mayo": a token that is the day of a date, never a figure of people."""
    doc = tok.doc
    return tok.pos_ == "NUM" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "de" \
        and doc[tok.i + 2].lower_ in month_words()


@lru_cache(maxsize=1)
def time_heads() -> frozenset[str]:
    """Nouns that head a time adjunct ("el sábado 1 de mayo", "esta madrugada", "en la fecha"),
    written with or without accents: the lexicon's weekdays and parts of the day, its singular
    word for a day, and "fecha". The parser reads people in apposition to such a phrase as its
    modifiers (counts, actors)."""
    import unicodedata

    lex = load_lexicon()
    days = {w for w, unit in lex.units.items() if unit == "day" and not w.endswith("s")}
    words = set(lex.weekdays) | set(lex.parts_of_day) | days | {"fecha"}
    bare = {"".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch)) for w in words}
    return frozenset(words | bare)
