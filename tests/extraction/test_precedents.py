"""An older incident recalled as a precedent with its own day or month, told in full by its verb
after a fronted date ("No es el primer ataque contra X: el 9 de febrero, ..."), is an incident of
its own (corpus/README.md: an older incident with a month-precise date and a place is annotated),
even when the parser leaves the date outside the verb's clause (Assembler._conflicts,
_fronted_date). Bare-year background stays unannotated. Sentences written for these tests (CC0)."""
import pytest


PUBLISHED = "2024-05-13"


def dates(evs, etype):
    return sorted(e.date.value for e in evs if e.type == etype and e.date is not None)


def told(evs):
    return [(e.type, e.date, e.evidence.text) for e in evs]


@pytest.mark.parametrize("text, etype, expected", [
    # its own day, after "No es el primer ataque contra X:"
    ("Desconocidos dispararon la madrugada del domingo contra la fachada de una farmacia del barrio "
     "Echesortu, en Rosario. No es el primer ataque contra la cadena: el 12 de abril, otra de sus "
     "sucursales, en el barrio Tablada, fue baleada desde una moto, sin heridos.",
     "attack", ["2024-04-12", "2024-05-12"]),
    # its own month and place, fronted before the narrated act
    ("Tres campesinos fueron asesinados la tarde del jueves en la vereda El Retiro, en Tarazá, "
     "Antioquia. En febrero de este año, en la vereda La Honda del mismo municipio, hombres armados "
     "sacaron de su finca a un agricultor y lo asesinaron junto al río.",
     "killing", ["2024-02", "2024-05-09"]),
])
def test_a_precedent_with_its_own_day_or_month_is_its_own_incident(extract, text, etype, expected):
    evs = extract(text, published=PUBLISHED)
    assert dates(evs, etype) == expected, told(evs)


def test_the_same_day_told_again_after_a_fronted_date_stays_one_incident(extract):
    text = ("Hombres armados atacaron el domingo 12 de mayo la comisaría de Juliaca, en Puno. El 12 de mayo, "
            "poco después de las tres de la madrugada, los atacantes dispararon contra la puerta principal.")
    evs = extract(text, published=PUBLISHED)
    assert [e.type for e in evs] == ["attack"], told(evs)
    assert evs[0].date.value == "2024-05-12"


def test_a_precedent_with_a_bare_year_stays_background(extract):
    text = ("Sicarios asesinaron la noche del sábado a dos comerciantes en el mercado central de Tumaco, "
            "en Nariño. No es el primer crimen en ese mercado: en 2019, dos hombres en moto mataron a un "
            "vendedor de frutas frente a su puesto.")
    evs = extract(text, published=PUBLISHED)
    assert dates(evs, "killing") == ["2024-05-11"], told(evs)


def test_a_precedent_told_after_an_ordinal_keeps_its_own_verb(pipeline):
    # "No es el primer ataque" is a tally; the clause after the colon, with its own subject and
    # auxiliary, tells an incident (Triggers: _tally, _own_clause)
    from cronica.extraction.triggers import find_triggers
    doc = pipeline.nlp("No es el primer ataque contra la cadena: el 12 de abril, otra de sus sucursales, en el "
                       "barrio Tablada, fue baleada desde una moto, sin heridos.")
    kept = [(t.type, t.is_noun) for s in doc.sents for t in find_triggers(s) if not t.dropped]
    assert ("attack", False) in kept, kept
    doc = pipeline.nlp("Ramírez era el segundo alcalde asesinado en la provincia en menos de un año.")
    assert not [t for s in doc.sents for t in find_triggers(s) if not t.dropped and t.type == "killing"]


def test_a_date_right_after_another_verb_is_that_verbs(extract):
    # "fue liberado el martes, ... después de haber sido secuestrado": the release's day, no
    # second abduction (_opens_a_clause)
    text = ("Liberan a comerciante secuestrado hace una semana en Machiques\n\n"
            "El comerciante Luis Ferrer, de 47 años, fue liberado el martes en una carretera cercana a "
            "Machiques, siete días después de haber sido secuestrado por hombres armados en su finca.")
    evs = extract(text, published="2024-05-16")
    assert [e.type for e in evs] == ["kidnapping"], told(evs)


@pytest.mark.parametrize("text, published, expected", [
    # the incident before is dated in its own sentence outside its verb's clause ("resultaron
    # heridos el sábado cuando ... fue atacada"); the next sentence opens with another day
    ("Tres policías resultaron heridos la noche del sábado cuando la comisaría de Saravena, en "
     "Arauca, fue atacada con granadas. El 2 de marzo, otro artefacto lanzado contra la misma "
     "comisaría mató a un patrullero de 24 años.",
     "2024-05-13", [("2024-03-02", 1), ("2024-05-11", None)]),
    # an entry without a publication date: a day, then a month of another year opening the sentence
    ("El 8 de junio de 2021, un grupo armado disparó contra una vivienda de la calle Los Pinos y "
     "mató a un comerciante. En octubre de 2022, la comisaría del barrio fue baleada durante la "
     "madrugada y nadie resultó herido.",
     None, [("2021-06-08", 1), ("2022-10", None)]),
])
def test_a_sentence_opening_with_another_date_tells_another_incident(extract, text, published, expected):
    # its date and its toll stay its own (Assembler._conflicts, _opens_with_own_date)
    evs = extract(text, published=published)
    got = sorted((e.date.value, e.killed.best if e.killed else None) for e in evs if e.date is not None)
    assert got == expected, told(evs)


def test_an_old_incident_told_by_a_subject_noun_after_en_month_year_is_its_own(extract):
    # a feature's two old incidents, the second opened by "En <mes> de <año>," and told on by its noun
    # as a subject ("el enfrentamiento duró ... y dejó"): not joined to the first (session 15: s-005)
    evs = extract("El 2 de agosto de 1984, soldados mataron a cuatro campesinos en el caserío Los "
                  "Pinos.\nEn marzo de 1990, guerrilleros asaltaron el cuartel de "
                  "la policía de San Lucas; el enfrentamiento duró seis horas y dejó tres policías "
                  "muertos.", published="2026-10-18")
    got = sorted((e.date.value, e.killed.best if e.killed else None) for e in evs if e.date is not None)
    assert got == [("1984-08-02", 4), ("1990-03", 3)], told(evs)
