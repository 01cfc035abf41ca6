"""Actor leftovers, session 23 (issue 12 item 3). Sentences written for these tests (CC0).

* The fallback that reads a party from a sentence's words prefers the members of a body who act in
  it ("agentes de la Policía Nacional Civil realizaron ...") over a body the sentence names first in
  an adjunct ("En seguimiento a denuncias de la División ...").
* A clash whose state side comes from the force its first sentence names ("La Fuerza Armada informa
  que ... efectivos del Batallón Caribe, durante ..., sostuvieron un enfrentamiento") keeps the
  words of the unit's members (corpus/README.md, "A force's first person": the unit's words).
* "Uno de los asaltantes", "otro de los agentes": the counted people are of the side of the
  plural noun they are taken from (UCDP deaths by side; the merging of figures is unchanged).
* A group named only inside a question still open ("no descartan que el crimen esté relacionado con
  X") is not the doer (corpus/README.md, "The doers named by an attribution").
"""
from __future__ import annotations

import pytest

PUBLISHED = "2025-06-20"


def _one(extract, text, etype):
    found = [e for e in extract(text, published=PUBLISHED) if e.type == etype]
    assert len(found) == 1
    return found[0]


def test_members_who_act_come_before_a_body_named_in_an_adjunct(extract):
    text = ("POLICÍA NACIONAL CIVIL\nNOTA INFORMATIVA\nEn seguimiento a investigaciones de la División "
            "Especializada en Investigación Criminal (DEIC) y de la Fiscalía de Distrito, agentes de la PNC "
            "realizaron el martes cinco allanamientos en la zona 6 de Mixco, Guatemala.\n"
            "Como resultado se capturó a cuatro personas, entre ellas un hombre de 40 años.")
    arrest = _one(extract, text, "arrest")
    assert arrest.actor1 is not None and arrest.actor1.as_written == "agentes de la PNC"


def test_a_body_that_acts_with_no_members_told_is_still_found(extract):
    text = ("La Policía Nacional Civil realizó el martes cinco allanamientos en la zona 6 de Mixco, "
            "Guatemala. Durante las diligencias se capturó a cuatro personas.")
    arrest = _one(extract, text, "arrest")
    assert arrest.actor1 is not None and arrest.actor1.inter == 1


def test_a_clash_told_by_the_force_keeps_its_unit_s_members(extract):
    text = ("La Fuerza Armada informa que el lunes, efectivos del Batallón Caribe, durante labores de "
            "patrullaje, sostuvieron un enfrentamiento con una banda armada en el municipio Páez, estado Apure.")
    clash = _one(extract, text, "armed_clash")
    assert clash.actor1 is not None and clash.actor1.inter == 1
    assert clash.actor1.as_written == "efectivos del Batallón Caribe"
    assert clash.actor2 is not None and clash.actor2.as_written == "una banda armada"


@pytest.mark.parametrize("dead, side", [
    ("Uno de los asaltantes murió en el lugar", "deaths_b"),
    ("Uno de los agresores murió en el lugar", "deaths_b"),
    ("Uno de los agentes murió en el lugar", "deaths_a"),
])
def test_one_of_a_counted_group_is_of_that_group_s_side(extract, dead, side):
    text = ("Agentes de la Policía Nacional se enfrentaron el martes con una banda en el barrio San Isidro "
            f"de Asunción. {dead}.")
    row = _one(extract, text, "armed_clash").to_dict()
    assert row["killed"] == 1
    assert row[side] == 1 and row["deaths_unknown"] == 0


def test_a_group_inside_an_open_question_is_no_doer(extract):
    text = ("Tres hombres murieron a balazos el domingo en una cancha de la colonia Cabañas, en San Pedro Sula, "
            "Honduras. Los investigadores no descartan que el crimen esté relacionado con la Mara Salvatrucha.")
    killing = _one(extract, text, "killing")
    assert killing.actor1 is None or "Salvatrucha" not in (killing.actor1.name or "")
