"""Actor roles, session 21 (issue 11/12: actor1 of communiqués). Sentences written for these tests (CC0).

* Members of a unit told with a force's adjective ("servidores policiales de la Unidad X", roles.yaml
  ``force_member_adjectives``) or by "fuerzas"/"unidades" before a unit's proper name ("fuerzas del
  Destacamento X"; ``unit_member_words``, only before a ``unit_names`` word) are the doers' words.
* An arrest or seizure a communiqué tells without its agent, whose force was taken from the
  communiqué's verbless heading line, keeps the words of the members of the unit its lead names
  (a force the lead itself names, "La FELCN informa que efectivos de ...", keeps its words: dev a-045).
* A force named inside a building's proper name ("el Hospital Central de la Policía") is no party.
"""
import pytest

import cronica
from cronica.extraction.actors import names_a_building, unit_members


PUBLISHED = "2024-05-10"


@pytest.mark.parametrize("text, members", [
    ("Servidores policiales de la Unidad Antidrogas (UAD) detuvieron a dos hombres en el puerto.",
     "Servidores policiales de la Unidad Antidrogas (UAD)"),
    ("Ayer, efectivos militares de la Brigada de Frontera número 3 destruyeron una pista clandestina.",
     "efectivos militares de la Brigada de Frontera número 3"),
    ("Al amanecer, fuerzas del Batallón de Infantería Sur ocuparon el caserío.",
     "fuerzas del Batallón de Infantería Sur"),
])
def test_members_of_a_unit_told_with_an_adjective_or_as_forces(nlp, text, members):
    found = unit_members(next(nlp(text).sents))
    assert found is not None and found.text == members


@pytest.mark.parametrize("text", [
    "Durante años, fuerzas de la Resistencia Nacional atacaron los cuarteles del norte.",
    "Los servidores públicos de la Alcaldía Municipal protestaron frente al edificio.",
])
def test_an_armed_groups_forces_and_civil_servants_are_no_units_members(nlp, text):
    assert unit_members(next(nlp(text).sents)) is None


@pytest.mark.parametrize("text, words, building", [
    ("El cabo fue llevado al Hospital Central de la Policía con una herida en el brazo.", "Policía", True),
    ("Los heridos fueron atendidos en la Clínica de las Fuerzas Armadas.", "Fuerzas Armadas", True),
    ("Agentes de la Policía llevaron al detenido al hospital del pueblo.", "Policía", False),
])
def test_a_force_in_a_buildings_name(nlp, text, words, building):
    doc = nlp(text)
    start = text.index(words)
    assert names_a_building(doc, start, start + len(words)) is building


def _events(text, etype):
    events = [e for e in cronica.extract(text, published=PUBLISHED) if e.type == etype]
    assert events, [(e.type, e.evidence) for e in cronica.extract(text, published=PUBLISHED)]
    return events


def test_a_communiques_heading_gives_way_to_the_unit_its_lead_names():
    text = ("POLICÍA NACIONAL DEL ECUADOR\nBoletín N.° 88\n"
            "El martes 7 de mayo de 2024, servidores policiales de la "
            "Unidad Antidrogas (UAD) allanaron una bodega en el cantón Machala, provincia de El Oro.\n"
            "El dueño del local no estaba presente. Los vecinos dijeron que nadie vivía allí.\n"
            "En el operativo fueron aprehendidos dos ciudadanos de 25 y 30 años.")
    arrest = _events(text, "arrest")[0]
    assert arrest.actor1 is not None and arrest.actor1.as_written.startswith("servidores policiales de la Unidad")


def test_a_force_in_a_hospitals_name_does_not_make_the_arrests():
    text = ("Agentes de la Unidad Antipandillas sostuvieron un tiroteo con dos hombres en el barrio San Luis, "
            "en Tegucigalpa, el martes 7 de mayo de 2024.\n"
            "Un agente resultó herido y fue llevado al Hospital Militar de las Fuerzas Armadas.\n"
            "El otro hombre fue detenido en el lugar.")
    arrest = _events(text, "arrest")[0]
    assert arrest.actor1 is None or "Fuerzas Armadas" not in arrest.actor1.as_written
