"""counts, session 21. Sentences written for these tests."""
import re

import pytest

import cronica


def taken(text, published="2025-08-20"):
    """The kidnappings and disappearances of one text (the type is not what these tests test)."""
    return [e for e in cronica.extract(text, published=published, doc_id="t")
            if e.type in ("kidnapping", "disappearance")]


# -- the remains nouns of the casualty-word table, read from data ---------------------------------

def test_remains_nouns_are_casualty_words_from_the_data_file_only():
    from cronica.extraction.counts import _FORMS, is_casualty_word, load_remains

    words = load_remains().casualty
    # one source of truth: the table spells no remains noun itself
    assert not any(re.fullmatch(f"(?:{p})", w) for p, _, _ in _FORMS for w in words)
    # every noun and its spelling without the accent is a casualty word
    assert {"cadáver", "cadaver", "cuerpos", "restos"} <= words
    assert all(is_casualty_word(w) for w in words)
    # a skeleton found is told with its person, not counted as a casualty word
    assert not is_casualty_word("osamenta") and "osamenta" in load_remains().found


def test_remains_counted_from_the_data_file_give_the_dead():
    events = cronica.extract("Campesinos de la vereda La Palma hallaron el martes los cuerpos de cuatro "
                             "jornaleros asesinados por hombres armados.", published="2025-08-20", doc_id="t")
    assert any(e.killed is not None and e.killed.best == 4 for e in events)


# -- the people taken told after a place phrase ---------------------------------------------------

def test_one_person_taken_after_a_place_phrase_is_one_disappeared():
    events = taken("El 4 de marzo de 2025, hombres vestidos de civil sacaron de su vivienda, en el barrio "
                   "San Roque de la ciudad de Estelí, al maestro rural Óscar Mairena Rugama; desde entonces "
                   "se desconoce su paradero.")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 1


def test_people_counted_after_a_place_phrase_are_the_disappeared():
    events = taken("En la madrugada del 3 de mayo de 1977, grupos de hombres armados sacaron de sus casas, "
                   "en los barrios Alta Gracia y San Vicente de la ciudad de Rosario, a los cinco "
                   "delegados del sindicato del puerto; ninguno apareció con vida.")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 5


def test_a_distance_after_the_place_is_no_victim(nlp):
    from cronica.extraction.counts import _object_after_place

    doc = nlp("Asesinaron en la vereda El Limón, a unos 20 kilómetros del casco urbano, a dos campesinos.")
    verb = next(t for t in doc if t.lower_ == "asesinaron")
    noun = _object_after_place(verb)
    assert noun is not None and noun.lower_ == "campesinos"


def test_no_people_after_the_place_phrase_gives_no_object(nlp):
    from cronica.extraction.counts import _object_after_place

    doc = nlp("Se llevaron de la bodega, en el sector industrial, al menos cuarenta sacos de café.")
    verb = next(t for t in doc if t.lower_ == "llevaron")
    assert _object_after_place(verb) is None


def test_a_passive_counted_subject_of_a_kidnapping_is_its_figure():
    events = taken("En junio, otros tres técnicos de la misma compañía fueron retenidos durante cuatro días "
                   "en la comunidad de El Naranjo y liberados sin pago de rescate.")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 3


# -- people held by a verb of keeping -------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("Desde el lunes un grupo armado mantiene retenidos a seis funcionarios de la alcaldía en la vereda La Loma.", 6),
    ("Los pobladores de la vereda tienen retenidos a 14 policías en el salón comunal desde la mañana.", 14),
    ("Desde hace dos semanas la banda tiene secuestrada a una comerciante de la zona.", 1),
])
def test_people_held_by_a_verb_of_keeping_are_kidnapped(totals, nlp, sentence, n):
    assert totals(nlp, sentence).get("kidnapped") == n


def test_things_held_are_no_kidnapped(totals, nlp):
    assert "kidnapped" not in totals(nlp, "La aduana tiene retenidos los contenedores desde el lunes.")


