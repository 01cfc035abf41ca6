"""counts, session 23 (issue 12 item 2). Sentences written for these tests."""
import cronica
from cronica.extraction.counts import load_count_cues


def events_of(text, published="2025-06-20"):
    return cronica.extract(text, published=published, doc_id="t")


def best(count):
    return None if count is None else count.best


# -- a ruling's figures are the toll of the killing the report tells next ------------------------

def test_the_killing_told_after_a_ruling_takes_the_rulings_toll_when_the_headline_is_dated_long_ago():
    # the headline's own figure is background (a bare year long ago); the lead's ruling carries the
    # toll, which it cannot keep, so the killing told next takes it
    text = ("Condenan a tres exmilitares por la matanza de once comuneros en Ccarhuapampa en 1984\n"
            "AYACUCHO, 19 jun (Agencia) - Un tribunal condenó este jueves a 25 años de prisión a tres "
            "exmilitares por la masacre de once comuneros en el anexo de Ccarhuapampa.\n"
            "Según el fallo, el 8 de agosto de 1984 los acusados sacaron a los comuneros de sus casas, "
            "los llevaron a una quebrada y allí los fusilaron.\n")
    events = events_of(text)
    killings = [e for e in events if e.type == "killing"]
    assert len(killings) == 1 and killings[0].date.value == "1984-08-08"
    assert best(killings[0].killed) == 11
    assert all(e.killed is None for e in events if e.type == "other")


def test_an_execution_of_people_is_counted_as_their_death(nlp, totals):
    assert totals(nlp, "El tribunal condenó a dos exoficiales por la ejecución de siete campesinos.") == {"killed": 7}
    # the execution of a plan or a budget counts nobody
    assert totals(nlp, "El tribunal ordenó la ejecución de dos proyectos de vivienda en la zona.") == {}


def test_a_ruling_with_no_killing_told_after_it_lends_its_toll_to_nobody():
    text = ("LIMA, 19 jun (Agencia) - Un tribunal condenó este jueves a 20 años de prisión a dos "
            "exsoldados por el asesinato de cuatro campesinos en 1990.\n"
            "La defensa anunció que apelará el fallo ante la Corte Suprema.\n")
    assert all(e.killed is None for e in events_of(text))


# -- a toll told over two sentences before the incident is one toll ------------------------------

def test_the_wounded_told_right_after_the_dead_join_the_same_toll_ahead_of_the_incident():
    text = ("El Gobierno decretó ayer el estado de sitio en tres municipios tras el asesinato de cuatro "
            "policías el lunes en la aldea El Pino, en Izabal.\n"
            "En el mismo hecho resultaron heridos otros tres agentes.\n"
            "Según la versión oficial, la patrulla cayó en una emboscada cuando revisaba una pista "
            "clandestina.\n")
    ambush = [e for e in events_of(text, "2025-06-18") if e.type == "ambush"]
    assert len(ambush) == 1
    assert (best(ambush[0].killed), best(ambush[0].wounded)) == (4, 3)


# -- captives told in a sentence without a kidnapping verb of its own -----------------------------

def test_one_more_captive_taken_also_adds_to_the_kidnapping():
    text = ("MÉRIDA, 20 jun (Agencia) - Un productor de café de 61 años fue secuestrado el martes en su "
            "finca de la aldea El Molino por hombres armados.\n"
            "Los captores se llevaron también a su sobrino, que fue liberado esa misma noche.\n")
    taken = [e for e in events_of(text) if e.type == "kidnapping"]
    assert len(taken) == 1 and best(taken[0].kidnapped) == 2


def test_a_thing_carried_off_is_no_captive():
    text = ("MÉRIDA, 20 jun (Agencia) - Un productor de café de 61 años fue secuestrado el martes en su "
            "finca de la aldea El Molino por hombres armados.\n"
            "Según los vecinos, los hombres se llevaron además un tractor de la finca.\n")
    taken = [e for e in events_of(text) if e.type == "kidnapping"]
    assert len(taken) == 1 and best(taken[0].kidnapped) == 1


