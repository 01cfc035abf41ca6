"""Session 23 date classes (helper dates7), through the pipeline and the timeline: a lead's week
refined by the day the body tells the incident on; a headline's operation dated by the lead right
below it; court news telling the judged crime by the ruling's account; a live post's "p. m." clock
stamps, except under a chronology's day heading. (Texts written for these tests.)"""
from __future__ import annotations

import pytest

from cronica.model import Document, Span
from cronica.time import Timeline


@pytest.fixture(scope="module")
def pipe():
    from cronica.pipeline import get_pipeline

    return get_pipeline()


def _events(pipe, text: str, published: str) -> list[tuple[str, str, str]]:
    events = pipe.extract(Document(id="t", text=text, published=published))
    return [(e.type, e.date.value if e.date else None, e.evidence) for e in events]


# --------------------------------------------------------------- a lead's week, the body's day

def test_the_body_day_refines_the_week_a_lead_sums_up(pipe):
    text = ("Fin de semana sangriento en Tuluá\n"
            "CALI, 4 mar (Agencia) - Siete personas murieron en dos ataques armados registrados el fin "
            "de semana en el municipio de Tuluá, en el Valle del Cauca, según la Policía.\n"
            "El primero ocurrió el sábado en el barrio La Graciela, donde hombres armados dispararon "
            "contra los clientes de una tienda y mataron a cuatro personas.\n"
            "El domingo, en la vereda La Marina, tres agricultores fueron asesinados a tiros cuando "
            "regresaban de una finca.")
    got = _events(pipe, text, "2024-03-04")
    dates = sorted(d for _, d, _ in got)
    # the Saturday's incident takes its day, not the weekend (no week level in the annotation)
    assert "2024-03-02" in dates and "2024-03-03" in dates
    assert all(len(d) == 10 for d in dates)


def test_a_week_with_no_day_told_stays_the_week(pipe):
    text = ("Hombres armados quemaron dos buses en la vía a Buenaventura el fin de semana, informaron "
            "las autoridades del Valle del Cauca.")
    got = _events(pipe, text, "2024-03-04")
    assert got and all(d == "2024-03" for _, d, _ in got)


# --------------------------------------------------------------- a headline's operation

def test_a_headline_rescue_takes_the_day_its_lead_tells(pipe):
    text = ("Rescatan a comerciante secuestrado en Chiclayo y capturan a dos presuntos captores\n"
            "Agentes de la División de Secuestros lograron rescatar en la madrugada del martes 12 de "
            "marzo a un comerciante de 52 años que había sido secuestrado el sábado 9 en el distrito "
            "de La Victoria.\n"
            "En la intervención fueron capturados dos hombres de 25 y 31 años.")
    got = {t: d for t, d, _ in _events(pipe, text, "2024-03-13")}
    assert got.get("security_operation") == "2024-03-12"
    assert got.get("kidnapping") == "2024-03-09"


def test_an_undated_deployment_in_the_body_is_still_known_to_its_month(pipe):
    text = ("Atacan a balazos una comisaría en Pataz\n"
            "TRUJILLO, 13 mar (Agencia) - Un policía murió el martes cuando hombres armados atacaron a "
            "balazos la comisaría de Pataz, en La Libertad.\n"
            "Tras el ataque, la Policía desplegó un operativo con 200 agentes en la provincia para "
            "ubicar a los responsables.")
    got = {t: d for t, d, _ in _events(pipe, text, "2024-03-13")}
    assert got.get("security_operation") == "2024-03"


# --------------------------------------------------------------- court news

COURT = ("Condenan a dos hombres por el ataque a una comisaría de Valparaíso en 2021\n"
         "VALPARAÍSO, 7 may (Agencia) - El Tribunal Oral en lo Penal de Valparaíso condenó este martes "
         "a 15 años de prisión a dos hombres por el ataque a balazos contra la subcomisaría de Playa "
         "Ancha ocurrido en octubre de 2021.\n"
         "{opener} los acusados dispararon una veintena de tiros contra la fachada del cuartel desde "
         "un automóvil en marcha e hirieron a un carabinero que estaba de guardia.\n"
         "La defensa anunció que recurrirá la sentencia.")


@pytest.mark.parametrize("opener", ["Según el fallo,", "Según el escrito de acusación de la Fiscalía,",
                                    "Los jueces dieron por probado que"])
def test_the_ruling_account_of_the_crime_takes_the_crime_date(pipe, opener):
    got = _events(pipe, COURT.format(opener=opener), "2024-05-07")
    attacks = [d for t, d, ev in got if t == "attack"]
    assert attacks == ["2021-10"]
    assert ("other", "2024-05-07") in {(t, d) for t, d, _ in got}


def _account_date(opener: str) -> str:
    text = ("LIMA, 8 may (Agencia) - Un policía murió el lunes en un ataque contra la comisaría de "
            "Pichari, la misma que un grupo armado atacó en marzo de 2019.\n"
            f"{opener} los atacantes dispararon desde un vehículo en marcha.")
    tl = Timeline(text, "2024-05-08")
    s = text.index("\n") + 1
    t = text.index("dispararon")
    att = tl.date_for(Span(t, t + 10, "dispararon"), Span(s, len(text), text[s:]))
    return att.value.value if att.value is not None else None


def test_a_court_account_is_dated_by_the_crime_the_paragraph_before_dated():
    assert _account_date("Según la sentencia,") == "2019-03"


def test_an_account_in_the_news_register_returns_to_the_news():
    # "Según la Fiscalía" also opens ordinary news accounts of the day's incident
    assert _account_date("Según la Fiscalía,") == "2024-05-06"


