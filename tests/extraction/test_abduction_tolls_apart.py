"""One figure for one incident when a text tells an abduction and a violent incident apart
(issue 10: headline and lead summaries). People taken and later found dead are a kidnapping
(or disappearance) with the captives and a killing with the dead; a summary sentence that tells
both ("Encuentran muertos a dos ganaderos secuestrados") must not lend the killing's dead to the
abduction, nor the abduction's captives to the killing (``tolls.split_abduction_tolls``).
Sentences written for these tests (CC0)."""
from cronica.extraction.tolls import split_abduction_tolls
from cronica.model import Count, Event, Span


def _event(etype: str, start: int, killed=None, kidnapped=None) -> Event:
    return Event("t", etype, Span(start, start + 40, "x" * 40), killed=killed, kidnapped=kidnapped)


def test_the_abduction_gives_up_the_dead_the_killing_counts():
    taken = _event("kidnapping", 0, killed=Count(2, 2, 2), kidnapped=Count(2, 2, 2))
    found = _event("killing", 60, killed=Count(2, 2, 2))
    split_abduction_tolls([taken, found])
    assert taken.killed is None and taken.kidnapped == Count(2, 2, 2)
    assert found.killed == Count(2, 2, 2)


def test_the_killing_gives_up_the_captives_the_abduction_counts():
    found = _event("killing", 0, killed=Count(3, 3, 3), kidnapped=Count(3, 3, 3))
    taken = _event("disappearance", 60, kidnapped=Count(3, 3, 3))
    split_abduction_tolls([found, taken])
    assert found.kidnapped is None and found.killed == Count(3, 3, 3)
    assert taken.kidnapped == Count(3, 3, 3)


def test_the_only_violent_incident_without_a_toll_takes_the_dead():
    taken = _event("kidnapping", 0, killed=Count(2, 2, 2), kidnapped=Count(2, 2, 2))
    found = _event("killing", 60)
    split_abduction_tolls([taken, found])
    assert found.killed == Count(2, 2, 2) and taken.killed is None


def test_an_attack_keeps_the_hostages_no_abduction_counts():
    # "incendiaron las casas y se llevaron a un joven": the attack's captive, while a headline's
    # abduction without a figure counts nothing
    attack = _event("attack", 0, killed=Count(3, 3, 3), kidnapped=Count(1, 1, 1))
    taken = _event("kidnapping", 60)
    split_abduction_tolls([attack, taken])
    assert attack.kidnapped == Count(1, 1, 1) and attack.killed == Count(3, 3, 3)


def test_a_kidnapping_alone_keeps_the_hostages_killed_in_it():
    taken = _event("kidnapping", 0, killed=Count(1, 1, 1), kidnapped=Count(4, 4, 4))
    arrest = _event("arrest", 60)
    split_abduction_tolls([taken, arrest])
    assert taken.killed == Count(1, 1, 1)


def test_the_dead_are_not_moved_when_two_violent_incidents_could_own_them():
    taken = _event("kidnapping", 0, killed=Count(1, 1, 1), kidnapped=Count(1, 1, 1))
    one, two = _event("attack", 60), _event("armed_clash", 120)
    split_abduction_tolls([taken, one, two])
    assert taken.killed == Count(1, 1, 1) and one.killed is None and two.killed is None


def test_a_story_of_herders_taken_and_found_dead_counts_each_figure_once(extract):
    text = ("Encuentran muertos a dos ganaderos secuestrados en Tame\n"
            "Los cuerpos de dos ganaderos que habían sido secuestrados el 3 de abril en una vereda de Tame, "
            "en Arauca, fueron encontrados el martes a orillas de un caño, informó la Policía.\n"
            "Los hombres, tío y sobrino, habían sido sacados de su finca por un grupo armado que luego "
            "pidió dinero a la familia.\n")
    evs = extract(text, published="2024-05-10")
    killings = [e for e in evs if e.type == "killing"]
    taken = [e for e in evs if e.type == "kidnapping"]
    assert len(killings) == 1 and len(taken) == 1
    assert killings[0].killed is not None and killings[0].killed.best == 2 and killings[0].kidnapped is None
    assert taken[0].kidnapped is not None and taken[0].kidnapped.best == 2 and taken[0].killed is None


ATTACK_WITH_TAKING = (
    "Hombres armados matan a dos campesinos en Ituango y se llevan a una mujer\n"
    "MEDELLÍN, 9 may (Agencia) - Dos campesinos murieron el miércoles cuando un grupo de hombres armados "
    "atacó la vereda La Granja, en el municipio de Ituango, en Antioquia, informaron las autoridades.\n"
    "Los atacantes quemaron dos casas y se llevaron a una mujer de 30 años, de quien no se sabe nada.\n")


def test_a_headline_naming_the_taking_of_an_attack_adds_no_abduction(extract):
    # the headline sums up the attack and the woman taken in it; the body counts her in the attack
    evs = extract(ATTACK_WITH_TAKING, published="2024-05-09")
    assert [e.type for e in evs if e.type in ("kidnapping", "disappearance")] == []
    [attack] = [e for e in evs if e.type in ("killing", "attack")]
    assert attack.killed.best == 2 and attack.kidnapped is not None and attack.kidnapped.best == 1


def test_a_taking_the_body_tells_apart_stays_an_abduction(extract):
    text = ("Se llevan a cuatro trabajadores de una mina en Zaruma; tres aparecen muertos dos días después\n"
            "Un grupo de hombres armados se llevó a cuatro trabajadores de una mina de oro en Zaruma, en la "
            "provincia de El Oro, la noche del viernes.\n"
            "El domingo, pobladores encontraron los cuerpos de tres de ellos con disparos junto a un camino "
            "vecinal. Del cuarto no se sabe nada.\n")
    evs = extract(text, published="2024-05-13")
    [taken] = [e for e in evs if e.type == "kidnapping"]
    [found] = [e for e in evs if e.type == "killing"]
    assert taken.kidnapped.best == 4 and taken.killed is None
    assert found.killed.best == 3 and found.kidnapped is None
