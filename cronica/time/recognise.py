"""Find Spanish date expressions in plain text (no spaCy, no dateparser).

``find_expressions(text)`` returns ``DateExpression`` records in text order:
what was written ("el pasado domingo", "15 de noviembre de 2002", "Tres días
después") decomposed into fields, not yet resolved to a calendar date — that
needs the publication date and the story, and is ``resolve.py``'s job.

Every pattern is compiled once from ``cronica/data/es/time.yaml``. Candidates of
all patterns are collected and the longest non-overlapping ones kept. Each kept
expression gets a *role* telling the resolver whether it can date an event:

- ``event``: an ordinary date expression;
- ``report``: right after a reporting verb ("informó la tarde del lunes que ..."):
  the date of the report, used for an event only when nothing else dates it;
- ``bound``: after "desde", "hasta", "antes de"... ("desde 1980"): about something else;
- ``dateline``: the article's own dateline or byline date ("LIMA, 8 Mar. (EUROPA PRESS) -");
- ``background``: decades and centuries ("los años 80"), never an event date.

False friends are refused here: "Ene" (river) and "Mar" only count after a day
number; "Julio", "Abril", "Mayo", "Marzo" capitalised without a day or year are
names or places; "Av. 28 de Julio" is a street; "Viernes Santo" a feast; numbers
followed by a count noun ("en 1500 viviendas") are not years; hours ("5 p.m.",
"17.30 horas") are never dates on their own.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from cronica.model import Span
from cronica.text.trie import trie_alternation
from cronica.time.lexicon import TimeLexicon, load_lexicon

__all__ = ["DateExpression", "dateline_extent", "find_expressions"]

#: Kinds of expression (what the resolver needs to pin it).
KINDS = ("absolute", "partial", "relative_pub", "relative_story", "interval", "background")
ROLES = ("event", "report", "bound", "dateline", "background")
#: A name prefix this short is an abbreviation ("av", "jr") and may take its dot.
ABBREVIATION_CHARS = 3


@dataclass(frozen=True, slots=True)
class DateExpression:
    """One date expression as written, decomposed but not resolved.

    ``op`` says how to resolve it:
      ``date``            year/month/day as given (missing parts come from anchors);
      ``interval``        from year/month/day to end_year/end_month/end_day;
      ``pub_days``        publication day + n days ("ayer" n=-1);
      ``pub_weekday``     a weekday relative to publication (``direction``);
      ``pub_week``        the calendar week n weeks from publication's week;
      ``pub_weekend``     a weekend relative to publication (``direction``);
      ``pub_month`` / ``pub_year``   the month/year n from publication's;
      ``pub_ago``         "hace n <unit>";
      ``pub_day_of_month`` day ``day`` of the month n from publication's;
      ``pub_recent``      "en las últimas horas": publication month;
      ``story_offset``    anchor + n <unit> ("Tres días después" n=3);
      ``story_same``      the anchor's own day/month/year ("ese mismo día");
      ``story_weekday``   first ``weekday`` after the anchor ("el lunes siguiente");
      ``story_vague``     relative to something unknown ("días después"): unresolvable;
      ``background``      decades, centuries: unresolvable on purpose.
    """

    span: Span
    kind: str
    op: str
    role: str = "event"
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    end_year: Optional[int] = None
    end_month: Optional[int] = None
    end_day: Optional[int] = None
    n: int = 0
    unit: Optional[str] = None
    direction: Optional[str] = None  # past | past_strict | this | future | recent
    part: Optional[str] = None  # early | mid | late (of a month or year)
    approx: bool = False
    pattern: str = ""

    @property
    def future(self) -> bool:
        return self.direction == "future" or (self.op in ("pub_days", "pub_ago") and self.n > 0)


# --------------------------------------------------------------------------- helpers

_LETTER_AFTER = r"(?![^\W\d_])"
#: One-to-one lowercasing (offsets unchanged) for the copy the rules run on.
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÑÜÀÈÌÒÙ", "abcdefghijklmnopqrstuvwxyzáéíóúñüàèìòù")
#: Characters scanned before and after an anchor word (the longest lead-in without
#: an anchor is "a lo largo del " before a year).
WINDOW_BEFORE, WINDOW_AFTER = 30, 30
_LETTER_BEFORE = r"(?<![^\W\d_])"


def _alt(words) -> str:
    """Regex alternation of words/phrases, longest first, spaces as \\s+."""
    items = sorted({w for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _day(name: str) -> str:
    return (rf"(?<!\d)(?P<{name}>3[01]|[12]\d|0?[1-9]|primero)"
            r"(?:\s?(?:\.?[°º]|ro\b\.?|er\b\.?))?(?!\d)")


_TIME = (r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|horas|hrs?\.?|h\b)"
         r"|\d{1,2}[:.]\d{2})")


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern
    build: Callable[["_Ctx", re.Match], Optional[dict]]
    # Anchor categories a match must contain: one of each group (see _Patterns.anchor).
    needs: tuple[frozenset, ...] = ()


#: Which anchor categories each rule's matches necessarily contain.
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "numeric": (("digit",),), "iso": (("digit",),),
    "interval_days": (("digit",), ("month",)), "interval_months": (("month",),),
    "interval_years": (("digit",),), "day_month": (("month",),), "month_day": (("month",), ("digit",)), "day_abbr": (("abbr",),),
    "month_year": (("month",), ("digit",)), "part_year": (("part",), ("digit",)),
    "month_only": (("month",),), "year": (("digit",),), "decade": (("decade",),),
    "day_only": (("digit",),), "el_n": (("digit",),), "day_of_rel_month": (("digit",), ("period",)),
    "rel_day": (("rel",),), "manana": (("rel",),), "this_part": (("pod",),),
    "weekday": (("wd",),), "hace": (("hace",),), "since_ago": (("hacia",), ("unit",)), "period": (("period",),),
    "recent": (("recent",),), "story_offset": (("unit",),), "story_vague": (("unit", "vague"),),
    "story_fixed": (("story",),), "present": (("present",),), "post_stamp": (("digit",),),
}


@dataclass(frozen=True)
class _Ctx:
    text: str
    lex: TimeLexicon
    pats: "_Patterns"


class _Patterns:
    """All compiled patterns for one lexicon."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lex = lex
        I = re.IGNORECASE
        MO = _alt(lex.months)
        MA = _alt(lex.month_abbreviations)
        WD = _alt(lex.weekdays)
        NW = _alt(list(lex.numbers) + list(lex.number_phrases))
        UN = _alt(lex.units)
        PARTS = _alt(lex.period_parts)
        PAST = _alt(lex.past_modifiers)
        FUT = _alt(lex.future_modifiers)
        AFTER = _alt(lex.story_after_words)
        BEFORE = _alt(lex.story_before_words + lex.publication_before_words)
        POD = _alt(lex.parts_of_day)
        # "de de 2002": a doubled preposition is a common typo
        YEAR_SEP = r"(?:\s*(?:de\s+de|de|del|,)\s*(?:(?:año|ano)\s+)?|\s+)"
        YR = r"(?P<y>\d{4})(?![\d])"
        # "del año pasado", "de este año", "del presente año"
        REL_YEAR = (r"\s+(?:de|del)\s+(?P<ry>(?:este|presente|mismo|ese|aquel)\s+año"
                    r"|año\s+(?:pasado|anterior|en\s+curso))" + _LETTER_AFTER)
        ART_PART = r"(?:(?:a|en|durante)\s+)?(?:(?:los|las|la|el)\s+)?"
        self.rules: list[_Rule] = []

        def add(name, pattern, build):
            # Rules run on a lowercased copy of the text (same offsets), without
            # IGNORECASE, which is much faster. Every expression starts at a word
            # start ("al" inside "hospital" is no article).
            needs = tuple(frozenset(g) for g in _NEEDS[name])
            self.rules.append(_Rule(name, re.compile(_LETTER_BEFORE + "(?:" + pattern + ")"), build, needs))

        add("numeric", r"(?<![\w/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)"
            r"(?P<y>\d{4}|\d{2})(?![\w/\-]|[.,]\d)", _b_numeric)
        add("iso", r"(?<![\w/.\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/\-]|[.,]\d)", _b_numeric)
        add("interval_days",
            r"(?:entre\s+(?:el|los\s+d[ií]as)|del|desde\s+el)\s+(?:d[ií]a\s+)?" + _day("d1")
            + rf"(?:\s+de\s+(?P<mo1>{MO}))?\s+(?:y|al|a|hasta)\s+(?:el\s+)?(?:d[ií]a\s+)?"
            + _day("d2") + rf"\s+de\s+(?P<mo2>{MO}){_LETTER_AFTER}"
            + rf"(?:{YEAR_SEP}{YR})?", _b_interval_days)
        add("interval_months",
            rf"entre\s+(?P<mo1>{MO})(?:\s+(?:de|del)\s+(?P<y1>\d{{4}}))?\s+y\s+(?P<mo2>{MO})"
            rf"(?:\s+(?:de|del)\s+(?P<y2>\d{{4}}))?{_LETTER_AFTER}", _b_interval_months)
        add("interval_years",
            r"(?:entre\s+(?:el\s+)?(?:(?:año|años)\s+)?(?P<y1>\d{4})\s+y\s+(?:el\s+)?"
            r"|(?:de|desde)\s+(?P<y1b>\d{4})\s+(?:a|al|hasta)\s+(?:el\s+)?)(?P<y2>\d{4})(?!\d)",
            _b_interval_years)
        add("day_month",
            r"(?:(?P<art>el|del|al|este|para\s+el)\s+)?(?:(?P<pre>" + PAST + r")\s+)?"
            rf"(?:(?P<wd>{WD})\s*,?\s+)?(?:d[ií]a\s+)?" + _day("d")
            + rf"\s+de\s+(?P<mo>{MO}){_LETTER_AFTER}"
            + rf"(?:\s+(?P<post>{PAST}|{FUT}){_LETTER_AFTER})?"
            + rf"(?:{YEAR_SEP}{YR}|{REL_YEAR})?", _b_day_month)
        # "Marzo 14/2019", "marzo 14 de 2019", "Marzo 14, 2019": the month first, as bulletins
        # and some Latin-American outlets write it (a year is required)
        add("month_day", rf"(?P<mo>{MO})\s+" + r"(?P<d>\d{1,2})(?:\s*(?:/|,|\.|-)\s*|\s+(?:de|del)\s+)"
            + r"(?P<y>\d{4})(?![\d/\-]|[.,]\d)", _b_month_day)
        add("day_abbr", r"(?<![\w.])" + _day("d") + rf"\s+(?:de\s+)?(?P<ma>{MA}){_LETTER_AFTER}\.?"
            r"(?:\s*(?:de\s+)?(?P<y>\d{4})(?!\d))?", _b_day_abbr)
        add("month_year",
            rf"(?:{ART_PART}(?P<part>{PARTS})\s+(?:de|del)\s+)?(?:(?:el\s+)?(?:{PAST}\s+)?mes\s+de\s+)?"
            rf"(?P<mo>{MO})(?:\s+(?:de|del)\s+(?:(?:año|ano)\s+)?|,\s*|\s+){YR}", _b_month_year)
        add("part_year",
            rf"{ART_PART}(?P<part>{PARTS})\s+(?:de|del)\s+(?:(?:año|ano)\s+)?{YR}", _b_part_year)
        add("month_only",
            rf"(?:{ART_PART}(?P<part>{PARTS})\s+(?:de|del)\s+(?:(?:el\s+)?mes\s+de\s+)?"
            r"|(?P<prep>en|durante|desde|hasta|para|a\s+partir\s+de|antes\s+de|despu[eé]s\s+de)\s+"
            rf"(?:el\s+(?:(?P<pre>{PAST})\s+)?mes\s+de\s+)?"
            rf"|(?:el\s+)?(?:(?P<pre2>{PAST})\s+)?mes\s+de\s+"
            rf"|(?:el\s+)?(?P<pre3>{PAST})\s+)"
            rf"(?P<mo>{MO}){_LETTER_AFTER}(?:\s+(?P<post>{PAST}|{FUT}){_LETTER_AFTER})?(?:{REL_YEAR})?",
            _b_month_only)
        add("year",
            r"(?:(?P<prep>en|durante|desde|hasta|hacia|para|a\s+partir\s+del?|antes\s+del?"
            r"|despu[eé]s\s+del?|a\s+lo\s+largo\s+del?)\s+(?:el\s+)?(?:(?:año|ano)\s+)?"
            r"|(?:el|del)\s+(?:año|ano)\s+)(?P<y>\d{4})(?![\d]|[.,]\d|\s*%)", _b_year)
        add("decade",
            r"(?:(?:la|las)\s+)?d[eé]cadas?\s+(?:de|del)\s+(?:los\s+)?"
            r"(?:(?:19|20)?\d0|sesenta|setenta|ochenta|noventa)(?:\s+y\s+(?:(?:19|20)?\d0|ochenta|noventa))?"
            r"(?![\d])"
            r"|(?:los\s+)?años\s+(?:(?:19)?[2-9]0|veinte|treinta|cuarenta|cincuenta|sesenta|setenta"
            r"|ochenta|noventa)(?![\d\w])"
            r"|(?:el\s+)?siglo\s+(?:[xvi]+|\d{1,2})(?![\w])", _b_background)
        add("day_only",
            r"(?:(?P<art>el|del|al|para\s+el)\s+)(?:(?P<pre>" + PAST + r")\s+)?d[ií]a\s+" + _day("d")
            + r"(?!\s*(?:de|del)\s)", _b_day_only)
        add("el_n", r"\b(?P<art>el)\s+(?:(?P<pre>pasado)\s+)?" + _day("d") + r"\s*,", _b_el_n)
        add("day_of_rel_month",
            r"(?:el|del)\s+(?:d[ií]a\s+)?" + _day("d") + r"\s+(?:de|del)\s+"
            r"(?:(?P<this>este|presente|corriente|mismo)\s+mes|mes\s+(?P<rel>pasado|anterior|en\s+curso"
            r"|pr[oó]ximo|siguiente))" + _LETTER_AFTER, _b_day_of_rel_month)
        rel_days = {k: v for k, v in lex.relative_days.items() if k != "mañana"} | lex.relative_day_phrases
        add("rel_day", _LETTER_BEFORE + rf"(?P<w>{_alt(rel_days)}){_LETTER_AFTER}", _b_rel_day)
        if "mañana" in lex.relative_days:
            add("manana", _LETTER_BEFORE + r"(?P<w>mañana)" + _LETTER_AFTER, _b_manana)
        add("this_part", rf"(?P<w>esta|este)\s+(?P<p>{POD}){_LETTER_AFTER}(?!\s+(?:del?|siguiente)\b)",
            _b_this_part)
        add("weekday",
            r"(?:(?P<art>el|este|esta|del|al|para\s+el|desde\s+el|hasta\s+el)\s+)?"
            rf"(?:(?P<pre>{PAST}|{FUT})\s+)?(?P<wd>{WD}){_LETTER_AFTER}"
            rf"(?:\s+(?P<post>de\s+la\s+semana\s+(?:pasada|anterior|que\s+viene|pr[oó]xima)"
            rf"|de\s+esta\s+semana|de\s+la\s+pr[oó]xima\s+semana|siguiente|{PAST}|{FUT}){_LETTER_AFTER}"
            r"|\s+" + _day("d") + r"(?!\s*(?:de|del)\s|\s*[°º%]|[.,:/]\d))?",
            _b_weekday)
        add("hace",
            r"hace\s+(?:(?:ya|exactamente|justo|justamente)\s+)?(?:(?P<approx>m[aá]s\s+de|menos\s+de|cerca\s+de|casi|como(?:\s+un[oa]s)?|unos|unas|alrededor\s+de"
            rf"|aproximadamente|apenas|solo|sólo)\s+)?(?P<n>\d{{1,3}}|{NW})\s+"
            rf"(?P<u>{UN}|horas?|minutos?|min|d[eé]cadas?|siglos?){_LETTER_AFTER}", _b_hace)  # ("20 min")
        # "permanecía cautivo desde hacía tres días": counted back from the story's day
        add("since_ago",
            r"desde\s+hac[ií]a\s+(?:(?P<approx>m[aá]s\s+de|cerca\s+de|casi|unos|unas|alrededor\s+de)\s+)?"
            rf"(?P<n>\d{{1,3}}|{NW})\s+(?P<u>{UN}){_LETTER_AFTER}", _b_since_ago)
        add("period",
            rf"(?:(?:a\s+)?(?P<part>{PARTS})\s+(?:de|del)\s+)?"
            r"(?:(?P<art>el|la|este|esta|en\s+el|en\s+la|durante\s+el|durante\s+la|del|de\s+la|al|a\s+la)\s+)?"
            rf"(?:(?P<pre>{PAST}|{FUT})\s+)?"
            r"(?P<per>fin(?:es)?\s+de\s+semana|semana|mes|año)" + _LETTER_AFTER
            + rf"(?:\s+(?P<post>{PAST}|{FUT}|en\s+curso|siguiente){_LETTER_AFTER})?", _b_period)
        add("recent", _LETTER_BEFORE + rf"(?P<w>{_alt(lex.recent_vague)}){_LETTER_AFTER}", _b_recent)
        add("present", _LETTER_BEFORE + rf"(?P<w>{_alt(lex.present_moment)}){_LETTER_AFTER}", _b_present)
        # a live post's clock stamp opening its line ("14:20 hrs: reportan ...", "17:40 | La Policía ...")
        # ... or by its a. m. / p. m. before the line's first word ("4:35 p. m. Reportan que ...")
        add("post_stamp", r"(?<![\d:.])(?P<t>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[^\S\n]*(?:hrs?|h)\b\.?"
            r"|[^\S\n]*(?P<ampm>[ap]\.?[^\S\n]?m\b\.?))?)"
            r"[^\S\n]*(?:\||:(?![\d/])|(?(ampm)(?=[^\W\d_])|(?!)))", _b_post_stamp)
        add("story_offset",
            r"(?:(?P<lead>al\s+cabo\s+de|a\s+los|a\s+las)\s+)?"
            rf"(?:(?P<approx>unos|unas|cerca\s+de|casi|apenas|solo|sólo)\s+)?(?P<n>\d{{1,3}}|{NW})\s+"
            rf"(?P<u>{UN}){_LETTER_AFTER}(?:\s+(?P<dir>{AFTER}|{BEFORE}){_LETTER_AFTER})?"
            r"(?P<rel>\s+(?:de|del)\b)?", _b_story_offset)
        add("story_vague",
            r"(?:(?:pocos|unos|algunos|varios|pocas|unas|algunas)\s+)?(?:d[ií]as|semanas|meses|años|tiempo|poco"
            r"|horas|minutos|momentos|instantes)\s+"
            rf"(?:{AFTER}|{BEFORE}){_LETTER_AFTER}|a\s+los\s+pocos\s+d[ií]as", _b_story_vague)
        add("story_fixed",
            _LETTER_BEFORE + rf"(?P<w>{_alt(lex.story_same_day + lex.story_next_day + lex.story_previous_day + lex.story_same_month + lex.story_same_year)})"
            + _LETTER_AFTER, _b_story_fixed)

        # Every expression holds a digit or one of these words ("anchors"): rules
        # only scan windows around anchors, and only when the window holds the
        # anchor categories the rule needs.
        cats: dict[str, set[str]] = {}

        def cat(name: str, words) -> None:
            for phrase in words:
                for w in phrase.lower().split():
                    if len(w) > 2 or name in ("digit", "abbr"):
                        cats.setdefault(w, set()).add(name)

        cat("digit", lex.day_ordinals)
        cat("month", lex.months)
        cat("abbr", lex.month_abbreviations)
        cat("wd", lex.weekdays)
        cat("num", list(lex.numbers) + list(lex.number_phrases))
        cat("rel", list(lex.relative_days) + list(lex.relative_day_phrases))
        cat("pod", lex.parts_of_day)
        cat("unit", lex.units)
        cat("part", lex.period_parts)
        cat("hace", ["hace"])
        cat("hacia", ["hacía", "hacia"])
        cat("period", ["semana", "mes", "año", "ano", "fin"])
        cat("decade", ["década", "décadas", "decada", "decadas", "años", "siglo"])
        cat("recent", lex.recent_vague)
        cat("present", lex.present_moment)
        cat("story", lex.story_same_day + lex.story_next_day + lex.story_previous_day
            + lex.story_same_month + lex.story_same_year)
        cat("vague", ["tiempo", "poco", "pocos", "horas", "minutos", "momentos", "instantes"])
        cat("unit", lex.publication_before_words)
        self.anchor_cats = {w: frozenset(c) for w, c in cats.items()}
        # (the words as a trie: the same matches as ``_alt(cats)``, a few tests per character
        # of the whole text instead of one per word)
        self.anchor = re.compile(r"\d|" + _LETTER_BEFORE + "(?:" + trie_alternation(set(cats)) + ")" + _LETTER_AFTER)

        # Context patterns (used on the ORIGINAL text around a candidate).
        # An hour or part of day joined to the expression by "de"/"del"; the
        # connector may already open the expression ("la tarde" + "del lunes").
        self.time_prefix = re.compile(
            r"(?:(?:las?|los)\s+)?" + _TIME + r"\s+(?P<c1>(?:del?|de\s+la)\s+)?$"
            + rf"|(?:la\s+|esta\s+)?{POD}\s+(?P<c2>(?:del?|de\s+(?:este|esta))\s+)?$", I)
        self.bound_start = re.compile(rf"{_alt(lex.bound_words)}\s", I)
        self.time_suffix = re.compile(
            rf"(?:,?\s*(?:(?:por|en|durante)\s+la\s+{POD}|al\s+mediod[ií]a"
            r"|(?:a|hacia|cerca\s+de)\s+las?\s+" + _TIME + r"|\(" + _TIME + r"[^)]{0,20}\)))", I)
        self.bound_before = re.compile(rf"(?<![^\W\d_]){_alt(lex.bound_words)}\s*$", I)
        self.start_before = re.compile(rf"(?<![^\W\d_]){_alt(lex.start_words)}\s*$", I)
        self.start_start = re.compile(rf"{_alt(lex.start_words)}\s", I)
        # "bloqueaban la vía desde", "mantenían un paro desde": the imperfect of a verb holding a
        # blockade or strike, alone or with a short object
        word = r"[^\W\d_]+"
        self.state_before = re.compile(
            rf"(?<![^\W\d_])(?:{_alt(lex.state_imperfects) if lex.state_imperfects else '(?!)'})"
            rf"(?:\s+(?:{_alt(lex.state_object_determiners)})\s+{word}(?:\s+de\s+{word})?)?"
            rf"\s+(?:{_alt(lex.start_words)})\s*$", I)
        self.report_before = re.compile(
            rf"(?<![^\W\d_])(?:{_alt(lex.reporting_stems)})[^\W\d_]*"
            rf"(?:\s+{_alt(lex.reporting_adverbs)})?[^\S\n]*,?[^\S\n]*\Z", I)  # not across a line:
        # "incidentes reportados\n08/09/2013. ..." heads the next report, it is not the reporting date
        # a fight as the object of the verb before a date ("sostuvieron el sábado un combate", "los
        # combates que sostuvieron el domingo"): that verb holds the fight, it does not report it
        FIGHT = _alt(lex.fight_nouns) if lex.fight_nouns else "(?!)"
        self.fight_after = re.compile(
            rf"\s*,?\s*(?:(?:un|una|unos|unas|el|la|los|las)\s+)?(?:[^\W\d_]+\s+)?(?:{FIGHT}){_LETTER_AFTER}", I)
        self.fight_before = re.compile(
            rf"(?<![^\W\d_])(?:{FIGHT})\s+que\s+[^\W\d_]+(?:\s+{_alt(lex.reporting_adverbs)})?\s*$", I)
        self.word_before = re.compile(r"([^\W\d_]+)\.?\s*$")
        self.word_after = re.compile(r"\s*([^\W\d_]+)")
        self.count_after = re.compile(rf"\s*(?:{_alt(lex.count_nouns)}){_LETTER_AFTER}", I)
        # (an abbreviation takes its dot, "Av. 28 de Julio"; after a whole word a dot ends the
        # sentence: "... del distrito. El 7 de noviembre" is a date; not across a line either)
        abbreviations = [w for w in lex.name_prefixes if len(w) <= ABBREVIATION_CHARS]
        self.name_prefix = re.compile(rf"(?<![^\W\d_])(?:(?:{_alt(lex.name_prefixes)})"
                                      rf"|(?:{_alt(abbreviations)})\.)[^\S\n]*\Z", I)
        self.weekday_ff = re.compile(rf"\s+(?:{_alt(lex.weekday_false_friends)}){_LETTER_AFTER}", I)
        city = (r"[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:de|del|la|las|los|el|[A-ZÁÉÍÓÚÑ][\w.'’-]*)){0,4}"
                r"(?:\s*\([^()\n]{2,30}\))?"  # "Ayacucho (Perú)"
                # "MORELIA, Mich.,", "ESCUINTLA, Guatemala,": the state or country after the city
                r"(?:\s*,\s*[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,2}(?=\s*,))?")
        agency = r"(?:\((?:[^()\n]{2,40})\)\s*)?"
        # A line holding only a date (byline), or "CITY, date (AGENCY) -" alone on its line.
        self.dateline_line = re.compile(
            rf"^\s*(?:{city}\s*,\s*)?(?P<date>[^()\n]{{3,40}}?)\s*{agency}[-–—.:]*\s*$")
        # "Lima, 3 ene (EFE).- El Ejército...": a dateline opening a paragraph.
        self.dateline_inline = re.compile(
            rf"^\s*{city}\s*,\s*(?P<date>[^()\n]{{3,40}}?)\s*"
            r"(?:\([^()\n]{2,40}\)\s*[-–—.:]+|\.?\s*[-–—]+|:)")
        self.dateline_bare = re.compile(
            r"^\s*(?:(?:publicado|actualizado|fecha)(?:\s+el)?\s*:?\s*)?"
            rf"(?P<date>[^()\n]{{3,40}}?)\s*{agency}[-–—.:]*\s*$", re.IGNORECASE)
        self.numbers = lex.numbers
        self.pub_before_words = set(lex.publication_before_words)
        self.number_phrases = {_norm(k): v for k, v in lex.number_phrases.items()}


