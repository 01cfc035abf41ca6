"""The two sides of a clash told with words for both at once, session 15 (issue 12). Sentences
written for these tests (CC0).

* A clash whose actors are words for both sides ("los internos", "bandas rivales", "combatientes
  de los dos grupos"; roles.yaml ``sides_words``) takes as its sides the two groups a sentence up
  to four after its evidence or two before it names, exactly two ("atribuyen la riña a la disputa
  entre A y B"); a sentence listing three groups names no two sides.
* One side named and the other told by such a word ("presos de A ... contra los internos"): the
  sentence naming that side and exactly one other gives the other; the named side keeps its words.
"""
import pytest

from cronica.extraction.assemble import _sides_told
from cronica.model import Actor


def of_type(extract, text, etype, published="2025-03-12"):
    return [e for e in extract(text, published=published) if e.type == etype]


def clashes(extract, text):
    return of_type(extract, text, "armed_clash")


@pytest.mark.parametrize("written, told", [
    ("los internos", True), ("bandas rivales", True), ("combatientes de los dos grupos", True),
    ("ambas partes", True), ("sujetos desconocidos", False), ("un grupo de sicarios", False),
    (None, False),
])
def test_words_for_both_sides(written, told):
    actor = Actor(None, written, None, None) if written is not None else None
    assert _sides_told(actor) is told


def test_the_groups_a_later_sentence_names_are_the_sides(extract):
    text = ("Ocho reos murieron el martes en un enfrentamiento entre internos de la cárcel de Turi, en "
            "Cuenca, informó el SNAI.\n"
            "Los heridos fueron llevados al hospital regional. La requisa duró toda la noche.\n"
            "Las autoridades atribuyen la riña a la disputa entre Los Lobos y Los Choneros por el "
            "control del penal.")
    found = clashes(extract, text)
    assert found
    names = (found[0].actor1.name if found[0].actor1 else None, found[0].actor2.name if found[0].actor2 else None)
    assert names == ("Los Lobos (Ecuador)", "Los Choneros")


def test_the_groups_an_earlier_sentence_names_are_the_sides(extract):
    text = ("Decenas de familias llegaron al albergue huyendo de los combates entre el ELN y el Clan del "
            "Golfo en las veredas del norte. Las clases siguen suspendidas.\n"
            "El 3 de marzo, combatientes de los dos grupos se enfrentaron durante seis horas en la vereda "
            "La Esperanza, en Tibú, y murieron cuatro personas.")
    found = clashes(extract, text)
    assert found and found[0].actor2 is not None
    assert found[0].actor2.name.startswith("Clan del Golfo")


def test_a_sentence_listing_three_groups_names_no_sides(extract):
    text = ("Nueve presos murieron el lunes en un enfrentamiento entre internos de la cárcel de Turi, en "
            "Cuenca, informó el SNAI.\n"
            "Los heridos fueron llevados al hospital regional.\n"
            "En el penal conviven Los Lobos, Los Choneros y Los Tiguerones.")
    found = clashes(extract, text)
    assert found
    assert {found[0].actor1 and found[0].actor1.name, found[0].actor2 and found[0].actor2.name} \
        .isdisjoint({"Los Lobos (Ecuador)", "Los Choneros", "Los Tiguerones"})


def test_one_named_side_and_the_other_from_the_sentence_naming_both(extract):
    text = ("Cinco presos murieron el domingo en una riña entre internos de dos pabellones de la "
            "Penitenciaría del Litoral, en Guayaquil, informó el SNAI.\n"
            "Según la Policía, la pelea enfrentó a reos vinculados a Los Tiguerones y a Los Choneros, "
            "que se disputan el pabellón.")
    found = clashes(extract, text)
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    assert {found[0].actor1.name, found[0].actor2.name} == {"Los Tiguerones", "Los Choneros"}


# --- the force that intervened in a protest is not a group among its casualties (subgroup_markers)


@pytest.mark.parametrize("text, phrase, among", [
    ("Veinte personas, entre ellas seis policías, resultaron heridas.", "policías", True),
    ("Hubo doce heridos, cinco de ellos agentes.", "agentes", True),
    ("Los policías dispersaron la marcha.", "policías", False),
    ("Doce heridos entre manifestantes y policías.", "policías", False),
])
def test_a_group_among_the_casualties(text, phrase, among):
    from cronica.extraction.actors import among_casualties
    assert among_casualties(text, text.index(phrase)) is among


def test_the_force_that_intervened_rather_than_the_casualties(extract):
    text = ("ORURO, 4 jun (Agencia) - Catorce personas, cinco de ellas policías, resultaron heridas el martes "
            "en un enfrentamiento entre mineros que bloqueaban la ruta y agentes de la policía que intentaron "
            "despejar la vía en Caracollo.")
    protests = of_type(extract, text, "protest", "2025-06-05")
    assert protests and protests[0].actor2 is not None
    assert protests[0].actor2.as_written.startswith("agentes")


# --- a label for the victim ("el hombre", "los cautivos") takes the words that introduced them


@pytest.mark.parametrize("written, inter, label", [
    ("El hombre", None, True), ("los cautivos", 7, True), ("la vivienda", None, False),
    ("los presentes", None, False), ("El hombre de 40 años", None, False), ("los militares", 1, False),
])
def test_a_label_for_a_person(written, inter, label):
    from cronica.extraction.assemble import _label_only_person
    assert _label_only_person(Actor(None, written, inter, None)) is label


@pytest.mark.parametrize("written, introduces, plural", [
    ("un ganadero de 60 años", True, False), ("tres personas", True, True), ("unos jornaleros", True, True),
    ("una vivienda", False, False), ("el ganadero", False, False),
])
def test_people_told_for_the_first_time(written, introduces, plural):
    from cronica.extraction.assemble import _introduces_people, _told_plural
    assert _introduces_people(written) is introduces
    assert _told_plural(written) is plural


@pytest.mark.parametrize("text, victim", [
    # the label takes the words of the rescue told before
    ("PORTOVIEJO, 8 may (Agencia) - Policías de la Unidad Antisecuestro rescataron el lunes a un ganadero "
     "de 60 años que permanecía cautivo en una finca de Rocafuerte.\n"
     "El hombre había sido raptado el 30 de abril por tres sujetos armados cuando salía de su hacienda.",
     "un ganadero de 60 años"),
    # an arrest's detainees are not the victim the label stands for
    ("LIMA, 8 may (Agencia) - Agentes de la Policía capturaron el lunes a dos hombres acusados de "
     "secuestro en Comas.\n"
     "El comerciante había sido raptado el 30 de abril por cuatro sujetos armados cuando salía de su tienda.",
     "El comerciante"),
])
def test_the_label_of_a_kidnapping_victim(extract, text, victim):
    found = of_type(extract, text, "kidnapping", "2025-05-09")
    assert found and found[0].actor2 is not None
    assert found[0].actor2.as_written == victim