def test_judged_account_words_are_data():
    tl = Timeline(COURT.format(opener="Según el fallo,"), "2024-05-07")
    assert "según el fallo" in tl._lex.judged_account_words


# --------------------------------------------------------------- live posts, p. m. stamps

LIVE = ("EN VIVO | Paro armado en el Catatumbo, minuto a minuto\n"
        "5:40 p. m. La Gobernación confirma que el conductor herido fue trasladado a Cúcuta.\n"
        "3:15 p. m. Reportan que hombres armados incendiaron un bus en la vía a Tibú.\n"
        "11:05 a. m. El Ejército informa que una patrulla fue hostigada con disparos en El Tarra.\n")


def test_a_p_m_stamp_opening_a_live_line_is_the_publication_day():
    tl = Timeline(LIVE, "2025-02-11")
    stamps = [(LIVE[m.span.start:m.span.end], m.value.value) for m in tl.mentions]
    assert stamps == [("5:40 p. m.", "2025-02-11"), ("3:15 p. m.", "2025-02-11"),
                      ("11:05 a. m.", "2025-02-11")]


def test_live_incidents_take_the_publication_day(pipe):
    got = _events(pipe, LIVE, "2025-02-11")
    assert got and all(d == "2025-02-11" for _, d, _ in got)


@pytest.mark.parametrize("text", [
    "Los hombres llegaron a las 5:40 p. m. a la plaza y dispararon contra los vecinos.",
    "5:40 p. m. en punto: así empezó todo.\n",   # no capitalised text after the stamp
])
def test_a_clock_time_inside_a_sentence_is_no_stamp(text):
    tl = Timeline(text, "2025-02-11")
    assert not any(m.value is not None and m.value.value == "2025-02-11" for m in tl.mentions)


def test_a_day_heading_dates_the_stamps_under_it():
    text = ("Lo que se sabe de la incursión armada frustrada en la costa, con las declaraciones oficiales "
            "y las reacciones que se conocieron a lo largo de la jornada en la capital y en las regiones.\n"
            "\n"
            "Lunes 4 de mayo\n"
            "\n"
            "8:20 a. m. El ministro informó que dos lanchas fueron interceptadas frente a la costa.\n"
            "12:40 p. m. Un vocero informó que hay seis detenidos.\n")
    tl = Timeline(text, "2020-05-06")
    values = [m.value.value for m in tl.mentions if m.value is not None]
    assert values == ["2020-05-04"]


# --------------------------------------------------------------- a clause after a semicolon

def _date_at(text: str, word: str, published: str):
    tl = Timeline(text, published)
    t = text.index(word)
    s = text.rfind("\n", 0, t) + 1
    e = text.find("\n", t)
    e = len(text) if e < 0 else e
    att = tl.date_for(Span(t, t + len(word), word), Span(s, e, text[s:e]))
    return att.value.value if att.value is not None else None


def test_a_date_after_a_semicolon_dates_the_act_of_its_own_clause():
    text = ("El martes 12 de marzo, hombres armados interceptaron a un periodista a la salida de una "
            "radio en Iguala.\n"
            "El periodista fue obligado a subir a una camioneta; fue liberado dos días después en una "
            "carretera, con golpes en el rostro.")
    assert _date_at(text, "obligado", "2024-03-20") == "2024-03-12"   # not the release's 14th
    assert _date_at(text, "liberado", "2024-03-20") == "2024-03-14"


def test_a_date_before_the_semicolon_still_dates_the_trigger():
    text = "El 3 de mayo un grupo armado quemó dos camiones en la vía; los conductores huyeron al monte."
    assert _date_at(text, "quemó", "2023-05-10") == "2023-05-03"


# --------------------------------------------------------------- an open stretch after the incident

STRETCH = ("Dos policías fueron heridos la noche del sábado cuando hombres armados atacaron un puesto de "
           "control en la carretera a Jutiapa.\n"
           "{opener} agentes de la PNC capturaron a cuatro hombres en una aldea cercana.")


@pytest.mark.parametrize("opener", ["En la búsqueda posterior,", "En las primeras 48 horas del operativo,",
                                    "En los días siguientes,"])
def test_an_act_in_an_open_stretch_after_the_incident_is_known_to_its_month(opener):
    assert _date_at(STRETCH.format(opener=opener), "capturaron", "2024-04-22") == "2024-04"


def test_an_act_right_after_the_incident_keeps_the_story_day():
    assert _date_at(STRETCH.format(opener="Durante el ataque,"), "capturaron", "2024-04-22") == "2024-04-20"


# --------------------------------------------------------------- a report told after a round-up

def test_a_report_day_told_after_arrests_and_seizures_is_not_theirs(pipe):
    text = ("Militares detuvieron a doce personas y decomisaron tres fusiles y dinamita durante un operativo "
            "contra la minería ilegal en una mina de Tumeremo, en el estado Bolívar, informó este martes el "
            "comandante de la zona.")
    got = _events(pipe, text, "2024-06-12")
    assert {t for t, _, _ in got} >= {"arrest", "seizure"}
    assert all(d == "2024-06" for t, d, _ in got if t in ("arrest", "seizure"))


def test_a_report_day_told_before_the_arrest_dates_it(pipe):
    text = "La Policía informó este martes que capturó en Tumeremo a dos hombres acusados del asesinato de un minero."
    got = {t: d for t, d, _ in _events(pipe, text, "2024-06-12")}
    assert got.get("arrest") == "2024-06-11"
