"""Resolve date expressions to calendar dates and attach one to each event.

``Timeline(text, published)`` finds every date expression (``recognise.py``),
resolves each in text order against the publication date and the story's
anchors, and answers ``date_for(trigger, sentence, clause)``: the date of the
event whose trigger is at ``trigger``. The rules are documented in docs/time.md;
in short:

- absolute dates resolve alone; a missing year or month comes from the story
  anchor (the last usable date in the same or previous paragraph) or else from
  the publication date; with neither, the value is None;
- "ayer", weekdays, "hace tres días", "la semana pasada" count from publication
  ("el lunes" = the most recent Monday not after publication);
- "Tres días después", "ese mismo día" count from the story anchor only;
- the attachment order is clause, sentence, story, publication month, none.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from cronica.errors import InputError
from cronica.model import DateValue, Span
from cronica.time.lexicon import TimeLexicon, load_lexicon
from cronica.time.recognise import DateExpression, find_expressions

__all__ = ["DateAttachment", "DateMention", "Timeline", "parse_published", "resolve_expression",
           "Publication"]

Via = str  # 'clause' | 'sentence' | 'story' | 'publication' | 'none'

#: A partial date ("el 7 de septiembre") is put in the publication's year unless it
#: would then fall more than this many days after publication (then the year before).
FUTURE_SLACK_DAYS = 62
#: A story anchor is usable from the same paragraph or this many paragraphs before.
PARAGRAPH_REACH = 1
#: paragraphs back a day told from the story's ("Ese mismo día", "Al día siguiente") may look for it
DAY_STORY_REACH = 2
#: ... and how far back it may find the story's own day when nothing else was dated since
DAY_STORY_FAR_REACH = 3
#: Without a publication date, a text "flows in time" (so undated sentences inherit
#: the story's date) only when its dated expressions fall within this many days.
FLOW_SPAN_DAYS = 366
#: A headline or lead sentence with no date of its own takes the first date of the
#: story when it is a day at most this many days before publication (recent news).
LEAD_REACH_DAYS = 31
#: ... looking as far as the next paragraph, or this paragraph index for a headline,
#: subtitle or lead (paragraph indexes start at 0).
LEAD_PARAGRAPHS = 3
#: In news, a date ending more than this many days before publication is background:
#: it dates the undated sentences of its own paragraph, not of the next one.
FLASHBACK_DAYS = 366

#: How far before a date the auxiliary of its pluperfect clause may stand ("que había sido
#: plagiado el jueves por la tarde").
ANTECEDENT_REACH = 45
# How far before a since-date its relative word may be ("que permanecía cautivo desde el jueves")
SINCE_RELATIVE_REACH = 60
#: A report day ("..., informó el lunes el Ejército") yields to the incident's own day only when
#: that day is at most this many days before it: an older day the text gives is another incident
#: (the crime an arrest or a ruling reported that day is about), not the one reported.
REPORT_YIELD_DAYS = 7
#: How far into a sentence the words of a court's account of the crime may stand ("Los jueces
#: consideraron probado que ...", "Según el escrito de acusación de la Fiscalía, ...").
JUDGED_ACCOUNT_REACH = 60


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class DateAttachment:
    """The date of one event and where it came from.

    ``via`` is ``clause``, ``sentence``, ``story``, ``publication`` or ``none``.
    ``value`` None with a ``via`` other than ``none`` means the expression that
    governs the event exists but cannot be resolved ("El día 12" with no month).
    """

    value: Optional[DateValue]
    via: Via


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression of the text and what it resolved to."""

    span: Span
    value: Optional[DateValue]
    kind: str  # absolute | partial | relative_pub | relative_story | interval | background
    role: str  # event | report | bound | dateline | background
    expression: DateExpression
    paragraph: int


@dataclass(frozen=True, slots=True)
class Publication:
    """The publication date: ``ref`` is the day counted from (the 15th for a month)."""

    ref: dt.date
    precision: str  # 'day' | 'month'

    @property
    def first(self) -> dt.date:
        return self.ref if self.precision == "day" else self.ref.replace(day=1)

    @property
    def last(self) -> dt.date:
        return self.ref if self.precision == "day" else _month_end(self.ref.year, self.ref.month)


_PUB_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.+\-Z]*)?$")


def parse_published(published: Optional[str]) -> Optional[Publication]:
    """'YYYY-MM-DD' (a time part is ignored), 'YYYY-MM' or None/'' → Publication."""
    if published is None or not str(published).strip():
        return None
    m = _PUB_RE.match(str(published).strip())
    try:
        if not m:
            raise ValueError
        y, mo = int(m[1]), int(m[2])
        if m[3]:
            return Publication(dt.date(y, mo, int(m[3])), "day")
        return Publication(dt.date(y, mo, 15), "month")
    except ValueError:
        raise InputError(f"published date {published!r} is not YYYY-MM-DD or YYYY-MM") from None


# --------------------------------------------------------------------------- date values


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def day_value(d: dt.date, span: Optional[Span] = None) -> DateValue:
    return DateValue(d.isoformat(), "day", d, d, span)


def month_value(y: int, m: int, span: Optional[Span] = None, part: Optional[str] = None,
                lex: Optional[TimeLexicon] = None) -> DateValue:
    first, last = dt.date(y, m, 1), _month_end(y, m)
    if part and lex:
        lo, hi = lex.period_part_bounds["month"][part]
        first = dt.date(y, m, min(lo, last.day))
        last = dt.date(y, m, min(hi, last.day)) if part != "late" else last
    return DateValue(f"{y:04d}-{m:02d}", "month", first, last, span)


def year_value(y: int, span: Optional[Span] = None, part: Optional[str] = None,
               lex: Optional[TimeLexicon] = None) -> DateValue:
    first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if part and lex:
        lo, hi = lex.period_part_bounds["year"][part]
        first, last = dt.date(y, lo, 1), _month_end(y, hi)
    return DateValue(f"{y:04d}", "year", first, last, span)


