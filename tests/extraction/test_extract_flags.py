"""Event flags (cronica/extraction/flags.py): historical, denied, hedged, disputed —
on sentences written for these tests, the cue file's validity, and through the pipeline."""
from __future__ import annotations

import datetime as dt

import pytest

from cronica.extraction.flags import flags_for, load_cues
from cronica.model import EVENT_FLAGS, EVENT_KEYS, Document


def flags(text: str, **kw) -> tuple[str, ...]:
    first = text.index(".") + 1 if "." in text[:-1] else len(text)
    return flags_for(text, 0, first, **kw)


def test_cue_file_is_valid_and_covers_every_flag():
    cues = load_cues()
    assert set(cues.patterns) == set(EVENT_FLAGS)
    assert all(cues.patterns[f] for f in EVENT_FLAGS) and cues.historical_years >= 1
    assert "flags" in EVENT_KEYS


@pytest.mark.parametrize("text,expected", [
    ("Hace treinta años, en 1994, una columna armada mató a once pastores en la comunidad.", "historical"),
    ("En los años 80, los atacantes quemaron la posta médica del pueblo.", "historical"),
    ("El comando regional desmintió que se haya producido un ataque contra la base.", "denied"),
    ("Una patrulla habría sido atacada en el valle. El ministerio negó que el ataque ocurriera.", "denied"),
    ("Según testigos, los atacantes habrían incendiado tres vehículos en la carretera.", "hedged"),
    ("La muerte de los dos guardias aún no ha sido confirmada por la policía.", "hedged"),
    ("La policía informó de dos muertos, mientras que los vecinos aseguran que fueron seis.", "disputed"),
    ("El ataque dejó 4 muertos. Las cifras contradictorias de las fuentes no permiten un balance.", "disputed"),
])
def test_each_flag_from_its_cue(text, expected):
    assert expected in flags(text)


@pytest.mark.parametrize("text", [
    "Una patrulla fue emboscada ayer en el distrito; murieron dos soldados.",
    "La policía detuvo a tres presuntos integrantes de la banda en el mercado.",
    "Los vecinos aseguraron que el ataque comenzó a las seis de la mañana.",
])
def test_plain_reports_have_no_flag(text):
    assert flags(text) == ()


def test_historical_by_date_against_publication():
    text = "Un ataque dejó tres muertos en la plaza."
    assert flags(text, published=dt.date(2020, 3, 1), date_end=dt.date(2012, 5, 3)) == ("historical",)
    assert flags(text, published=dt.date(2020, 3, 1), date_end=dt.date(2020, 2, 27)) == ()


def test_pipeline_writes_flags_on_events():
    from cronica.pipeline import get_pipeline

    text = ("Una columna armada atacó el 3 de mayo de 2012 una patrulla militar en Pichari y mató a "
            "cuatro soldados. Horas después, el comando conjunto desmintió que el ataque hubiera ocurrido.")
    evs = get_pipeline().extract(Document(id="f1", text=text, published="2012-05-05"))
    assert evs and all("denied" in e.flags for e in evs)
    assert evs[0].to_dict()["flags"] == list(evs[0].flags)
    plain = "Una columna armada atacó el 3 de mayo de 2012 una patrulla militar en Pichari y mató a cuatro soldados."
    assert all(e.flags == () for e in get_pipeline().extract(Document(id="f2", text=plain, published="2012-05-05")))
