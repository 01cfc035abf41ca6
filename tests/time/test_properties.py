"""Property tests: absolute forms round-trip; past-tense reporting never lands after publication."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.time import Timeline
from cronica.time.lexicon import load_lexicon

LEX = load_lexicon()
MONTH_NAMES = {m: [w for w, n in LEX.months.items() if n == m] for m in range(1, 13)}
ABBRS = {m: [w for w, n in LEX.month_abbreviations.items() if n == m] for m in range(1, 13)}
WEEKDAY_NAMES = {d: [w for w, n in LEX.weekdays.items() if n == d] for d in range(7)}
NUMBER_WORDS = {n: [w for w, v in LEX.numbers.items() if v == n] for n in range(1, 32)}

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2079, 12, 31))
pubs = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
FRAMES = ["El ataque ocurrió {} en la zona.", "{}, una patrulla fue emboscada.",
          "La policía informó que fue capturado {} cerca del río."]


@st.composite
def day_forms(draw):
    d = draw(dates)
    month = draw(st.sampled_from(MONTH_NAMES[d.month]))
    if draw(st.booleans()):
        month = month.capitalize()
    wd = draw(st.sampled_from(WEEKDAY_NAMES[d.weekday()]))
    form = draw(st.sampled_from([
        f"el {d.day} de {month} de {d.year}",
        f"el {d.day} de {month} del {d.year}",
        f"el {wd} {d.day} de {month} de {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.isoformat()}",
        f"{d.day} {draw(st.sampled_from(ABBRS[d.month])).capitalize()}. {d.year}",
    ]))
    return d, form


@settings(max_examples=300, deadline=None)
@given(day_forms(), st.sampled_from(FRAMES), st.one_of(st.none(), pubs.map(dt.date.isoformat)))
def test_absolute_day_forms_round_trip(case, frame, published):
    d, form = case
    tl = Timeline(frame.format(form), published)
    values = [m.value for m in tl.mentions if m.value is not None]
    assert len(values) == 1, [m.span.text for m in tl.mentions]
    assert (values[0].value, values[0].precision) == (d.isoformat(), "day")
    assert values[0].start == values[0].end == d


@settings(max_examples=200, deadline=None)
@given(dates, st.sampled_from(FRAMES), st.one_of(st.none(), pubs.map(dt.date.isoformat)))
def test_month_and_year_forms_round_trip(d, frame, published):
    month = MONTH_NAMES[d.month][0]
    tl = Timeline(frame.format(f"en {month} de {d.year}"), published)
    [m] = tl.mentions
    assert m.value.value == f"{d.year:04d}-{d.month:02d}" and m.value.precision == "month"
    assert m.value.start == d.replace(day=1)
    assert m.value.end.month == d.month and (m.value.end + dt.timedelta(days=1)).day == 1
    tl = Timeline(frame.format(f"en {d.year}"), published)
    [m] = tl.mentions
    assert (m.value.value, m.value.precision) == (str(d.year), "year")


@st.composite
def past_expressions(draw):
    wd = draw(st.sampled_from([w for names in WEEKDAY_NAMES.values() for w in names]))
    n = draw(st.integers(min_value=1, max_value=31))
    nw = draw(st.sampled_from([str(n)] + NUMBER_WORDS[n]))
    return draw(st.sampled_from([
        "ayer", "anteayer", "antier", "anoche", "hoy", "esta mañana", "esta madrugada",
        f"el {wd}", f"el pasado {wd}", f"el {wd} pasado", f"la madrugada del {wd}",
        f"la tarde del {wd}", f"este {wd}", f"las 5 p.m. del {wd}",
        f"el {wd} de la semana pasada",
        f"hace {nw} días", f"hace {nw} semanas", f"hace {nw} meses", f"hace {nw} años",
        "la semana pasada", "el fin de semana", "el pasado fin de semana", "el mes pasado",
        "el año pasado", "en las últimas horas", "hace unos días", "la jornada de ayer",
    ]))


@settings(max_examples=400, deadline=None)
@given(past_expressions(), pubs, st.sampled_from(FRAMES))
def test_past_reporting_never_after_publication(expr, pub, frame):
    tl = Timeline(frame.format(expr), pub.isoformat())
    [m] = [m for m in tl.mentions]
    v = m.value
    assert v is not None
    assert v.start <= pub
    if v.precision == "day":
        assert v.start == v.end <= pub
    if v.precision in ("day", "week") and "hace" not in expr and "año" not in expr and "mes " not in expr:
        assert (pub - v.start).days <= 14  # a recent day, not a wrapped-around year


@settings(max_examples=300, deadline=None)
@given(pubs, st.integers(min_value=0, max_value=6), st.booleans())
def test_weekday_arithmetic(pub, wd, strict):
    name = WEEKDAY_NAMES[wd][0]
    text = f"La patrulla fue atacada el {'pasado ' if strict else ''}{name}."
    [m] = Timeline(text, pub.isoformat()).mentions
    d = m.value.start
    assert d.weekday() == wd
    gap = (pub - d).days
    assert (1 <= gap <= 7) if strict else (0 <= gap <= 6)


@settings(max_examples=200, deadline=None)
@given(dates, st.sampled_from(list(range(1, 31))), st.sampled_from(["después", "más tarde", "antes"]))
def test_story_offsets_count_from_the_anchor(d, n, word):
    month = MONTH_NAMES[d.month][0]
    words = NUMBER_WORDS[n][0] if n > 1 else "un"
    unit = "días" if n > 1 else "día"
    text = f"El {d.day} de {month} de {d.year} fue atacada la base. {words.capitalize()} {unit} {word}, llegaron refuerzos."
    m = Timeline(text, None).mentions[-1]
    sign = -1 if word == "antes" else 1
    assert m.value is not None and m.value.start == d + dt.timedelta(days=sign * n)


@settings(max_examples=300, deadline=None)
@given(pubs, st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)), st.booleans())
def test_day_month_without_year(pub, dm, past):
    """'el pasado 3 de mayo' falls before publication; 'el 3 de mayo' at most two months after."""
    month = MONTH_NAMES[dm.month][0]
    text = f"Una patrulla fue atacada el {'pasado ' if past else ''}{dm.day} de {month}."
    [m] = Timeline(text, pub.isoformat()).mentions
    d = m.value.start
    assert (d.month, d.day) == (dm.month, dm.day)
    if past:
        assert d < pub and (pub - d).days <= (366 if (dm.month, dm.day) != (2, 29) else 366 * 8)
    else:
        assert (d - pub).days <= 62 and (pub - d).days <= (366 if (dm.month, dm.day) != (2, 29) else 366 * 8)