def week_value(start: dt.date, end: dt.date, span: Optional[Span] = None) -> DateValue:
    """A week-level value: written as the month holding most of its days."""
    counts: dict[tuple[int, int], int] = {}
    d = start
    while d <= end:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
        d += dt.timedelta(days=1)
    (y, m), _ = max(counts.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
    return DateValue(f"{y:04d}-{m:02d}", "week", start, end, span)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _coarsen_to_month(v: Optional[DateValue]) -> Optional[DateValue]:
    """For a month-only publication: a day/week result is only known to its month."""
    if v is None or v.precision not in ("day", "week"):
        return v
    if v.precision == "week":
        y, m = int(v.value[:4]), int(v.value[5:7])
    else:
        y, m = v.start.year, v.start.month
    return month_value(y, m, v.span)


# --------------------------------------------------------------------------- resolution


def _infer_year(month: int, day: Optional[int], weekday: Optional[int],
                direction: Optional[str], anchor: Optional[DateValue],
                pub: Optional[Publication]) -> Optional[int]:
    """Year of a day-month or month written without one."""
    d = day or 1
    if anchor is not None and anchor.start is not None:
        base = anchor.start
        y = base.year
        if direction == "same_year":
            return y  # "el 19 de octubre de ese mismo año"
        cand = _safe_date(y, month, d if _safe_date(y, month, d) else 28)
        if cand is not None and cand < base - dt.timedelta(days=183) and direction not in ("past", "past_strict"):
            y += 1  # the story moves forward: "28 de diciembre ... el 3 de enero"
            # ... but not past publication ("en marzo pasado" after "ayer")
            later = _safe_date(y, month, d if _safe_date(y, month, d) else 28)
            if pub is not None and later is not None and later > pub.last:
                y -= 1
        return y
    if pub is None:
        return None
    ref = pub.last
    strict = direction == "past_strict"

    def ok(y: int) -> bool:
        cand = _safe_date(y, month, d)
        if cand is None:
            return False
        if strict:
            return cand < ref
        return cand <= ref + dt.timedelta(days=FUTURE_SLACK_DAYS)

    # the latest year that fits (29 February may need a few years back)
    y = next((yy for yy in range(ref.year, ref.year - 9, -1) if ok(yy)), ref.year - 1)
    if weekday is not None and day is not None:
        for cand_y in (y, y - 1, y + 1):
            c = _safe_date(cand_y, month, day)
            if c is not None and c.weekday() == weekday:
                return cand_y
    return y


def _weekday_day_in(pub: Publication, weekday: Optional[int], day: int) -> Optional[dt.date]:
    """The date of publication's month, else the month before, that falls on
    ``day`` and ``weekday``; None when neither does."""
    y, m = pub.ref.year, pub.ref.month
    for yy, mm in ((y, m), _add_months(y, m, -1)):
        c = _safe_date(yy, mm, day)
        if c is not None and c.weekday() == weekday:
            return c
    return None


def _resolve_date(e: DateExpression, pub: Optional[Publication], anchor: Optional[DateValue],
                  lex: TimeLexicon) -> Optional[DateValue]:
    span = e.span
    y, m, d = e.year, e.month, e.day
    if m is None and d is not None:  # "El día 12", "El 15"
        if anchor is not None and anchor.precision in ("day", "week", "month"):
            base = anchor.start
            cand = _safe_date(base.year, base.month, d)
            if cand is not None and cand < base - dt.timedelta(days=3):
                ny, nm = _add_months(base.year, base.month, 1)
                cand = _safe_date(ny, nm, d)
            return day_value(cand, span) if cand else None
        if anchor is not None or pub is None:
            return None
        if pub.precision == "month":
            cand = _safe_date(pub.ref.year, pub.ref.month, d)
            return month_value(pub.ref.year, pub.ref.month, span) if cand else None
        ref = pub.ref
        yy, mm = (ref.year, ref.month) if d <= ref.day else _add_months(ref.year, ref.month, -1)
        cand = _safe_date(yy, mm, d)
        return day_value(cand, span) if cand else None
    if y is None:
        if m is None:
            return None
        y = _infer_year(m, d, e.weekday, e.direction, anchor, pub)
        if y is None:
            return None
    if m is None:
        return year_value(y, span, e.part, lex)
    if d is None:
        return month_value(y, m, span, e.part, lex)
    date = _safe_date(y, m, d)
    return day_value(date, span) if date else None


def _resolve_interval(e: DateExpression, pub: Optional[Publication], anchor: Optional[DateValue],
                      lex: TimeLexicon) -> Optional[DateValue]:
    span = e.span
    if e.month is None:  # years
        return DateValue(f"{e.year:04d}", "year", dt.date(e.year, 1, 1), dt.date(e.end_year, 12, 31), span)
    y = e.year
    if y is None:
        y = _infer_year(e.month, e.day, None, e.direction, anchor, pub)
        if y is None:
            return None
    ey = e.end_year if e.end_year is not None else y
    if e.end_year is None and (e.end_month, e.end_day or 0) < (e.month, e.day or 0):
        ey = y + 1  # "entre el 28 de diciembre y el 3 de enero"
    if e.day is None:
        return DateValue(f"{y:04d}-{e.month:02d}", "month", dt.date(y, e.month, 1),
                         _month_end(ey, e.end_month), span)
    start = _safe_date(y, e.month, e.day)
    end = _safe_date(ey, e.end_month, e.end_day)
    if start is None or end is None or end < start:
        return None
    if start == end or ((end - start).days == 1 and span is not None and any(
            w in span.text.lower().split() for w in lex.parts_of_day)):
        # "la noche del 5 al 6 de abril": one night, dated by the day it began
        return DateValue(start.isoformat(), "day", start, end, span)
    # the text cannot pin one day: the value is the month of the first day (as coders
    # write a range), the bounds keep the days
    return DateValue(f"{y:04d}-{e.month:02d}", "month", start, end, span)


def _resolve_pub(e: DateExpression, pub: Publication, lex: TimeLexicon) -> Optional[DateValue]:
    ref, span, op = pub.ref, e.span, e.op
    if op == "pub_recent":
        return month_value(ref.year, ref.month, span)
    if op == "pub_dm":  # "el 3 de mayo del año pasado", "en mayo de este año"
        y = ref.year + e.n
        if e.day is None:
            return month_value(y, e.month, span, e.part, lex)
        d = _safe_date(y, e.month, e.day)
        return day_value(d, span) if d else None
    if op == "pub_days":
        if e.approx:
            return month_value(ref.year, ref.month, span)
        return day_value(ref + dt.timedelta(days=e.n), span)
    if op == "pub_weekday":
        wd, direction = e.weekday, e.direction
        if e.day is not None:
            # "el domingo 19": the Sunday 19th nearest before publication (or just
            # after); if no such day is near, the number was not a day: ignore it
            near = [ref + dt.timedelta(days=k) for k in range(-45, 8)]
            match = [c for c in near if c.day == e.day and c.weekday() == wd]
            if match:
                past = [c for c in match if c <= ref]
                return day_value(past[-1] if past else match[0], span)
        if direction in ("past", "this"):
            return day_value(ref - dt.timedelta(days=(ref.weekday() - wd) % 7), span)
        if direction == "past_strict":
            return day_value(ref - dt.timedelta(days=((ref.weekday() - wd) % 7) or 7), span)
        if direction == "future":
            return day_value(ref + dt.timedelta(days=((wd - ref.weekday()) % 7) or 7), span)
        week = {"last_week": -1, "this_week": 0, "next_week": 1}[direction]
        return day_value(_monday(ref) + dt.timedelta(days=7 * week + wd), span)
    if op == "pub_week":
        mon = _monday(ref) + dt.timedelta(days=7 * e.n)
        return week_value(mon, mon + dt.timedelta(days=6), span)
    if op == "pub_weekend":
        wd = ref.weekday()
        if e.direction == "past":
            sat = ref - dt.timedelta(days=(wd - 5) % 7)
        elif e.direction == "past_strict":
            sat = ref - dt.timedelta(days=(((wd - 6) % 7) or 7) + 1)
        elif e.direction == "this":
            sat = ref - dt.timedelta(days=wd - 5) if wd >= 5 else ref + dt.timedelta(days=5 - wd)
        else:
            sat = ref + dt.timedelta(days=((5 - wd) % 7) or 7)
        return week_value(sat, sat + dt.timedelta(days=1), span)
    if op == "pub_month":
        y, m = _add_months(ref.year, ref.month, e.n)
        return month_value(y, m, span, e.part, lex)
    if op == "pub_year":
        return year_value(ref.year + e.n, span, e.part, lex)
    if op == "pub_day_of_month":
        y, m = _add_months(ref.year, ref.month, e.n)
        d = _safe_date(y, m, e.day)
        return day_value(d, span) if d else None
    if op == "pub_ago":
        unit, n = e.unit, e.n
        if unit == "lastweek":  # "la última semana": the seven days up to publication
            return week_value(ref - dt.timedelta(days=6), ref, span)
        if unit == "day":
            d = ref + dt.timedelta(days=n)
            if e.approx:
                return week_value(d - dt.timedelta(days=3), d + dt.timedelta(days=3), span)
            return day_value(d, span)
        if unit == "week":
            d = ref + dt.timedelta(days=7 * n)
            if e.approx:
                return month_value(d.year, d.month, span)
            mon = _monday(d)
            return week_value(mon, mon + dt.timedelta(days=6), span)
        if unit == "month":
            y, m = _add_months(ref.year, ref.month, n)
            return month_value(y, m, span)
        if unit == "year":
            return year_value(ref.year + n, span)
    return None


def _resolve_story(e: DateExpression, anchor: Optional[DateValue],
                   lex: TimeLexicon) -> Optional[DateValue]:
    if anchor is None or anchor.start is None or e.op == "story_vague":
        return None
    span, a, prec = e.span, anchor.start, anchor.precision
    unit = e.unit
    if e.op == "story_same":
        if unit == "day":
            if prec == "month":  # "ese mismo día" of a month-dated story: the month is what is known
                return month_value(a.year, a.month, span)
            return day_value(a, span) if prec == "day" else None
        if unit == "month":
            return month_value(a.year, a.month, span) if prec in ("day", "month") else None
        return year_value(a.year, span)
    if e.op == "story_weekday":
        if prec != "day":
            return None
        return day_value(a + dt.timedelta(days=((e.weekday - a.weekday()) % 7) or 7), span)
    n = e.n
    if unit == "day":
        if prec != "day":
            return None
        d = a + dt.timedelta(days=n)
        if e.approx:
            return week_value(d - dt.timedelta(days=3), d + dt.timedelta(days=3), span)
        return day_value(d, span)
    if unit == "week":
        if prec not in ("day", "week"):
            return None
        mon = _monday(a + dt.timedelta(days=7 * n))
        return week_value(mon, mon + dt.timedelta(days=6), span)
    if unit == "weekend":
        if prec != "day":
            return None
        wd = a.weekday()
        if n > 0:
            sat = a + dt.timedelta(days=((5 - wd) % 7) or 7)
        else:
            sat = a - dt.timedelta(days=(((wd - 6) % 7) or 7) + 1)
        return week_value(sat, sat + dt.timedelta(days=1), span)
    if unit == "month":
        if prec == "year":
            return None
        y, m = _add_months(a.year, a.month, n)
        return month_value(y, m, span, e.part, lex)
    if unit == "year":
        return year_value(a.year + n, span, e.part, lex)
    return None


def resolve_expression(e: DateExpression, published: Optional[Publication] | str = None,
                       anchor: Optional[DateValue] = None,
                       lexicon: Optional[TimeLexicon] = None) -> Optional[DateValue]:
    """Resolve one expression against a publication date and a story anchor.

    ``anchor`` is the story's current date (or None): it supplies a missing year
    or month and is the origin of "Tres días después". Returns None when the
    expression cannot be pinned honestly.
    """
    lex = lexicon or load_lexicon()
    pub = published if isinstance(published, Publication) or published is None \
        else parse_published(published)
    if e.op == "background":
        return None
    if e.op == "date":
        return _resolve_date(e, pub, anchor, lex)
    if e.op == "interval":
        return _resolve_interval(e, pub, anchor, lex)
    if e.op.startswith("pub_"):
        if pub is None:
            return None
        if pub.precision == "month" and e.op == "pub_weekday" and e.day is not None:
            # "el lunes 21" in a story dated only by its month: the day of that
            # month (or the one before) that is both the 21st and a Monday
            day = _weekday_day_in(pub, e.weekday, e.day)
            if day is not None:
                return day_value(day, e.span)
        v = _resolve_pub(e, pub, lex)
        return _coarsen_to_month(v) if pub.precision == "month" else v
    if e.op.startswith("story_"):
        if anchor is None and e.direction == "or_pub" and pub is not None:
            # "el año anterior" with no story date: the year before publication
            if e.unit == "weekend":
                alt = replace(e, op="pub_weekend", direction="past_strict")
            else:
                alt = replace(e, op={"day": "pub_days", "week": "pub_week", "month": "pub_month",
                                     "year": "pub_year"}[e.unit])
            v = _resolve_pub(alt, pub, lex)
            return _coarsen_to_month(v) if pub.precision == "month" else v
        return _resolve_story(e, anchor, lex)
    return None


# --------------------------------------------------------------------------- anniversaries


@dataclass(frozen=True, slots=True)
class _Frame:
    """An anniversary frame: "se cumplen 20 años del atentado", "hace 15 años"."""

    span: Span
    years: int
    sentence: tuple[int, int]  # the sentence holding it (offsets)
    same_day: bool  # "un día como hoy": the same calendar day
    hace: Optional[DateExpression] = None  # the "hace N años" expression, if that is the frame


@lru_cache(maxsize=4)
def _frame_patterns(lex: TimeLexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, Optional[re.Pattern]]:
    nw = _alt_words(list(lex.numbers) + list(lex.number_phrases))
    verbs = _alt_words(lex.anniversary_verbs)
    n = rf"(?P<n>\d{{1,3}}|{nw})"
    tail = rf"\s+años?\s+(?:de|del|desde)(?![^\W\d_])(?!\s+(?:{_alt_words(lex.anniversary_not_of)})(?![^\W\d_]))"
    verb_frame = re.compile(rf"(?<![^\W\d_])(?:{verbs})\s+(?:ya\s+|exactamente\s+|justo\s+)?{n}{tail}")
    # "A 15 años de la masacre": only opening a sentence or a clause
    initial_frame = re.compile(r"(?:(?:^|(?<=[.\n;«“(\"])|(?<=[.\n;«“(\"] )|(?<=, ))a\s+"
                               r"|(?:^|(?<=\n)|(?<=: ))(?:a\s+)?)" + n + tail)
    same_day = re.compile(rf"(?<![^\W\d_])(?:{_alt_words(lex.anniversary_same_day)})(?![^\W\d_])")
    if lex.anniversary_ordinals:
        # "el segundo aniversario del secuestro", "al cumplirse el décimo año de la masacre"
        ordinal = re.compile(rf"(?<![^\W\d_])(?:el|al|del)\s+(?P<n>{_alt_words(lex.anniversary_ordinals)})"
                             rf"\s+(?:aniversario|año)\s+(?:de|del|desde)(?![^\W\d_])"
                             rf"(?!\s+(?:{_alt_words(lex.anniversary_not_of)})(?![^\W\d_]))")
        return verb_frame, initial_frame, same_day, ordinal
    return verb_frame, initial_frame, same_day, None


@lru_cache(maxsize=4)
def _story_same_day(lex: TimeLexicon) -> re.Pattern:
    """``story_same_day`` words as whole words (compiled once, not joined and escaped per document)."""
    return re.compile(rf"(?<![^\W\d_]){_alt_words(lex.story_same_day)}(?![^\W\d_])")


def _alt_words(words) -> str:
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_SENTENCE_END = re.compile(r"(?<=[.!?])[»”\"']?\s+(?=[¿¡«“\"(]?[A-ZÁÉÍÓÚÑ0-9])|\n")


def _sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start (0 included), for the anniversary frames."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _number(word: str, lex: TimeLexicon) -> Optional[int]:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return lex.numbers.get(w, lex.number_phrases.get(w))


#: What each of the three anniversary patterns of ``_frame_patterns`` needs somewhere in the text
#: ("años de", "aniversario del"): a fast literal search that spares the three scans of a text
#: that has none (most reports).
_YEARS_OF = re.compile(r"(?:aniversario|años?)\s+de")


def _find_frames(text: str, low: str, exprs: list[DateExpression], lex: TimeLexicon) -> list[_Frame]:
    """Anniversary frames of a text: "se cumplen N años de", "A N años de", a fronted
    "Hace N años," or one joined to "un día como hoy" / "aquella madrugada"."""
    starts: list[int] = []

    def sentence(pos: int) -> tuple[int, int]:
        if not starts:
            starts.extend(_sentence_bounds(text))
        k = bisect.bisect_right(starts, pos) - 1
        return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(text))

    verb_frame, initial_frame, same_day_re, ordinal = _frame_patterns(lex)
    frames: list[_Frame] = []
    for pat in (verb_frame, initial_frame, ordinal) if _YEARS_OF.search(low) else ():
        if pat is None:
            continue
        for m in pat.finditer(low):
            n = lex.anniversary_ordinals.get(" ".join(m["n"].split())) if pat is ordinal else _number(m["n"], lex)
            if not n or n > 200:
                continue
            sent = sentence(m.start())
            same = bool(same_day_re.search(low, sent[0], sent[1]))
            frames.append(_Frame(Span(m.start(), m.end(), text[m.start():m.end()]), n, sent, same))
    recalled_re = _story_same_day(lex)
    for e in exprs:
        if e.op != "pub_ago" or e.unit != "year" or e.approx or e.n >= 0:
            continue
        sent = sentence(e.span.start)
        same = bool(same_day_re.search(low, sent[0], sent[1]))
        fronted = _initial_filler(lex).match(text[sent[0]:e.span.start]) is not None
        recalled = recalled_re.search(low[sent[0]:sent[1]]) is not None
        if same or fronted or recalled:
            frames.append(_Frame(e.span, -e.n, sent, same, hace=e))
    return sorted(frames, key=lambda f: f.span.start)