# -- one person detained and not seen again --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sus hermanos desconocen su paradero desde que fue detenido el jueves por agentes de civil en su taller.",
    "Una patrulla lo detuvo el martes en un control de la carretera; su familia no ha vuelto a saber de él.",
    "Denuncian la desaparición de un dirigente campesino tras ser detenido por militares en Tierralta.",
])
def test_one_person_detained_and_not_seen_again_is_one_kidnapped(totals, nlp, sentence):
    assert totals(nlp, sentence).get("kidnapped") == 1


def test_a_detention_with_no_word_of_vanishing_is_no_kidnapped(totals, nlp):
    assert "kidnapped" not in totals(nlp, "La policía lo detuvo el martes en un control de la carretera.")


# -- a part of the arrested told wounded is the incident's, and others than its wounded ----------

def violent(text, published):
    return [e for e in cronica.extract(text, published=published, doc_id="t")
            if e.type in ("armed_clash", "attack", "ambush", "security_operation")]


def test_the_wounded_among_the_captured_add_to_a_wounded_soldier_told_after():
    events = violent("El sábado 14 de marzo de 2026, una patrulla del Ejército fue atacada con fusiles por un grupo "
                     "armado cuando recorría la vereda La Unión, municipio de Tibú. En la respuesta de las tropas "
                     "fueron capturados otros cuatro, uno de ellos herido. Un cabo resultó herido en el brazo y "
                     "se encuentra estable.", "2026-03-16")
    assert events and events[0].wounded is not None and events[0].wounded.best == 2


def test_the_wounded_among_the_detained_add_to_the_clash_told_before():
    events = violent("HERMOSILLO, 3 abr (Agencia) - Cinco civiles armados y un soldado murieron el martes en un "
                     "enfrentamiento en el ejido El Sauz, informó la Defensa. Según la dependencia, al repeler la "
                     "agresión murieron cinco de los atacantes y un soldado, y otros dos militares resultaron "
                     "heridos. En el lugar fueron detenidas dos personas, una de ellas herida, y se aseguraron "
                     "seis armas largas.", "2026-04-03")
    assert events and events[0].wounded is not None and events[0].wounded.best == 3


# -- the people of an earlier verb of the series, killed by a later one ----------------------------

@pytest.mark.parametrize("sentence, n", [
    ("Un grupo armado llegó a la vereda El Diviso, sacó de sus ranchos a cinco jornaleros y los asesinó "
     "junto al río.", 5),
    ("La patrulla llegó al caserío al amanecer, detuvo a nueve comuneros, entre ellos un anciano, y los "
     "ejecutó en una quebrada.", 9),
])
def test_people_taken_by_one_verb_of_a_series_and_killed_by_a_later_one(totals, nlp, sentence, n):
    assert totals(nlp, sentence).get("killed") == n


# -- a place name beside the counted people is not the object counted ----------------------------

def test_counted_people_after_a_place_reached_with_a_are_the_figure(totals, nlp):
    got = totals(nlp, "Agentes municipales detuvieron en un control de la ruta a Jerez a los cuatro "
                      "muchachos, de entre 18 y 20 años; desde entonces se desconoce su paradero.")
    assert got.get("kidnapped") == 4


# -- a protest carries no kidnapped figure ----------------------------------------------------------

def test_a_protest_for_the_disappeared_carries_no_kidnapped_figure():
    from cronica.extraction.counts import carries_toll

    assert not carries_toll("protest", "kidnapped")
    assert carries_toll("protest", "killed") and carries_toll("protest", "wounded")


# -- a disappearance carries no killed figure ------------------------------------------------------

def test_the_disappeared_found_dead_are_no_figure_of_the_disappearance():
    from cronica.extraction.counts import carries_toll

    assert not carries_toll("disappearance", "killed")
    assert carries_toll("disappearance", "kidnapped") and carries_toll("killing", "killed")
    events = cronica.extract("Vecinos de Loma Alta hallaron esta mañana sin vida a tres muchachos a un costado del "
                             "camino a Jerez. Estaban desaparecidos desde el viernes, cuando salieron de un baile "
                             "en el pueblo.", published="2026-02-16", doc_id="t")
    assert all(e.killed is None for e in events if e.type == "disappearance")