def test_a_crew_is_counted_by_its_members(nlp, totals):
    assert totals(nlp, "Un equipo de cinco técnicos fue secuestrado por hombres armados.") == {"kidnapped": 5}
    assert totals(nlp, "Una cuadrilla de doce obreros fue retenida por un grupo armado.") == {"kidnapped": 12}
    # the noun alone is a group, not one person
    assert totals(nlp, "El equipo fue secuestrado por hombres armados.") == {}


def test_collective_nouns_come_from_the_data_file():
    nouns = load_count_cues().collective_nouns
    assert {"grupo", "familia", "patrulla", "equipo", "cuadrilla"} <= nouns
    from cronica.extraction import counts as counts_mod
    assert not hasattr(counts_mod, "_COLLECTIVE")  # one source of truth


# -- a zero told of several incidents at once ------------------------------------------------------

def test_a_zero_told_of_both_incidents_is_each_ones_zero():
    text = ("TEMUCO, 20 jun (Agencia) - Desconocidos incendiaron el miércoles una bodega de un fundo en "
            "la comuna de Ercilla.\n"
            "Al día siguiente, en la comuna de Victoria, fueron quemados dos camiones de una empresa forestal.\n"
            "No hubo heridos en ninguno de los dos hechos, informó Carabineros.\n")
    arsons = [e for e in events_of(text) if e.type == "attack"]
    assert len(arsons) == 2
    assert [best(e.wounded) for e in arsons] == [0, 0]
    assert all(e.killed is None for e in arsons)  # a statement about the wounded only


def test_the_number_of_incidents_a_zero_covers():
    from cronica.extraction.assemble import _incidents_covered

    assert _incidents_covered("No hubo heridos en ninguno de los dos hechos.") == 2
    assert _incidents_covered("En ninguno de los tres ataques hubo víctimas.") == 3
    assert _incidents_covered("No se reportaron lesionados en ambos casos.") == 2
    assert _incidents_covered("No hubo heridos, informó la Policía.") is None
    assert _incidents_covered("No hubo heridos en los hechos de anoche.") is None


# -- a zero beside an arrest, in a clause of its own ------------------------------------------------

def test_a_zero_after_a_semicolon_beside_the_arrest_is_the_kidnappings():
    text = ("VALPARAÍSO, 20 jun (Agencia) - Tres hombres armados tomaron como rehenes al capitán y a dos "
            "marineros de un pesquero en el muelle Prat el jueves.\n"
            "Los tres fueron detenidos una hora después por la Armada; los rehenes no sufrieron lesiones.\n")
    events = events_of(text)
    taken = [e for e in events if e.type == "kidnapping"]
    assert len(taken) == 1 and best(taken[0].wounded) == 0 and taken[0].killed is None
    assert all(e.wounded is None for e in events if e.type == "arrest")


# -- one of the other side told beside a counted group ---------------------------------------------

def test_one_of_the_attackers_conjoined_with_the_dead_soldiers_is_one_more(nlp, totals):
    assert totals(nlp, "Tres policías y uno de los sicarios murieron durante el tiroteo.") == {"killed": 4}
    # "uno de los heridos" tells again someone counted, and is no side's member
    assert totals(nlp, "Dos vecinos y uno de los heridos fueron trasladados al hospital.").get("killed") is None


def test_one_of_the_attackers_is_counted_on_his_side():
    from cronica.extraction.counts import find_counts, victim_group
    from cronica.nlp.load import load_nlp

    sent = next(load_nlp()("Dos agentes y uno de los atacantes murieron en el asalto.").sents)
    groups = sorted(victim_group(c.victim_head) for c in find_counts(sent) if c.category == "killed")
    assert groups == ["rebels", "state"]