def _apply_frames(exprs: list[DateExpression], frames: list[_Frame], pub: Optional[Publication],
                  low: str, lex: TimeLexicon) -> list[DateExpression]:
    """Date the recalled incident of each anniversary frame.

    In the frame's sentence, a day or month written without its year takes the
    recalled year ("Este jueves 9 de mayo se cumplen 15 años de la emboscada");
    a publication-relative date ("este lunes", "hoy") is when the anniversary was
    marked (a report date); when nothing in the sentence dates the past incident,
    the frame itself does: the recalled year, or the recalled day for "un día como
    hoy" with a day-precision publication.
    """
    if pub is None or not frames:
        return exprs
    same_day_re = _frame_patterns(lex)[2]
    out = list(exprs)
    for f in frames:
        year = pub.ref.year - f.years
        lo, hi = f.sentence
        dated = False
        for i, e in enumerate(out):
            if not (lo <= e.span.start < hi) or e is f.hace or e.role == "dateline":
                continue  # "Cali, 11 abr (EFE).- ... el segundo aniversario": the report's day
            if e.op == "date" and e.year is None and e.month is not None:
                out[i] = replace(e, year=year, weekday=None, direction=None)
                dated = True
            elif e.op == "date" and e.year is not None and abs(e.year - year) <= 1:
                dated = True
            elif e.op == "interval" and e.year is not None and abs(e.year - year) <= 1:
                dated = True
            elif e.op.startswith("pub_") and e.role == "event":
                # "un día como hoy" belongs to the frame; "iniciaron hoy una marcha para
                # conmemorar ..." dates today's act
                same_day_word = any(m.start() <= e.span.start and e.span.end <= m.end()
                                    for m in same_day_re.finditer(low, lo, hi))
                out[i] = replace(e, role="background" if same_day_word else "report")
        if f.hace is not None:
            k = next(i for i, e in enumerate(out) if e is f.hace)
            if dated:
                out[k] = replace(f.hace, role="bound")  # another expression gives the day
            elif f.same_day and pub.precision == "day":
                out[k] = replace(f.hace, kind="absolute", op="date", year=year, month=pub.ref.month,
                                 day=pub.ref.day, pattern="anniversary")
            continue
        if dated:
            continue
        month = day = None
        if f.same_day and pub.precision == "day":
            month, day = pub.ref.month, pub.ref.day
        out.append(DateExpression(f.span, "absolute", "date", "event", year=year, month=month, day=day,
                                  pattern="anniversary"))
    return sorted(out, key=lambda e: e.span.start)


# --------------------------------------------------------------------------- timeline