@lru_cache(maxsize=4)
def _patterns_for(lex: TimeLexicon) -> _Patterns:
    return _Patterns(lex)


# --------------------------------------------------------------------------- builders
# Each returns the fields of a DateExpression (without span/role) or None to refuse.


def _num(ctx: _Ctx, s: Optional[str]) -> Optional[int]:
    if s is None:
        return None
    s = _norm(s)
    if s.isdigit():
        return int(s)
    if s in ctx.pats.number_phrases:
        return ctx.pats.number_phrases[s]
    return ctx.lex.numbers.get(s)


def _dayval(ctx: _Ctx, s: Optional[str]) -> Optional[int]:
    if s is None:
        return None
    s = s.lower()
    if s in ctx.lex.day_ordinals:
        return ctx.lex.day_ordinals[s]
    return int(s) if s.isdigit() else None


def _month(ctx: _Ctx, s: Optional[str]) -> Optional[int]:
    if s is None:
        return None
    return ctx.lex.months.get(s.lower()) or ctx.lex.month_abbreviations.get(s.lower().rstrip("."))


def _year_ok(ctx: _Ctx, y: Optional[int]) -> bool:
    return y is None or ctx.lex.year_min <= y <= ctx.lex.year_max


def _valid_dm(d: Optional[int], m: Optional[int]) -> bool:
    if d is None or m is None:
        return True
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def _direction(ctx: _Ctx, word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    w = _norm(word)
    if w in ctx.lex.past_modifiers:
        return "past_strict"
    if w in ctx.lex.future_modifiers:
        return "future"
    return None


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c in " \t\u00a0":
            i -= 1
            continue
        if c == "]":  # citation marks "[46] El día 12"
            j = text.rfind("[", 0, i)
            if j >= 0 and i - j <= 20:
                i = j - 1
                continue
        return c in "\n.!?:;\"'«»“”¿¡-–—"
    return True


def _rel_year(ry: Optional[str]) -> Optional[int]:
    """Year offset from publication of "de este año" (0), "del año pasado" (-1); None otherwise."""
    if not ry:
        return None
    w = _norm(ry)
    if w.startswith(("este", "presente")) or w.endswith("en curso"):
        return 0
    if w.endswith("pasado"):
        return -1
    return None  # "del mismo año", "del año anterior": the story's year, as a partial date


def _same_year(ry: Optional[str]) -> bool:
    """ "del mismo año", "de ese año", "de aquel año": the year the story just named."""
    return bool(ry) and _norm(ry).split()[0] in ("mismo", "ese", "aquel")


def _upper_at(ctx: _Ctx, m: re.Match, group: str) -> bool:
    """Is the group capitalised in the ORIGINAL text (patterns run on a lowercased copy)?"""
    return ctx.text[m.start(group)].isupper()


def _b_numeric(ctx, m):
    d, mo, ys = int(m["d"]), int(m["m"]), m["y"]
    y = int(ys)
    if len(ys) == 2:
        y += 2000 if y <= 50 else 1900
    if not _valid_dm(d, mo) or not _year_ok(ctx, y):
        return None
    return dict(kind="absolute", op="date", year=y, month=mo, day=d)


def _b_interval_days(ctx, m):
    d1, d2 = _dayval(ctx, m["d1"]), _dayval(ctx, m["d2"])
    mo2 = _month(ctx, m["mo2"])
    mo1 = _month(ctx, m["mo1"]) or mo2
    y = int(m["y"]) if m["y"] else None
    if not (_valid_dm(d1, mo1) and _valid_dm(d2, mo2)) or not _year_ok(ctx, y):
        return None
    if mo1 == mo2 and d2 < d1:
        return None
    return dict(kind="interval", op="interval", year=y, month=mo1, day=d1,
                end_year=y, end_month=mo2, end_day=d2)


def _b_interval_months(ctx, m):
    mo1, mo2 = _month(ctx, m["mo1"]), _month(ctx, m["mo2"])
    if _upper_at(ctx, m, "mo1") or _upper_at(ctx, m, "mo2"):
        return None
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else y2
    if not (_year_ok(ctx, y1) and _year_ok(ctx, y2)):
        return None
    return dict(kind="interval", op="interval", year=y1, month=mo1, end_year=y2, end_month=mo2)


def _b_interval_years(ctx, m):
    y1 = int(m["y1"] or m["y1b"])
    y2 = int(m["y2"])
    if not (_year_ok(ctx, y1) and _year_ok(ctx, y2)) or y2 < y1:
        return None
    if ctx.pats.count_after.match(ctx.text, m.end()):
        return None
    return dict(kind="interval", op="interval", year=y1, end_year=y2)


def _b_day_month(ctx, m):
    d, mo = _dayval(ctx, m["d"]), _month(ctx, m["mo"])
    y = int(m["y"]) if m["y"] else None
    if not _valid_dm(d, mo) or not _year_ok(ctx, y):
        return None
    if m["d"].lower() == "primero" and _upper_at(ctx, m, "mo"):
        return None  # "Primero de Mayo" as a name
    start = m.start("art") if m["art"] else m.start()
    if ctx.pats.name_prefix.search(ctx.text, max(0, start - 30), start):
        return None  # "Av. 28 de Julio"
    wd = ctx.lex.weekdays.get(m["wd"].lower()) if m["wd"] else None
    direction = _direction(ctx, m["pre"]) or _direction(ctx, m["post"])
    ry = _rel_year(m["ry"])
    if ry is not None:
        return dict(kind="relative_pub", op="pub_dm", month=mo, day=d, weekday=wd, n=ry)
    if y is None and m["y"] is None:
        if _same_year(m["ry"]):
            direction = "same_year"
        return dict(kind="partial", op="date", month=mo, day=d, weekday=wd, direction=direction)
    return dict(kind="absolute", op="date", year=y, month=mo, day=d, weekday=wd)


def _b_month_day(ctx, m):
    d, mo, y = int(m["d"]), _month(ctx, m["mo"]), int(m["y"])
    if not _valid_dm(d, mo) or not _year_ok(ctx, y):
        return None
    return dict(kind="absolute", op="date", year=y, month=mo, day=d)


def _b_day_abbr(ctx, m):
    d, mo = _dayval(ctx, m["d"]), _month(ctx, m["ma"])
    y = int(m["y"]) if m["y"] else None
    if not _valid_dm(d, mo) or not _year_ok(ctx, y):
        return None
    tail = ctx.text[m.end("ma"):m.end("ma") + 1]
    if m["ma"].lower() in ("mar", "set") and tail != "." and m["y"] is None:
        # "8 mar" needs its dot unless a year follows ("mar" is also the sea)
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start > 40:
            return None
    kind = "absolute" if y else "partial"
    return dict(kind=kind, op="date", year=y, month=mo, day=d)


def _b_month_year(ctx, m):
    y = int(m["y"])
    if not _year_ok(ctx, y):
        return None
    if ctx.pats.count_after.match(ctx.text, m.end()):
        return None
    part = ctx.lex.period_parts.get(_norm(m["part"])) if m["part"] else None
    return dict(kind="absolute", op="date", year=y, month=_month(ctx, m["mo"]), part=part)


def _b_part_year(ctx, m):
    y = int(m["y"])
    if not _year_ok(ctx, y) or ctx.pats.count_after.match(ctx.text, m.end()):
        return None
    return dict(kind="absolute", op="date", year=y, part=ctx.lex.period_parts[_norm(m["part"])])


def _b_month_only(ctx, m):
    if _upper_at(ctx, m, "mo"):
        return None  # "en Mayo": a place or a name; months are written lowercase
    part = ctx.lex.period_parts.get(_norm(m["part"])) if m["part"] else None
    direction = (_direction(ctx, m["pre"]) or _direction(ctx, m["pre2"])
                 or _direction(ctx, m["pre3"]) or _direction(ctx, m["post"]))
    ry = _rel_year(m["ry"])
    if ry is not None:
        return dict(kind="relative_pub", op="pub_dm", month=_month(ctx, m["mo"]), part=part, n=ry)
    if _same_year(m["ry"]):
        direction = "same_year"
    return dict(kind="partial", op="date", month=_month(ctx, m["mo"]), part=part, direction=direction)


def _b_year(ctx, m):
    y = int(m["y"])
    if not _year_ok(ctx, y):
        return None
    if ctx.pats.count_after.match(ctx.text, m.end()):
        return None  # "en 1500 viviendas"
    return dict(kind="absolute", op="date", year=y)


def _b_background(ctx, m):
    return dict(kind="background", op="background")


def _b_day_only(ctx, m):
    d = _dayval(ctx, m["d"])
    return dict(kind="partial", op="date", day=d, direction=_direction(ctx, m["pre"]))


def _b_el_n(ctx, m):
    if not _at_sentence_start(ctx.text, m.start()):
        return None
    d = _dayval(ctx, m["d"])
    return dict(kind="partial", op="date", day=d, direction=_direction(ctx, m["pre"]))


def _b_day_of_rel_month(ctx, m):
    d = _dayval(ctx, m["d"])
    if m["this"]:
        if m["this"].lower() == "mismo":
            return dict(kind="partial", op="date", day=d)
        n = 0
    else:
        rel = _norm(m["rel"])
        if rel == "en curso":
            n = 0
        elif rel in ("pasado", "anterior"):
            n = -1
        else:
            n = 1
    return dict(kind="relative_pub", op="pub_day_of_month", day=d, n=n)


def _b_rel_day(ctx, m):
    w = _norm(m["w"])
    if w in ctx.lex.relative_day_phrases:
        wa = ctx.pats.word_after.match(ctx.text, m.end())
        if wa and wa.group(1).lower() in ctx.lex.relative_phrase_not_before:
            return None  # "en la fecha del atentado", "en la fecha referida": another date
        return dict(kind="relative_pub", op="pub_days", n=ctx.lex.relative_day_phrases[w], unit="day")
    n = ctx.lex.relative_days[w]
    return dict(kind="relative_pub", op="pub_days", n=n, unit="day")


def _b_manana(ctx, m):
    wb = ctx.pats.word_before.search(ctx.text, max(0, m.start() - 20), m.start())
    if wb and wb.group(1).lower() in ctx.lex.not_tomorrow_after:
        return None
    wa = ctx.pats.word_after.match(ctx.text, m.end())
    if wa and wa.group(1).lower() in ("del", "de", "siguiente"):
        return None
    return dict(kind="relative_pub", op="pub_days", n=1, unit="day", direction="future")


def _b_this_part(ctx, m):
    return dict(kind="relative_pub", op="pub_days", n=0, unit="day")


def _b_weekday(ctx, m):
    wdw = m["wd"]
    if not (m["art"] or m["pre"]):
        return None  # a bare weekday is a heading or a name, not a date
    if ctx.pats.weekday_ff.match(ctx.text, m.end("wd")):
        return None  # "Viernes Santo"
    if _upper_at(ctx, m, "wd") and not _at_sentence_start(ctx.text, m.start()):
        wa = ctx.pats.word_after.match(ctx.text, m.end())
        if wa and wa.group(1)[0].isupper():
            return None  # "Domingo Savio"
    wd = ctx.lex.weekdays[wdw.lower()]
    post = _norm(m["post"]) if m["post"] else ""
    art = _norm(m["art"]) if m["art"] else ""
    if post == "siguiente":
        return dict(kind="relative_story", op="story_weekday", weekday=wd)
    if post.startswith("de la semana pasada") or post.startswith("de la semana anterior"):
        return dict(kind="relative_pub", op="pub_weekday", weekday=wd, direction="last_week")
    if post.startswith("de la semana que viene") or "pr" in post and "semana" in post:
        return dict(kind="relative_pub", op="pub_weekday", weekday=wd, direction="next_week")
    if post == "de esta semana":
        return dict(kind="relative_pub", op="pub_weekday", weekday=wd, direction="this_week")
    direction = _direction(ctx, m["pre"]) or _direction(ctx, m["post"])
    if direction is None:
        direction = "this" if art in ("este", "esta") else "past"
    day = _dayval(ctx, m["d"]) if m["d"] else None  # "el domingo 19"
    if day is not None and ctx.pats.count_after.match(ctx.text, m.end("d")):
        # "el lunes 3 personas murieron": a count, not a day (a number that is not
        # a day near publication is ignored by the resolver anyway)
        return dict(kind="relative_pub", op="pub_weekday", weekday=wd, direction=direction,
                        _end=m.end("wd"))
    return dict(kind="relative_pub", op="pub_weekday", weekday=wd, direction=direction, day=day)


def _b_hace(ctx, m):
    n = _num(ctx, m["n"])
    if n is None:
        return None
    u = m["u"].lower()
    approx = bool(m["approx"])
    if u.startswith(("déc", "dec", "sig")):
        return dict(kind="background", op="background")
    if u.startswith(("hora", "min")):
        days = n // 24 if u.startswith("hora") else 0
        # "hace como una hora", "hace unos 20 minutos": about, but the same day all the same
        return dict(kind="relative_pub", op="pub_days", n=-days, unit="day", approx=approx and days > 0)
    unit = ctx.lex.units[u]
    return dict(kind="relative_pub", op="pub_ago", n=-n, unit=unit, approx=approx)


def _b_since_ago(ctx, m):
    """"Permanecía cautivo desde hacía tres días": a captivity that began N days (weeks, months)
    before the story's day, which dates the kidnapping (corpus train e-066, n-031); a blockade or an
    extortion held "desde hacía nueve días" is the background of what the story tells: a bound."""
    n = _num(ctx, m["n"])
    if n is None or n == 0:
        return None
    words = ctx.text[max(0, m.start() - 40):m.start()].lower().split()
    captive = bool(words) and words[-1].strip(",;:") in ctx.lex.captivity_words
    return dict(kind="relative_story", op="story_offset", n=-n, unit=ctx.lex.units[m["u"].lower()],
                approx=bool(m["approx"]), role="event" if captive else "bound")


def _b_period(ctx, m):
    per = _norm(m["per"])
    art = _norm(m["art"]) if m["art"] else ""
    pre = _norm(m["pre"]) if m["pre"] else ""
    post = _norm(m["post"]) if m["post"] else ""
    part = ctx.lex.period_parts.get(_norm(m["part"])) if m["part"] else None
    this = art in ("este", "esta") or post == "en curso"
    mods = {pre, post} - {""}
    if per.startswith("fin"):
        if per.startswith("fines"):
            return None  # "los fines de semana": habitual
        if mods & {"siguiente"}:
            return dict(kind="relative_story", op="story_offset", n=1, unit="weekend")
        if mods & {"anterior"}:
            return dict(kind="relative_story", op="story_offset", n=-1, unit="weekend",
                        direction="or_pub")
        d = None
        for w in mods:
            d = d or _direction(ctx, w)
        if d is None:
            d = "this" if this else ("past" if art else None)
        if d is None:
            return None
        return dict(kind="relative_pub", op="pub_weekend", direction=d)
    if ctx.pats.weekday_ff.match(ctx.text, m.end("per")):
        return None  # "esta Semana Santa": a feast
    unit = {"semana": "week", "mes": "month", "año": "year"}[per]
    if "siguiente" in mods:
        return dict(kind="relative_story", op="story_offset", n=1, unit=unit, part=part)
    if "anterior" in mods:
        # "el año anterior": before the story's date; without one, before publication
        return dict(kind="relative_story", op="story_offset", n=-1, unit=unit, part=part,
                    direction="or_pub")
    if this:
        n = 0
    elif mods & {"último", "última", "ultimo", "ultima"}:
        if unit != "week" or part:
            return None  # "el último año": a span of time, not a date
        return dict(kind="relative_pub", op="pub_ago", n=-1, unit="lastweek")
    elif any(_direction(ctx, w) == "past_strict" for w in mods):
        n = -1
    elif any(_direction(ctx, w) == "future" for w in mods):
        n = 1
    elif _part_of_bare_period(m, part, unit):
        n = 0  # "a inicios de mes", "a finales de año": the current month or year
    else:
        return None  # "la semana", "el año": not a date
    op = {"week": "pub_week", "month": "pub_month", "year": "pub_year"}[unit]
    return dict(kind="relative_pub", op=op, n=n, part=part,
                direction="future" if n > 0 else None)


def _part_of_bare_period(m, part: Optional[str], unit: str) -> bool:
    """A part of a month or year told with "de" and no article ("A inicios de mes, otra torre fue
    averiada", "a finales de año"): the current one, as "a principios de este mes" says. Not "del
    mes" ("a fines del mes": the month the story tells, which may be another)."""
    if part is None or unit not in ("month", "year") or m["art"] or m["pre"] or m["post"]:
        return False
    return m.string[m.end("part"):m.start("per")].strip() == "de"


def _b_recent(ctx, m):
    return dict(kind="relative_pub", op="pub_recent")


def _b_present(ctx, m):
    """The moment of writing ("AHORA:", "ahorita", "hace instantes"): the publication day.
    A bare "ahora" counts only as a live-post label: in capitals, before a colon, or opening
    a line as "Ahora en <place>:"."""
    if _norm(m["w"]) == "ahora":
        written = ctx.text[m.start("w"):m.end("w")]
        after = ctx.text[m.end("w"):m.end("w") + 60]
        line_start = not ctx.text[ctx.text.rfind("\n", 0, m.start("w")) + 1:m.start("w")].strip(" \t#*-•🚨🔴⚠️")
        if not (written.isupper() or re.match(r"\s*:", after)
                or (line_start and re.match(r"[ \t]+en[ \t]+[^\n:.;]{1,45}:", after))):
            return None  # ("Ahora en la plaza central: la policía dispersa ...": a live post's label)
    return dict(kind="relative_pub", op="pub_days", n=0, unit="day")


#: what may stand before a post's clock stamp on its line: emoji, hashtags, a live label
_STAMP_LEAD = re.compile(r"(?:[^\w\n]|#\w+|actualizaci[oó]n|urgente|[uú]ltima[^\S\n]+hora)*", re.IGNORECASE)


def _b_post_stamp(ctx, m):
    """A clock time opening a line of a live post or blog ("⚠️ #Reynosa 14:20 hrs: reportan
    enfrentamiento", "17:40 | La Policía informa ...", "ACTUALIZACIÓN 15:05: ..."): the line is
    told on the day of publication (corpus train q-026, a-224, m-065, whose gold dates them so)."""
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    if not _STAMP_LEAD.fullmatch(ctx.text, line_start, m.start()):
        return None
    if m["ampm"] and not ctx.text[m.end():m.end() + 1].isupper():
        return None  # "10:30 a. m. Vicepresidente ...": the line's text opens with a capital
    if _day_heading_before(ctx, line_start):
        return None  # a chronology's "Domingo 3 de mayo" heads its stamps: the heading dates them
    return dict(kind="relative_pub", op="pub_days", n=0, unit="day", _end=m.end("t"))


@lru_cache(maxsize=4)
def _day_heading_pattern(lex: TimeLexicon) -> re.Pattern:
    """A line holding only a day and its month, perhaps with its weekday and year ("Domingo 3 de
    mayo", "Lunes, 4 de mayo de 2020")."""
    return re.compile(rf"^[^\S\n]*(?:{_alt(lex.weekdays)}[^\S\n]*,?[^\S\n]*)?\d{{1,2}}[^\S\n]+de[^\S\n]+"
                      rf"{_alt(lex.months)}(?:[^\S\n]+de(?:l)?[^\S\n]+\d{{4}})?[^\S\n]*\.?[^\S\n]*$",
                      re.IGNORECASE | re.MULTILINE)


def _day_heading_before(ctx, pos: int) -> bool:
    """A line before ``pos`` holding only a date: the live text is a chronology whose day headings
    date the stamped lines under them (shared-register chronologies of several days)."""
    return _day_heading_pattern(ctx.lex).search(ctx.text, 0, pos) is not None


def _b_story_offset(ctx, m):
    n = _num(ctx, m["n"])
    if n is None or n == 0:
        return None
    unit = ctx.lex.units[m["u"].lower()]
    lead = _norm(m["lead"]) if m["lead"] else ""
    dirw = _norm(m["dir"]) if m["dir"] else ""
    if lead:
        if lead.startswith("a l") and unit == "year":
            return None  # "a los 50 años": an age
        if dirw:
            return None
        sign = 1
    elif dirw in ctx.pats.pub_before_words:
        # "tres días atrás" counts back from the time of writing, like "hace tres días"
        return dict(kind="relative_pub", op="pub_ago", n=-n, unit=unit, approx=bool(m["approx"]))
    elif dirw:
        sign = -1 if dirw in ctx.lex.story_before_words else 1
    else:
        return None  # "tres días" alone: a duration
    if m["rel"]:
        # "tres días después de su captura": relative to something not dated here
        return dict(kind="relative_story", op="story_vague", role="bound")
    return dict(kind="relative_story", op="story_offset", n=sign * n, unit=unit,
                approx=bool(m["approx"]))


def _b_story_vague(ctx, m):
    """"Poco después", "minutos después", "horas después" / "horas más tarde": the story's day (the
    annotation convention: 24 of 25 such events of the corpus's train and dev gold, parts a–l, are
    dated to the day); "días después": its month (the day has changed); weeks, months or years
    later: not datable."""
    words = _norm(m.group()).replace("í", "i").replace("é", "e").replace("á", "a").split()
    short = words[0] in ("poco", "minutos", "momentos", "instantes", "horas", "pocas", "unas", "algunas")
    after = words[-1] == "despues" or words[-2:] == ["mas", "tarde"]
    if not after and words[:3] != ["a", "los", "pocos"]:
        # "minutos antes" of what: often unclear; a short one does not move the story either
        return dict(kind="relative_story", op="story_vague", **({"role": "bound"} if short else {}))
    if words[0] in ("poco", "minutos", "momentos", "instantes") or "horas" in words:
        return dict(kind="relative_story", op="story_same", unit="day")
    if "dias" in words:
        return dict(kind="relative_story", op="story_same", unit="month")
    return dict(kind="relative_story", op="story_vague")


def _b_story_fixed(ctx, m):
    w = _norm(m["w"])
    lex = ctx.lex
    if w in lex.story_same_day:
        return dict(kind="relative_story", op="story_same", unit="day")
    if w in lex.story_next_day:
        return dict(kind="relative_story", op="story_offset", n=1, unit="day")
    if w in lex.story_previous_day:
        if re.match(r"\s+del?\s", ctx.text[m.end():m.end() + 5]):
            # "la víspera de las elecciones": the day before something not dated here
            return dict(kind="relative_story", op="story_vague", role="bound")
        # with no story date yet ("detenidos en la víspera" in a lead): the day before publication
        return dict(kind="relative_story", op="story_offset", n=-1, unit="day", direction="or_pub")
    if w in lex.story_same_month:
        return dict(kind="relative_story", op="story_same", unit="month")
    return dict(kind="relative_story", op="story_same", unit="year")


# --------------------------------------------------------------------------- main


def _extend(ctx: _Ctx, start: int, end: int) -> tuple[int, int]:
    """Widen a span over an attached hour or part of day ("las 5 p.m. del jueves")."""
    pats = ctx.pats
    m = pats.time_prefix.search(ctx.text, max(0, start - 45), start)
    if m and m.end() == start:
        joined = m["c1"] or m["c2"] or re.match(r"de(?:l|\s)", ctx.text[start:start + 4], re.I)
        if joined:
            start = m.start()
    m2 = pats.time_suffix.match(ctx.text, end, min(len(ctx.text), end + 45))
    if m2 and m2.end() > end:
        end = m2.end()
    return start, end


def _dateline_match(pats: _Patterns, text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """Extent of the dateline holding the date at [start, end), or None."""
    ls = text.rfind("\n", 0, start) + 1
    if start - ls > 60:
        return None
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    short = len(line.strip()) <= 80
    for rx in (pats.dateline_line, pats.dateline_bare, pats.dateline_inline):
        if rx is not pats.dateline_inline and not short:
            continue
        dm = rx.match(line)
        if (dm and dm.start("date") <= start - ls and dm.end("date") >= end - ls
                and not line[dm.start("date"):start - ls].strip(" ,.")
                and not line[end - ls:dm.end("date")].strip(" ,.")):
            a, b = ls + dm.start(), ls + dm.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            return a, b
    return None


def dateline_extent(text: str, span: Span, lexicon: TimeLexicon | None = None) -> Optional[Span]:
    """The whole dateline ("LIMA, 8 Mar. (EUROPA PRESS) -") around a dateline date."""
    pats = _patterns_for(lexicon or load_lexicon())
    ext = _dateline_match(pats, text, span.start, span.end)
    return Span(ext[0], ext[1], text[ext[0]:ext[1]]) if ext else None


#: A line of body text: a headline, subtitle or byline is shorter.
BODY_LINE_CHARS = 200


def _section_heading(text: str, ext: tuple[int, int], start: int) -> bool:
    """A line holding only a date ("Domingo 3 de mayo") between paragraphs of body text:
    the heading of a chronology's section, which dates what follows; not a dateline."""
    if ext[0] != start:
        return False  # "LIMA, 3 may (EFE)": a city or a label before the date
    ls = text.rfind("\n", 0, start) + 1
    body_before = any(len(line) > BODY_LINE_CHARS for line in text[:ls].split("\n"))
    return body_before and bool(text[ext[1]:].strip())


def _role(ctx: _Ctx, start: int, end: int, fields: dict) -> str:
    if fields.get("role"):
        return fields["role"]
    if fields["kind"] == "background":
        return "background"
    text = ctx.text
    if fields["kind"] in ("absolute", "partial") and fields.get("day"):
        ext = _dateline_match(ctx.pats, text, start, end)
        if ext is not None and not _section_heading(text, ext, start):
            return "dateline"
    before = text[max(0, start - 40):start]
    if ctx.pats.bound_before.search(before) or ctx.pats.bound_start.match(text, start, end):
        # "desde el lunes", "desaparecido desde el 4 de marzo" date the start of what
        # the clause reports (a strike, a detention, a disappearance): kept as event
        # dates; "desde 1980", "desde marzo", "hasta el 15" are bounds.
        opened = ctx.pats.start_start.match(text, start, end)
        since = ctx.pats.start_before.search(before) or opened
        day = fields["kind"] in ("absolute", "partial") and fields.get("day") and fields.get("month") \
            and not set(before.lower().split()[-6:]) & set(ctx.lex.since_comparisons)
        if not (since and (fields["kind"] == "relative_pub" or day)) \
                or _state_since(ctx, before + (opened.group() if opened else "")):
            return "bound"
    if ctx.pats.report_before.search(before) and not _fight_held(ctx, before, end):
        return "report"
    return "event"


def _fight_held(ctx: _Ctx, before: str, end: int) -> bool:
    """The verb before the date holds a fight rather than reports ("sostuvieron el sábado un
    combate", "los combates que sostuvieron el pasado fin de semana": corpus train q-020, y-002): the
    date is the fight's."""
    return bool(ctx.pats.fight_after.match(ctx.text, end) or ctx.pats.fight_before.search(before))


def _state_since(ctx: _Ctx, before: str) -> bool:
    """The start word ending ``before`` follows the imperfect of a verb holding a blockade or strike
    ("bloqueaban la vía desde", "un corte que mantenían desde"): the background an incident happened
    against, not its day."""
    return ctx.pats.state_before.search(before) is not None


def find_expressions(text: str, lexicon: TimeLexicon | None = None) -> list[DateExpression]:
    """All date expressions in ``text``, in order, non-overlapping (longest wins)."""
    lex = lexicon or load_lexicon()
    pats = _patterns_for(lex)
    ctx = _Ctx(text, lex, pats)
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lowercase is longer ("İ")
        low = text.translate(_LOWER)
    windows: list[list] = []  # [start, end, categories]
    n = len(text)
    digit = frozenset(("digit",))
    for a in pats.anchor.finditer(low):
        ws, we = max(0, a.start() - WINDOW_BEFORE), min(n, a.end() + WINDOW_AFTER)
        c = digit if a.end() - a.start() == 1 and low[a.start()].isdigit() else pats.anchor_cats[a.group()]
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = we
            windows[-1][2] |= c
        else:
            windows.append([ws, we, set(c)])
    for w in windows:  # never cut a word at a window's end
        while w[1] < n and low[w[1]].isalnum():
            w[1] += 1
    cands: list[tuple[int, int, int, str, dict]] = []
    for prio, rule in enumerate(pats.rules):
        for ws, we, wcats in windows:
            if any(map(wcats.isdisjoint, rule.needs)):  # (a needed category missing: no generator per test)
                continue
            for m in rule.regex.finditer(low, ws, we):
                if m.end() == m.start():
                    continue
                fields = rule.build(ctx, m)
                if fields is None:
                    continue
                # Trim leading/trailing whitespace the optional groups may have eaten.
                s, e = m.start(), fields.pop("_end", m.end())
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1] in " \t\n,":
                    e -= 1
                cands.append((s, e, prio, rule.name, fields))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, str, dict]] = []
    occ_starts: list[int] = []  # kept spans, sorted and non-overlapping
    occ_ends: list[int] = []
    for s, e, _prio, name, fields in cands:
        i = bisect.bisect_left(occ_starts, e)  # kept spans starting before e
        if i and occ_ends[i - 1] > s:
            continue  # overlaps the last kept span starting before e
        occ_starts.insert(i, s)
        occ_ends.insert(i, e)
        taken.append((s, e, name, fields))
    taken.sort(key=lambda t: t[0])
    out: list[DateExpression] = []
    for i, (s, e, name, fields) in enumerate(taken):
        prev_end = taken[i - 1][1] if i else 0
        next_start = taken[i + 1][0] if i + 1 < len(taken) else len(text)
        xs, xe = _extend(ctx, s, e)
        xs, xe = max(xs, prev_end), min(xe, next_start)
        role = _role(ctx, xs, xe, fields)
        f = {k: v for k, v in fields.items() if k != "role"}
        out.append(DateExpression(span=Span(xs, xe, text[xs:xe]), role=role, pattern=name, **f))
    return out
