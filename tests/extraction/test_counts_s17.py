"""counts, session 17 (helper counts4): a body's zero against a roundup headline's figure, the dead
who had been wounded, and the other side's dead told as a part of a group.

- "no dejó víctimas", "salieron ilesos" after a headline that sums up several incidents: the
  headline's figure is another incident's, so the body's zero is the incident's toll.
- "un joven que había resultado herido murió", "dos heridos murieron en el hospital": dead who
  were counted wounded come off the wounded.
- "murieron dos de los atacantes" after "un soldado murió": the part names its side (the
  attackers), so the dead of both sides add up.
Sentences written for these tests."""
import pytest


def _first(events, etype=None):
    return next(e for e in events if etype is None or e.type == etype)


@pytest.mark.parametrize("text", [
    ("Fin de semana violento en la provincia: un granjero asesinado y un coche quemado\n"
     "El sábado por la noche, desconocidos quemaron un coche frente a la alcaldía de San Roque. "
     "El fuego no dejó víctimas, aunque destruyó la puerta del edificio.\n"
     "El domingo, un granjero de 60 años fue asesinado a tiros en su finca de Las Lomas."),
    ("Dos ataques en la ciudad: incendian un camión y matan a un vendedor\n"
     "Por la mañana, tres encapuchados incendiaron un camión de reparto en el barrio Norte. "
     "El chofer y su ayudante salieron ilesos.\n"
     "Horas después, un vendedor de 40 años fue asesinado a balazos en el mercado central."),
])
def test_a_body_zero_outweighs_a_roundup_headline_figure(extract, text):
    events = extract(text, published="2025-03-10")
    first = min(events, key=lambda e: e.evidence.start)
    assert first.killed is not None and first.killed.best == 0


@pytest.mark.parametrize("text,killed,wounded", [
    ("Sube a tres la cifra de muertos por el ataque a una cantina de San Pedro\n"
     "La Policía confirmó este martes la muerte de un tercer hombre que había resultado herido en el "
     "ataque armado del domingo contra una cantina de San Pedro. Aquella noche, dos pistoleros "
     "dispararon contra los clientes; dos hombres murieron en el lugar y otros cinco fueron llevados "
     "al hospital.", 3, 4),
    ("Un obrero que permanecía internado en el hospital regional murió el lunes, con lo que se elevó "
     "a dos la cifra de fallecidos por el ataque contra la planta de San José. El sábado, hombres "
     "armados dispararon contra los obreros; uno murió en el lugar y otros ocho resultaron heridos.",
     2, 7),
])
def test_the_wounded_who_died_come_off_the_wounded(extract, text, killed, wounded):
    ev = _first(extract(text, published="2025-03-11"))
    assert (ev.killed.best, ev.wounded.best) == (killed, wounded)


def test_wounded_named_as_dead_are_from_the_wounded(nlp):
    from cronica.extraction.counts import find_counts
    found = [c for s in nlp("Tres heridos murieron después en el hospital de la ciudad.").sents
             for c in find_counts(s) if c.category == "killed"]
    assert [c.best for c in found] == [3] and all(c.from_wounded for c in found)


def test_a_dead_person_with_a_wound_of_another_time_is_not_from_the_wounded(nlp):
    from cronica.extraction.counts import find_counts
    found = [c for s in nlp("Un anciano que vivía solo murió en el incendio de su casa.").sents
             for c in find_counts(s) if c.category == "killed"]
    assert not any(c.from_wounded for c in found)


@pytest.mark.parametrize("text", [
    "En la respuesta de los soldados murieron dos de los atacantes.",
    "Dos de los atacantes murieron en el tiroteo con la patrulla.",
])
def test_a_part_of_a_group_takes_the_group_as_its_victims(nlp, text):
    from cronica.extraction.counts import find_counts
    found = [c for s in nlp(text).sents for c in find_counts(s) if c.category == "killed"]
    assert [(c.best, c.victim_head) for c in found] == [(2, "atacantes")]


def test_the_other_sides_dead_in_a_later_sentence_add_up(extract):
    text = ("Un cabo de la Policía murió y otros dos agentes quedaron heridos el jueves, cuando un grupo "
            "armado emboscó a una patrulla en la carretera de El Alto. En la respuesta de los policías "
            "murieron tres de los atacantes, cuyos cuerpos quedaron en la cuneta.")
    ev = _first(extract(text, published="2025-03-14"))
    assert ev.killed.best == 4