@lru_cache(maxsize=4)
def _initial_filler(lex: TimeLexicon) -> re.Pattern:
    """What may precede a fronted date at a sentence start: marks and connectors."""
    words = "|".join(re.escape(w) for w in sorted(lex.sentence_connectors, key=len, reverse=True))
    return re.compile(rf"^(?:\s|\[\d+\]|[\"'«“¿¡(\-–—,]|(?:{words})\b)*$", re.IGNORECASE)

_BOUNDARY = re.compile(r"[,;:()\[\]—–]")
_CLAUSE_BREAK = re.compile(r"[,;:.()\[\]—–\n]")


@lru_cache(maxsize=8)
def _lasting_patterns(lex: TimeLexicon) -> Optional[tuple[re.Pattern, re.Pattern]]:
    """"durante dos días" right after a trigger; "Durante seis días" opening a sentence."""
    if not lex.lasting_words or not lex.lasting_units:
        return None
    num = "|".join(re.escape(w) for w in sorted(lex.numbers, key=len, reverse=True))
    core = (rf"(?:{'|'.join(map(re.escape, lex.lasting_words))})\s+(?:(?:casi|unos|unas|m[aá]s\s+de)\s+)?"
            rf"(?P<n>\d{{1,3}}|{num})\s+(?:{'|'.join(map(re.escape, lex.lasting_units))})(?![^\W\d_])")
    return re.compile(r"\s*,?\s*" + core, re.IGNORECASE), re.compile(r"\s*" + core, re.IGNORECASE)


def _over_days(v: Optional[DateValue], days: int) -> Optional[DateValue]:
    """A day-precision date of an act lasting ``days`` days: the month of its first day, bounded by
    the days (as a range of days is written); other precisions stay."""
    if v is None or v.precision != "day" or v.start is None:
        return v
    end = v.start + dt.timedelta(days=days - 1)
    return DateValue(f"{v.start.year:04d}-{v.start.month:02d}", "month", v.start, end, v.span)


@lru_cache(maxsize=4)
def _antecedent_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _participle_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A captivity participle right before a date, only spaces between ("secuestrado hace tres días")."""
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alt + r")\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _relative_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A relative word right before an auxiliary, clitics or "ya" between ("que ya lo había")."""
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alt + r")(?:\s+(?:se|lo|la|los|las|le|les|ya|no|nunca))*\s+$", re.IGNORECASE)

@lru_cache(maxsize=4)
def _retold_pattern(words: tuple[str, ...]) -> re.Pattern:
    """An occurrence participle right before a date, at most two words between ("ocurrido el
    pasado 2 de febrero"), no comma or stop."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:\w+\s+){0,2}$",
                      re.IGNORECASE)


@lru_cache(maxsize=4)
def _opening_word(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` as the first word (to ``match`` at a span's start)."""
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?:" + alt + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` as a whole word."""
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.IGNORECASE)


def _shortly_before(v: Optional[DateValue], report: Optional[DateValue]) -> bool:
    """Both dates known, the report's a day ("en las últimas horas" pins none), ``v`` a day or
    month that ends no later than it and at most REPORT_YIELD_DAYS before it."""
    return (v is not None and report is not None and v.end is not None and report.end is not None
            and report.precision == "day" and v.precision in ("day", "month") and v.end <= report.end
            and (report.end - v.end).days <= REPORT_YIELD_DAYS)


@lru_cache(maxsize=4)
def _since_patterns(words: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """A start word right before a date, and one opening it ("desde el jueves", "a partir del lunes")."""
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    return (re.compile(r"(?<!\w)(?:" + alt + r")\s+\Z", re.IGNORECASE),
            re.compile(r"(?:" + alt + r")\s", re.IGNORECASE))


# Penalties (in characters of distance) used to pick the expression governing a trigger.
_PEN_BOUNDARY = 25
_PEN_SEGMENT = 1_000
_PEN_AFTER = 10
_BONUS_INITIAL = 60
_PEN_PAREN = 500
_PEN_REPORT = 10_000
# "que permanecía cautivo desde el jueves": the start of a state told in its own clause; another
# date of the sentence ("rescataron este domingo ... y detuvieron") dates its other verbs
_PEN_SINCE = 500


_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


#: What may stand between a dating opener and its date: "Fue (durante) (la noche del) ..."
_OPENER_GAP = r"(?:(?:en|durante|a|al|por|hacia|el|la|los|las|de|del|exactamente|justo)\s+){0,3}"


def _says_nothing(m: DateMention) -> bool:
    """"años después", "días antes" with no story date to count from: a vague step from
    an unknown moment; after the trigger it dates nothing, and the clause's or the story's
    date still holds ("El 14 de agosto de 1985 ... según relataron los vecinos años después")."""
    return m.value is None and m.kind == "relative_story"


def _inside_any(span: Span, parts: tuple[Span, ...]) -> bool:
    """Does ``span`` start inside one of ``parts``?"""
    return any(p.start <= span.start < p.end for p in parts)


def _within(inner: Optional[DateValue], outer: Optional[DateValue]) -> bool:
    """``inner`` is strictly more precise than ``outer`` and lies inside it."""
    if inner is None or outer is None or not (inner.start and inner.end and outer.start and outer.end):
        return False
    if inner.precision is None or outer.precision is None:
        return False
    return (_PRECISION_ORDER[inner.precision] < _PRECISION_ORDER[outer.precision]
            and outer.start <= inner.start and inner.end <= outer.end)


_OPENER_LEAD = re.compile(r"[\s\"»”)]*")


@lru_cache(maxsize=8)
def _another_incident_patterns(words: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """"otro ataque" right before the trigger; a sentence fronted by "En otro hecho, ..." (compiled once)."""
    alt = "|".join(re.escape(w) for w in words)
    return (re.compile(rf"(?<!\w)(?:{alt})\s+(?:\w+\s+)?\Z", re.I),
            re.compile(rf"\s*en\s+(?:{alt})\s+\w+\s*,", re.I))


@lru_cache(maxsize=8)
def _another_operation_pattern(others: tuple[str, ...], ordinals: tuple[str, ...],
                               nouns: tuple[str, ...]) -> re.Pattern:
    """"otro operativo", "otras dos operaciones", "un segundo procedimiento" (compiled once)."""
    other = "|".join(re.escape(w) for w in others)
    nth = "|".join(re.escape(w) for w in ordinals)
    noun = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    lead = rf"(?:{other})(?:\s+(?:dos|tres|cuatro))?" + (rf"|(?:un|una|el|la)\s+(?:{nth})" if nth else "")
    return re.compile(rf"(?<!\w)(?:{lead})\s+(?:{noun})(?!\w)", re.I)


@lru_cache(maxsize=8)
def _opener_pattern(openers: tuple[str, ...]) -> re.Pattern:
    """A sentence opening by dating the one before ("Fue en", "Ocurrió el"), longest opener first."""
    alt = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?!\w)\s*", re.I)


class Timeline:
    """All date expressions of one text, resolved, and the date of any event in it.

    ``published`` is 'YYYY-MM-DD', 'YYYY-MM' or None. Works on plain strings: spans
    are offsets into ``text``.
    """

    def __init__(self, text: str, published: Optional[str] = None,
                 lexicon: Optional[TimeLexicon] = None) -> None:
        self.text = text
        self.published = parse_published(published)
        self._lex = lexicon or load_lexicon()
        # Paragraph index of an offset: count of non-empty lines that start before it.
        starts, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                starts.append(pos)
            pos += len(line) + 1
        self._para_starts = starts or [0]
        self.mentions: list[DateMention] = []
        exprs = find_expressions(text, self._lex)
        low = text.lower() if len(text.lower()) == len(text) else text
        frames = _find_frames(text, low, exprs, self._lex)
        exprs = _apply_frames(exprs, frames, self.published, low, self._lex)
        # story-relative dates by start -> the start of the mention they were counted from
        self._counted_from: dict[int, int] = {}
        for e in exprs:
            para = self.paragraph_of(e.span.start)
            anchor = None
            if e.op in ("date", "interval"):
                anchor = self._anchor_for(para)
                if anchor is not None and anchor.precision == "year" and self.published is not None \
                        and e.direction != "same_year":
                    # in news, a bare year nearby is background ("fundado en 1980"):
                    # a day or month without its year takes the publication's
                    anchor = None
                if e.op == "date" and e.year is None and e.month is not None and e.direction is None \
                        and self.published is not None:
                    e, anchor = self._story_year(e, anchor)
            elif e.op.startswith("story_"):
                anchor = self._anchor_for(para)
                if anchor is None and e.op == "story_same" and e.span.text.lower().startswith("aquel"):
                    # "Aquel día", "aquella madrugada": the day the story recalls, however far back
                    anchor = self._anchor_for(para, reach=None)
                elif anchor is None and e.op in ("story_same", "story_offset") and e.unit == "day":
                    # "Ese mismo día", "Al día siguiente" after a paragraph on something else (the
                    # inquiry, a witness): the story's day one paragraph further back
                    anchor = self._anchor_for(para, reach=DAY_STORY_REACH)
                if e.op in ("story_same", "story_offset") and e.unit == "day" and e.pattern != "story_vague" \
                        and (anchor is None or anchor.precision == "week"):
                    # ... or the last day the story told itself, a few paragraphs back, past a vague
                    # week in passing ("tras la captura de su jefe la semana pasada")
                    anchor = self._story_day_for(para) or anchor
            if e.op.startswith("story_") and anchor is not None and anchor.span is not None:
                self._counted_from[e.span.start] = anchor.span.start
            value = resolve_expression(e, self.published, anchor, self._lex)
            if value is None and e.pattern == "story_vague" and e.op == "story_same":
                # "poco después" with no story date to count from: it says nothing itself
                e = replace(e, kind="background", role="background")
            self.mentions.append(DateMention(e.span, value, e.kind, e.role, e, para))
        self.mentions = self._steps_named_again(self.mentions)
        self.mentions = self._weekdays_by_dated_day(self.mentions)
        self.mentions = self._day_ranges(self.mentions)
        self.flows_in_time = self._flows()
        self._recalled_years = {self.published.ref.year - f.years for f in frames} if self.published else set()
        self.recalled = self._recalled_date(frames)
        # Indexes for date_for (many calls per document): usable mentions by start,
        # story-eligible mentions by end.
        # dates told in a pluperfect clause: the start of its auxiliary, by the date's start
        self._antecedent_from = self._antecedents()
        self._since = self._since_clauses()
        self._usable_m = [m for m in self.mentions if self._usable(m)]
        self._usable_starts = [m.span.start for m in self._usable_m]
        earlier = self._earlier_acts()
        self._eligible = [m for m in self.mentions
                          if m.role == "event" and m.kind != "background" and not self._is_future(m)
                          and not _says_nothing(m) and m.span.start not in earlier]
        self._eligible_ends = [m.span.end for m in self._eligible]
        # a text with no date near publication tells the past throughout (a
        # retrospective, a chronicle): an old date is its story, not a flashback
        self._has_news = self.published is None or any(
            not self._flashback(m) for m in self._eligible if m.value is not None)
        # ... and one that dates several moments of that past tells it as a chronicle
        self._chronicle = sum(m.value is not None for m in self._eligible) >= 2

    # ------------------------------------------------------------------ helpers

    def _antecedents(self) -> dict[int, tuple[int, bool]]:
        """Dates told in a pluperfect clause ("que había sido secuestrado el 12 de noviembre"):
        {date start: (the auxiliary's start, whether the clause is a relative one)}, the auxiliary
        at most ANTECEDENT_REACH characters before the date with no comma or stop between
        (time.yaml ``antecedent_aux``, ``antecedent_relatives``); and dates right after a captivity
        participle ("a empresario secuestrado hace tres días", ``antecedent_participles``), as relative."""
        words = self._lex.antecedent_aux
        if not words:
            return {}
        aux = _antecedent_pattern(words)
        relative = _relative_pattern(self._lex.antecedent_relatives)
        out = {}
        for m in self.mentions:
            before = self.text[max(0, m.span.start - ANTECEDENT_REACH):m.span.start]
            found = None
            for found in aux.finditer(before):
                pass
            if found is not None and not _CLAUSE_BREAK.search(before, found.end()):
                at = m.span.start - len(before) + found.start()
                out[m.span.start] = (at, bool(relative.search(self.text, max(0, at - 20), at)))
        participle = _participle_pattern(self._lex.antecedent_participles)
        for m in self.mentions:
            # "a empresario secuestrado hace tres días": the participle's reduced relative clause
            told = participle.search(self.text, max(0, m.span.start - ANTECEDENT_REACH), m.span.start)
            if told is not None and m.span.start not in out:
                out[m.span.start] = (told.start(), True)
        return out

    def _stepped_back(self) -> set[int]:
        """Starts of event days told after another event day of the same sentence and before it
        in time, in a clause a relative word or participle opens between them (time.yaml
        ``antecedent_clause_participles``): the antecedent of what the sentence tells ("rescataron
        este miércoles a seis trabajadores privados de la libertad el pasado sábado", "capturó el jueves a los autores
        del ataque que estalló la noche del lunes"). The sentence's own act is the later day."""
        bounds = _sentence_bounds(self.text)
        lex = self._lex
        opener = _word_pattern(lex.antecedent_relatives + lex.antecedent_participles
                               + lex.antecedent_clause_participles)
        out: set[int] = set()
        latest: dict[int, tuple[dt.date, int]] = {}
        for m in self.mentions:
            v = m.value
            if m.role != "event" or m.kind == "background" or v is None or v.precision != "day" \
                    or v.start is None:
                continue
            sent = bisect.bisect_right(bounds, m.span.start)
            before = latest.get(sent)
            if before is not None and v.start < before[0] \
                    and self._opened_clause(opener, before[1], m.span.start):
                out.add(m.span.start)
            else:
                latest[sent] = (v.start, m.span.end)
        return out

    def _retold_back(self) -> set[int]:
        """Starts of event days told right after an older incident's occurrence participle
        ("buscados por el asesinato de un comerciante, ocurrido el pasado 2 de febrero"; time.yaml
        ``retold_participles``, at most two words between) and before a day the story told earlier:
        the crime an arrest or a clash was about. Later sentences keep the story's day (corpus dev
        zg-001: the arrest told after it is the clash's, on the later day)."""
        told = _retold_pattern(self._lex.retold_participles) if self._lex.retold_participles else None
        out: set[int] = set()
        latest: Optional[dt.date] = None
        for m in self.mentions:
            v = m.value
            if m.role != "event" or m.kind == "background" or v is None or v.precision != "day" \
                    or v.start is None:
                continue
            if told is not None and latest is not None and v.start < latest \
                    and told.search(self.text, max(0, m.span.start - ANTECEDENT_REACH), m.span.start):
                out.add(m.span.start)
            else:
                latest = v.start if latest is None else max(latest, v.start)
        return out

    def _opened_clause(self, opener: re.Pattern, lo: int, date_start: int) -> bool:
        """An opener word between ``lo`` and the date, no comma or stop from it to the date."""
        found = None
        for found in opener.finditer(self.text, lo, date_start):
            pass
        return found is not None and not _CLAUSE_BREAK.search(self.text, found.end(), date_start)

    def _earlier_acts(self) -> set[int]:
        """Event dates that tell what came before the story's current act, so that a later
        sentence does not take them as the story's date: dates of a pluperfect clause, days stepped
        back within a sentence (``_stepped_back``), and steps counted from either ("que había sido
        secuestrado el jueves ... Horas después llamaron a la familia": still the kidnapping's)."""
        out = set(self._antecedent_from) | self._stepped_back() | self._retold_back()
        for m in self.mentions:  # in text order: a step counted from a step counted from one
            src = self._counted_from.get(m.span.start)
            if src is not None and src in out:
                out.add(m.span.start)
        return out

    def _since_clauses(self) -> dict[int, int]:
        """Event dates opening a span of time in a relative clause ("un comerciante que
        permanecía cautivo desde el jueves", "un corte que mantenían desde el lunes"; time.yaml
        ``start_words``, ``antecedent_relatives``): the start of a state that clause tells, by
        the date's start -> the relative word's start."""
        before, opening = _since_patterns(self._lex.start_words)
        relative = _word_pattern(self._lex.antecedent_relatives)
        out = {}
        for m in self.mentions:
            start = m.span.start
            if m.role != "event" or not (before.search(self.text, max(0, start - 20), start)
                                         or opening.match(self.text, start, m.span.end)):
                continue
            lo = max(0, start - SINCE_RELATIVE_REACH)
            found = None
            for found in relative.finditer(self.text, lo, start):
                pass
            if found is not None and not _CLAUSE_BREAK.search(self.text, found.end(), start):
                out[start] = found.start()
        return out

    def _antecedent_for(self, m: DateMention, trigger: Span) -> bool:
        """``m`` is told in a pluperfect relative clause the trigger is outside of: it dates an
        earlier event ("rescataron a un hombre que había sido secuestrado el martes": not the rescue)."""
        aux, relative = self._antecedent_from.get(m.span.start, (None, False))
        return aux is not None and relative and not aux <= trigger.start < m.span.end

    _NAMED_AGAIN_GAP = re.compile(r"\s*,?\s*(?:ya\s+)?(?:en\s+)?", re.IGNORECASE)

    def _steps_named_again(self, mentions: list[DateMention]) -> list[DateMention]:
        """A vague step named again by its day right after it ("Horas después, la tarde del
        domingo, ...", "Horas más tarde, ya en la madrugada del lunes, ..."): the day says when; the
        step (the story's day, which the night may have left) says nothing itself (corpus train
        c-192, r-030)."""
        out = list(mentions)
        for k in range(len(out) - 1):
            m, n = out[k], out[k + 1]
            if m.expression.pattern != "story_vague" or m.role != "event" or n.role != "event" \
                    or n.value is None or n.value.precision != "day" \
                    or not self._NAMED_AGAIN_GAP.fullmatch(self.text, m.span.end, n.span.start):
                continue
            e = replace(m.expression, kind="background", role="background")
            out[k] = DateMention(m.span, m.value, "background", "background", e, m.paragraph)
        return out

    def _weekdays_by_dated_day(self, mentions: list[DateMention]) -> list[DateMention]:
        """A text dated only by its month cannot count "el lunes" from its day; when it
        dates a day of that month itself ("El 11 de julio ..."), its weekdays are the days of
        that week from that day on ("el lunes" the 12th, "el martes" the 13th), as a reader
        counts them. Without such a day they stay at the month."""
        pub = self.published
        if pub is None or pub.precision != "month":
            return mentions
        days = [m.value.start for m in mentions if m.value is not None and m.value.precision == "day"
                and m.expression.op == "date" and m.expression.day is not None and m.role == "event"
                and m.value.start and (m.value.start.year, m.value.start.month) == (pub.ref.year, pub.ref.month)]
        if not days:
            return mentions
        anchor = max(days)
        out = []
        for m in mentions:
            e = m.expression
            if e.op == "pub_weekday" and e.day is None and e.weekday is not None \
                    and e.direction in ("past", "this") and m.value is not None and m.value.precision == "month":
                d = anchor + dt.timedelta(days=(e.weekday - anchor.weekday()) % 7)
                m = DateMention(m.span, day_value(d, m.span), m.kind, m.role, e, m.paragraph)
            out.append(m)
        return out

    _RANGE_OPEN = re.compile(r"\b(?:entre|desde|del?)\s+$", re.IGNORECASE)
    _RANGE_GAP = re.compile(r"\s*(?:\b(?:y|e|hasta|al?)\b\s*)?", re.IGNORECASE)
    _RANGE_TO = re.compile(r"(?:a|al|hasta)\b", re.IGNORECASE)
    #: days a range of two relative days may span ("entre el sábado y el martes")
    RANGE_MAX_DAYS = 6

    def _day_ranges(self, mentions: list[DateMention]) -> list[DateMention]:
        """Two days told as one stretch ("entre la noche del sábado y la mañana del domingo",
        "desde el jueves hasta el sábado", "la noche del sábado al domingo"): one interval.
        A stretch over several days cannot pin one: its value is the month of its first
        day, its bounds the days; one night from one day to the next is dated by the day
        it began, as "la noche del 5 al 6 de abril"."""
        out: list[DateMention] = []
        k = 0
        while k < len(mentions):
            a = mentions[k]
            b = mentions[k + 1] if k + 1 < len(mentions) else None
            merged = self._day_range(a, b) if b is not None else None
            if merged is None:
                out.append(a)
                k += 1
            else:
                out.append(merged)
                k += 2
        return out

    def _day_range(self, a: DateMention, b: DateMention) -> Optional[DateMention]:
        va, vb = a.value, b.value
        if va is None or vb is None or va.precision != "day" or vb.precision != "day" or a.role != "event" \
                or not self._range_end_role(b) or not va.start or not vb.start:
            return None
        if a.expression.op == "interval" or b.expression.op == "interval":
            return None
        gap = self.text[a.span.end:b.span.start]
        opened = self._RANGE_OPEN.search(self.text[max(0, a.span.start - 8):a.span.start])
        to = bool(self._RANGE_TO.match(b.span.text)) or bool(re.search(r"\b(?:al?|hasta)\s*$", gap, re.I))
        if not self._RANGE_GAP.fullmatch(gap):
            return None
        word = opened.group(0).split()[0].lower() if opened else ""
        if not ((word == "entre" and re.search(r"\b[ye]\b", gap + " " + b.span.text[:2], re.I)) or to):
            return None
        days = (vb.start - va.start).days
        if not 0 < days <= self.RANGE_MAX_DAYS:
            return None
        start = a.span.start - (len(opened.group(0)) if opened else 0)
        span = Span(start, b.span.end, self.text[start:b.span.end])
        night = days == 1 and word != "entre" and any(w in a.span.text.lower().split() for w in self._lex.parts_of_day)
        if night:
            value = DateValue(va.value, "day", va.start, vb.end or vb.start, span)
        else:
            value = DateValue(f"{va.start.year:04d}-{va.start.month:02d}", "month", va.start, vb.end or vb.start, span)
        e = replace(a.expression, span=span, kind="interval", op="interval")
        return DateMention(span, value, "interval", "event", e, a.paragraph)

    def _range_end_role(self, b: DateMention) -> bool:
        """Whether ``b`` can close a stretch: an event day, or the bound "hasta el sábado" right
        after a day the stretch opens ("desde el jueves hasta el sábado": corpus train d-045)."""
        return b.role == "event" or (b.role == "bound" and bool(self._RANGE_UNTIL.match(b.span.text)))

    _RANGE_UNTIL = re.compile(r"hasta\b", re.IGNORECASE)

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def _anchor_for(self, para: int, reach: Optional[int] = PARAGRAPH_REACH) -> Optional[DateValue]:
        """The story's current date for an expression being resolved now (``reach``
        paragraphs back at most; None: any distance)."""
        for m in reversed(self.mentions):
            if m.role not in ("event", "report") or m.kind == "background":
                continue
            if reach is not None and m.paragraph < para - reach:
                return None
            return m.value  # may be None: the story's date is then unknown
        return None

    def _story_day_for(self, para: int) -> Optional[DateValue]:
        """The last day the story told as an event's (not a report's), at most DAY_STORY_FAR_REACH
        paragraphs back, with no other day or month told as an event's after it ("Esa misma noche",
        "Al día siguiente" three paragraphs after "la noche del domingo": corpus train p-008,
        p-016, s-009)."""
        for m in reversed(self.mentions):
            if m.role != "event" or m.kind == "background" or m.value is None:
                continue
            if m.paragraph < para - DAY_STORY_FAR_REACH:
                return None
            if m.value.precision == "day":
                return m.value
            if m.value.precision != "week":
                return None
        return None

    def _story_year(self, e: DateExpression,
                    anchor: Optional[DateValue]) -> tuple[DateExpression, Optional[DateValue]]:
        """The year of a day or month written without one, far from any story date.

        The same day and month already written with its year ("la masacre del 2 de mayo
        de 2002 ... la del 2 de mayo") is that day. In a text that has not yet told
        anything of the days around publication (no "ayer", "este lunes", dateline),
        the story is the past it dated last ("El 23 de marzo de 1994 ... el 28 de
        septiembre"): that date anchors the year (the story may run into the next).
        """
        before = [m for m in self.mentions if m.span.end <= e.span.start]
        for m in reversed(before):
            x = m.expression
            if x.op == "date" and x.year is not None and x.month == e.month and x.day == e.day \
                    and m.value is not None and m.role != "background":
                return replace(e, year=x.year, weekday=None), None
        if anchor is not None or any(m.role == "dateline" or (m.kind == "relative_pub" and m.role in
                                                               ("event", "report")) for m in before):
            return e, anchor
        dated = next((m for m in reversed(before) if m.role == "event" and m.kind == "absolute"
                      and m.expression.op == "date" and m.value is not None
                      and m.value.precision in ("day", "month")), None)
        if dated is None or dated.value.start.year >= self.published.ref.year - 1:
            return e, anchor
        return e, dated.value

    def _recalled_date(self, frames: list[_Frame]) -> Optional[DateMention]:
        """The past incident a retrospective article is about ("A 15 años de la masacre"
        in its headline or lead): its most precise date among the text's mentions."""
        if self.published is None:
            return None
        lead = [f for f in frames if self.paragraph_of(f.span.start) < LEAD_PARAGRAPHS]
        if not lead:
            return None
        year = self.published.ref.year - lead[0].years
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        cands = [m for m in self.mentions if m.role == "event" and m.value is not None
                 and m.value.start is not None and m.value.start.year == year and m.kind != "background"]
        if not cands:
            return None
        return min(cands, key=lambda m: (rank[m.value.precision], m.span.start))

    def _flows(self) -> bool:
        if self.published is not None:
            return True
        starts = [m.value.start for m in self.mentions
                  if m.value is not None and m.value.start is not None and m.role != "background"]
        if len(starts) < 2:
            return True
        return (max(starts) - min(starts)).days <= FLOW_SPAN_DAYS

    def _is_future(self, m: DateMention) -> bool:
        return (self.published is not None and m.value is not None
                and m.value.start is not None and m.value.start > self.published.last)

    @staticmethod
    def _usable(m: DateMention) -> bool:
        return m.role in ("event", "report") and m.kind != "background"

    def _score(self, m: DateMention, trigger: Span, region: Span) -> float:
        text = self.text
        if m.span.end <= trigger.start:
            gap, lo, hi, after = trigger.start - m.span.end, m.span.end, trigger.start, False
        elif m.span.start >= trigger.end:
            gap, lo, hi, after = m.span.start - trigger.end, trigger.end, m.span.start, True
        else:
            gap, lo, hi, after = 0, 0, 0, False
        boundaries = len(_BOUNDARY.findall(text, lo, hi))
        # A date in the trigger's own comma-delimited segment comes first.
        score = float(gap) + _PEN_BOUNDARY * boundaries + (_PEN_SEGMENT if boundaries else 0)
        if after:
            score += _PEN_AFTER
        if (_initial_filler(self._lex).match(text[region.start:m.span.start])
                and text[m.span.end:m.span.end + 2].lstrip(" ")[:1] == ","):
            # a fronted, comma-set date ("El lunes, tras ..., la policía detuvo")
            # governs the main clause
            score = max(0.0, score - _BONUS_INITIAL)
        before = text[region.start:m.span.start]
        if before.count("(") > before.count(")"):
            tb = text[region.start:trigger.start]
            if not tb.count("(") > tb.count(")"):
                score += _PEN_PAREN
        if m.role == "report":
            score += _PEN_REPORT
        rel = self._since.get(m.span.start)
        if rel is not None and not rel <= trigger.start < m.span.start:
            score += _PEN_SINCE  # the state of a relative clause the trigger is outside of
        return score

    def _best_in(self, region: Span, trigger: Span, aside: tuple[Span, ...] = ()) -> Optional[DateMention]:
        lo = bisect.bisect_left(self._usable_starts, region.start)
        hi = bisect.bisect_left(self._usable_starts, region.end)
        # a vague step inside the sentence ("... relataron años después", "desaparecidos días
        # antes, con heridas") dates another verb; fronted ("Tres días después, fue atacada")
        # it governs and says: unknown
        filler = _initial_filler(self._lex)
        cands = [m for m in self._usable_m[lo:hi]
                 if not (_says_nothing(m) and not filler.match(self.text[region.start:m.span.start]))
                 and not self._antecedent_for(m, trigger) and not _inside_any(m.span, aside)]
        if not cands:
            return None
        best = min(cands, key=lambda m: (self._score(m, trigger, region), m.span.start))
        # "cometido en 2003 ... el 12 de octubre": a more precise date of the same
        # region inside the chosen one's interval refines it
        finer = [m for m in cands if m.role == best.role and _within(m.value, best.value)]
        if finer:
            best = min(finer, key=lambda m: (_PRECISION_ORDER[m.value.precision],
                                             self._score(m, trigger, region), m.span.start))
        return best

    def _with_span(self, m: DateMention) -> Optional[DateValue]:
        if m.value is None:
            return None
        v = m.value if m.value.span == m.span else replace(m.value, span=m.span)
        return self._not_after_publication(m, v)

    def _not_after_publication(self, m: DateMention, v: DateValue) -> DateValue:
        """An incident already reported cannot postdate its report: a day or month
        written without its year that falls after publication ("asesinado el 14 de
        septiembre" in a story of 13 September) is last year's."""
        pub = self.published
        e = m.expression
        if (pub is None or pub.precision != "day" or e.op != "date" or e.kind != "partial"
                or e.direction == "same_year" or v.start is None or v.start <= pub.last
                or v.precision not in ("day", "month")):
            return v
        y = v.start.year - 1
        if v.precision == "day":
            d = _safe_date(y, v.start.month, v.start.day)
            return day_value(d, v.span) if d else v
        return month_value(y, v.start.month, v.span)

    # ------------------------------------------------------------------ public

    def date_for(self, trigger: Span, sentence: Span, clause: Optional[Span] = None,
                 aside: tuple[Span, ...] = ()) -> DateAttachment:
        """The date of the event triggered at ``trigger`` (see module docstring). An incident with no
        date expression of its own, of its sentence or of the story gets the publication month, also
        when it is told in the present tense ("bloquean la avenida", "están disparando contra la
        marcha"): tense is not a date expression (shared README; corpus/README.md, "Undated posts").
        An act told as lasting several days ("combatieron durante dos días") spans them: the month
        of its first day (``_over_days``). ``aside``: parts of the sentence that tell another act
        than the trigger's (a relative clause of another noun after it: "asesinó a diecinueve
        comuneros, según la investigación que la Fiscalía abrió en 2005"); their dates date that
        act, and the trigger takes the sentence's other date ("El 14 de agosto de 1986, ...")."""
        att = self._date_for(trigger, sentence, clause, aside)
        days = self._lasting_days(trigger, sentence)
        return att if days is None else DateAttachment(_over_days(att.value, days), att.via)

    def _lasting_days(self, trigger: Span, sentence: Span) -> Optional[int]:
        """The days the trigger's act lasts when the text says so right after the trigger ("combatieron
        durante dos días", "fueron retenidos durante tres días") or opening its sentence ("Durante seis
        días, ..."): corpus train b-179, a-054, n-064, y-007, whose gold dates such an act at the
        month. None for one day, for more than a week, or when no duration is told there (a
        consequence's "obligó a suspender el bombeo durante dos días" is not the act's: train a-281)."""
        pats = _lasting_patterns(self._lex)
        if pats is None:
            return None
        m = pats[0].match(self.text, trigger.end) or pats[1].match(self.text, sentence.start)
        if m is None:
            return None
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else self._lex.numbers.get(word)
        # up to a week, as a range of days (RANGE_MAX_DAYS); longer, the text tells a captivity or a
        # state whose first day is the event's ("los mantuvo cautivos durante doce días": dev g-038)
        return n if n is not None and 2 <= n <= self.RANGE_MAX_DAYS + 1 else None

    def _date_for(self, trigger: Span, sentence: Span, clause: Optional[Span] = None,
                  aside: tuple[Span, ...] = ()) -> DateAttachment:
        told = self._told_in(trigger, sentence, clause, aside) if aside else None
        if told is None:  # (no other date: the aside's may still be the act's, "que regresaba el martes"),
            # never an older incident's occurrence ("sospechosos del homicidio ocurrido el 8 de marzo")
            told = self._told_in(trigger, sentence, clause, self._retold(aside))
        if told is not None:
            return told
        m = self._opener_date(sentence)
        if m is not None:  # "... recordaron el asalto a la comisaría. Fue en 1991."
            return DateAttachment(self._with_span(m), "sentence")
        if self.published is not None and self._another_incident(trigger, sentence):
            # "En otro hecho, una granada dañó ...": not the story's first incident
            pub = self.published
            return DateAttachment(month_value(pub.ref.year, pub.ref.month), "publication")
        captive = self._captivity_told_before(trigger, sentence)
        if captive is not None:
            return DateAttachment(self._with_span(captive), "story")
        story = self._story_date(sentence)
        if story is not None:
            if story.value is not None and story.value.precision == "day" \
                    and self._after_stretch(trigger, sentence):
                v = story.value  # "En la búsqueda posterior, ... capturaron": the story's month
                return DateAttachment(month_value(v.start.year, v.start.month, v.span), "story")
            return story
        if self.recalled is not None:
            # a retrospective article: an undated incident is the one it recalls
            return DateAttachment(self._with_span(self.recalled), "story")
        pub = self.published
        if pub is not None:
            return DateAttachment(month_value(pub.ref.year, pub.ref.month), "publication")
        return DateAttachment(None, "none")

    def _retold(self, aside: tuple[Span, ...]) -> tuple[Span, ...]:
        """The asides that tell an older incident's occurrence: they open with one of time.yaml's
        ``retold_participles`` ("ocurrido el 8 de marzo en el barrio ...")."""
        opener = _opening_word(self._lex.retold_participles + self._lex.earlier_act_openers)
        return tuple(a for a in aside if opener.match(self.text, a.start, a.end))

    def _told_in(self, trigger: Span, sentence: Span, clause: Optional[Span],
                 aside: tuple[Span, ...] = ()) -> Optional[DateAttachment]:
        """The date the trigger's clause, else its sentence, tells (none inside ``aside``), or None.
        A clause after a semicolon that follows the trigger tells another act ("fue privado de la
        libertad al salir de una conferencia; fue liberado dos días después", "les dio muerte en una
        quebrada; sus restos fueron hallados en 2008"): its dates are that act's (train c-129, c-146)."""
        semi = self.text.find(";", trigger.end, sentence.end) if trigger.end > trigger.start else -1
        if semi >= 0:  # (a sentence without a trigger word: no act before the semicolon)
            aside = aside + (Span(semi, sentence.end, ""),)
        for region, via in ((clause, "clause"), (sentence, "sentence")):
            if region is None:
                continue
            m = self._best_in(region, trigger, aside)
            if m is not None:
                told = self._told_before_report(sentence, m) if m.role == "report" else None
                return told if told is not None else DateAttachment(self._with_span(self._recalled_day(m)), via)
        return None

    def _captivity_told_before(self, trigger: Span, sentence: Span) -> Optional[DateMention]:
        """A headline or lead naming the victims by a captivity participle before the story gives any
        date ("Liberan a los soldados secuestrados en Arauca", "Hallan a taxista que había sido
        raptado"): the kidnapping came before the news the lead paragraphs date first (the release,
        the finding); its day is the earliest day they tell (corpus train c-145, q-039: "que mantenía en
        cautiverio desde el 6 de julio", "había sido obligado a subir ... el viernes por la tarde")."""
        if self.text[trigger.start:trigger.end].lower() not in self._lex.antecedent_participles:
            return None
        if bisect.bisect_right(self._eligible_ends, sentence.start):
            return None  # the story has dated something already: the usual story date
        reach = max(self.paragraph_of(sentence.start) + 1, LEAD_PARAGRAPHS)
        days = [m for m in self.mentions
                if m.span.start >= sentence.end and m.paragraph <= reach and m.role == "event"
                and m.kind != "background" and m.value is not None and m.value.precision == "day"
                and not self._is_future(m) and not self._flashback(m)]
        return min(days, key=lambda m: (m.value.start, m.span.start)) if days else None

    def _told_before_report(self, sentence: Span, report: DateMention) -> Optional[DateAttachment]:
        """A sentence dated only by its report ("..., informó el lunes el Ejército", "según
        informaron ayer fuentes policiales"): the day the text gives the incident itself wins, when
        it is not after the report's: the next sentence dating it ("El choque se produjo el
        sábado"), else the story's day told in its paragraph or, for the lead, right after it."""
        told = self._opener_date(sentence)
        if told is not None and _shortly_before(told.value, report.value):
            return DateAttachment(self._with_span(told), "sentence")
        story = self._story_date(sentence)
        if story is None or not _shortly_before(story.value, report.value) or story.value.span is None:
            return None
        at = story.value.span.start
        if at >= sentence.end or self.paragraph_of(at) == self.paragraph_of(sentence.start):
            # the lead's incident told next, or the paragraph's own incident told before ("Un
            # autobús bomba estalló la noche del sábado. ... según informaron ayer"); an earlier
            # paragraph's is often another incident ("reportaron la mañana del domingo tres cuerpos")
            return story
        return None

    def _another_incident(self, trigger: Span, sentence: Span) -> bool:
        """The trigger is told as another incident: "otro ataque", "otra violenta emboscada",
        or a sentence fronted by "En otro hecho, ..."."""
        words = self._lex.other_incident_words
        if not words:
            return False
        before_word, fronted = _another_incident_patterns(words)
        before = self.text[sentence.start:trigger.start]
        return bool(before_word.search(before) or fronted.match(before) or self._another_operation(before))

    def _another_operation(self, before: str) -> bool:
        """A further operation told before the trigger in its sentence ("En un segundo
        procedimiento, ...", "se realizaron otras dos operaciones ..., donde", "otro operativo en
        el que"): its arrests and seizures are another incident than the story's first."""
        lex = self._lex
        if not lex.operation_nouns:
            return False
        return bool(_another_operation_pattern(lex.other_incident_words, lex.other_incident_ordinals,
                                               lex.operation_nouns).search(before))

    def _opener_date(self, sentence: Span) -> Optional[DateMention]:
        """The next sentence of the paragraph opens by dating this one: "Fue en 1989",
        "Ocurrió el 3 de mayo": its first date, when that date follows the opener."""
        openers = self._lex.dating_openers
        if not openers:
            return None
        start = _OPENER_LEAD.match(self.text, sentence.end).end()
        if start >= len(self.text) or "\n" in self.text[sentence.end:start]:
            return None
        mo = _opener_pattern(openers).match(self.text[start:start + 40])
        if not mo:
            return None
        pos = start + mo.end()
        k = bisect.bisect_left(self._usable_starts, start)
        if k < len(self._usable_m):
            m = self._usable_m[k]
            # the date follows the opener, at most a short phrase later ("Fue en la madrugada del ...")
            gap = self.text[pos:m.span.start] if m.span.start >= pos else "x"
            if m.value is not None and m.role == "event" and re.fullmatch(_OPENER_GAP, gap, re.I):
                return m
        return None

    def _recalled_day(self, m: DateMention) -> DateMention:
        """"al cumplirse ocho años de su desaparición": the anniversary frame
        gives only the year; the day the article tells of that year dates the incident."""
        r = self.recalled
        if m.expression.pattern == "anniversary" and r is not None and _within(r.value, m.value):
            return r
        return m

    def _story_date(self, sentence: Span) -> Optional[DateAttachment]:
        para = self.paragraph_of(sentence.start)
        eligible = self._eligible
        k = bisect.bisect_right(self._eligible_ends, sentence.start)
        if not self.flows_in_time:
            # an encyclopedic text jumps between episodes at paragraph breaks: only
            # a date earlier in the same paragraph carries over
            if k and eligible[k - 1].paragraph == para:
                return DateAttachment(self._with_span(eligible[k - 1]), "story")
            return None
        if k:
            last = eligible[k - 1]
            if last.paragraph == para:
                return DateAttachment(self._with_span(last), "story")
            if last.paragraph >= para - PARAGRAPH_REACH and self._judged_account(sentence):
                # court news: "Según el fallo, ..." tells the crime the paragraph before dated, not
                # the news of the trial the story would return to
                return DateAttachment(self._with_span(last), "story")
            news = next((m for m in reversed(eligible[:k]) if self._recent_day(m)), None)
            if news is not None and last.value is not None and last.value.end is not None \
                    and last.value.end < news.value.start:
                # an earlier paragraph looked back ("en marzo pasado", "en 2008"); a new
                # paragraph returns to the news of the day
                return DateAttachment(self._with_span(news), "story")
            if not self._has_news and last.value is not None and self._chronicle:
                # a chronicle (several dates, all of them past): its last date is the story's,
                # however far back
                return DateAttachment(self._with_span(last), "story")
            if last.paragraph >= para - PARAGRAPH_REACH and (not self._flashback(last)
                                                             or not self._has_news):
                return DateAttachment(self._with_span(last), "story")
            if self._recent_day(last):
                # the news of the day, told over several paragraphs: no later date
                # moved the story, so its day still holds
                return DateAttachment(self._with_span(last), "story")
            return None
        # The story has not given a date yet (a lead sentence or headline): its date
        # is the first recent date the story gives right after.
        reach = max(para + 1, LEAD_PARAGRAPHS)  # a headline looks past its subtitle
        for m in eligible[k:]:
            if m.span.start >= sentence.end:
                if m.paragraph > reach:
                    break
                if self._recent_day(m) or self._recent_week(m):
                    return DateAttachment(self._with_span(m), "story")
                break
        return None

    def _after_stretch(self, trigger: Span, sentence: Span) -> bool:
        """The trigger's act is told in an open stretch after the incident, before it in its sentence
        ("En la búsqueda posterior, que se prolongó hasta el lunes, ... capturaron", "en las requisas
        posteriores se hallaron", "En las primeras 48 horas del cerco, ... detuvieron":
        ``after_stretch_words``): it follows the story's day by hours or days the text does not count."""
        words = self._lex.after_stretch_words
        if not words or trigger.start <= sentence.start:
            return False
        return _word_pattern(words).search(self.text, sentence.start, trigger.start) is not None

    def _judged_account(self, sentence: Span) -> bool:
        """The sentence tells the crime a court judged, by the ruling's or the charge's account
        ("Según el fallo, ...", "Según el escrito de la Fiscalía, los acusados abrieron fuego ...",
        "Los jueces consideraron probado que el atentado ..."; ``judged_account_words``): the date
        of that crime, told just before, is its date (corpus dev s-008, train zb-022, whose gold
        dates the old crime so), not the trial's day."""
        words = self._lex.judged_account_words
        if not words:
            return False
        head = self.text[sentence.start:min(sentence.end, sentence.start + JUDGED_ACCOUNT_REACH)]
        return _word_pattern(words).search(head) is not None

    def _flashback(self, m: DateMention) -> bool:
        """A date more than FLASHBACK_DAYS before publication: news background.

        A new paragraph after background ("En 2008 ...") more often returns to
        the news than continues the flashback, so such a date does not carry
        over a paragraph break (it still dates its own paragraph).
        """
        pub, v = self.published, m.value
        if v is not None and v.start is not None and v.start.year in self._recalled_years:
            return False  # the past an anniversary article is about is its story
        return (pub is not None and v is not None and v.end is not None
                and (pub.first - v.end).days > FLASHBACK_DAYS)

    def _recent(self, m: DateMention, precision: str) -> bool:
        """A date of ``precision`` starting at most LEAD_REACH_DAYS before publication."""
        pub, v = self.published, m.value
        if pub is None or v is None or v.precision != precision:
            return False
        return 0 <= (pub.last - v.start).days <= LEAD_REACH_DAYS

    def _recent_day(self, m: DateMention) -> bool:
        """A day-precision date at most LEAD_REACH_DAYS before publication."""
        return self._recent(m, "day")

    def _recent_week(self, m: DateMention) -> bool:
        """A week or weekend the lead tells of the news ("los combates que sostuvieron el pasado fin
        de semana"): a headline before it is that week's news too (train y-002)."""
        return m.kind == "relative_pub" and self._recent(m, "week")

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Timeline({len(self.mentions)} mentions, published={self.published})"