def _figures(nlp, text, category):
    from cronica.extraction.counts import find_counts
    return [c.best for s in nlp(text).sents for c in find_counts(s) if c.category == category]


@pytest.mark.parametrize("text,expected", [
    # a place reached with "a" before the counted people after "a"
    ("El martes, hombres armados secuestraron en la carretera a Santa Fe a cinco técnicos de la empresa.", 5),
    # a captivity told as going on, in a relative clause on the people rescued
    ("Los agentes rescataron a cuatro trabajadores que permanecían privados de la libertad en una bodega.", 4),
    ("Los militares liberaron a dos comerciantes, un hombre y su sobrino, que permanecían privados de "
     "la libertad en un rancho.", 2),
])
def test_kidnapped_figures_in_longer_phrases(totals, nlp, text, expected):
    assert totals(nlp, text).get("kidnapped") == expected


@pytest.mark.parametrize("text,expected", [
    ("Esta mañana fueron encontrados sin vida tres pescadores a un costado del muelle.", 3),
    ("Ayer fueron hallados sin vida dos campesinos a orillas de la quebrada.", 2),
])
def test_a_passive_found_dead_counts_its_subject_not_the_place(nlp, text, expected):
    assert _figures(nlp, text, "killed") == [expected]


def test_a_counted_object_before_a_number_word_object(nlp):
    # "matan a un guardia y hallan 3 toneladas": the counted people are the object, not the load
    assert _figures(nlp, "Matan a un guardia y hallan 3 toneladas de cocaína en un galpón.", "killed") == [1]


@pytest.mark.parametrize("phrase,armed", [
    ("seis civiles armados", True),
    ("dos hombres armados", True),
    ("tres civiles", False),
    ("cuatro soldados", False),
])
def test_armed_people_are_of_the_attackers_side(phrase, armed):
    from cronica.extraction.counts import armed_people, victim_group
    assert armed_people(phrase) is armed
    if armed:
        assert victim_group(phrase) == "rebels"


def test_the_armed_dead_told_again_as_attackers_are_not_added(extract):
    text = ("Cinco civiles armados y un soldado murieron el martes en un enfrentamiento en las afueras de "
            "Tepic, informó la Defensa. Según el reporte, los militares fueron atacados desde una casa; "
            "al repeler la agresión murieron cinco de los atacantes y un soldado.")
    ev = _first(extract(text, published="2025-05-14"))
    assert ev.killed.best == 6


@pytest.mark.parametrize("text,expected", [
    # a state force held with no agent named: held by the other side
    ("Tras tres horas de combate, los ocho policías se rindieron y fueron retenidos durante cinco días.", 8),
    # taken away as hostages, as "tomar como rehenes"
    ("Al término del asalto, los guerrilleros se llevaron como rehenes a nueve soldados.", 9),
    ("Mataron a dos guardias; otros cuatro agentes fueron llevados como rehenes.", 4),
])
def test_held_forces_and_hostages_taken_away(totals, nlp, text, expected):
    assert totals(nlp, text).get("kidnapped") == expected


def test_civilians_held_with_no_agent_are_no_kidnapping(totals, nlp):
    assert totals(nlp, "Los feligreses fueron retenidos durante dos horas dentro de la iglesia.").get("kidnapped") is None


def test_a_dead_person_told_wounded_beside_a_rise_comes_off_the_wounded(extract):
    text = ("El cabo Luis Vera, herido el martes en una emboscada contra una patrulla en la sierra, "
            "falleció este jueves en el hospital, con lo que suben a dos los agentes muertos. "
            "El martes, un agente murió en el lugar y otros cuatro resultaron heridos.")
    ev = _first(extract(text, published="2025-06-12"))
    assert (ev.killed.best, ev.wounded.best) == (2, 3)


def test_a_wound_in_a_clause_conjoined_to_an_arrest_is_a_toll(nlp):
    from cronica.extraction.counts import find_counts
    from cronica.extraction.tolls import tolls_beside_arrests

    class _Trigger:
        def __init__(self, i):
            self.token_i = i

    class _Mention:
        def __init__(self, i):
            self.trigger, self.type = _Trigger(i), "arrest"

    doc = nlp("Cuatro vecinos fueron detenidos y un policía resultó herido por una pedrada.")
    sent = next(iter(doc.sents))
    trig = next(t.i for t in doc if t.lower_ == "detenidos")
    left = [c for c in find_counts(sent) if c.category == "wounded"]
    assert [c.best for c in tolls_beside_arrests(doc, [_Mention(trig)], left)] == [1]
