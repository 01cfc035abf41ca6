"""An operation named as the frame of the incident its sentence reports ("En el marco de la Operación
X, una patrulla fue emboscada", "Durante la Operación X, los soldados fueron atacados", "En el marco
de un operativo, ... fue atacada") is that incident's setting, not an event of its own: the ambush,
the attack or the clash is the event (data/es/framing.yaml ``operation_setting``: ``setting_heads``
and named operations told as a setting; corpus/README.md, an operation is its own event only with an
outcome of its own). An operation launched, or one whose own outcome is told with it (a target
brought down, a camp destroyed), stays the operation. Session 21: fresh probe zg-023 and train
zb-010 told it so. Sentences written for these tests."""
import pytest

import cronica


def types(text, published="2026-03-12"):
    return sorted(e.type for e in cronica.extract(text, published=published, doc_id="t"))


@pytest.mark.parametrize("text, expected", [
    # a named operation as the frame of an ambush
    ("En el marco de la Operación Halcón del Llano, el martes 10 de marzo, una patrulla de la Guardia "
     "Nacional fue emboscada por guerrilleros en la carretera de Elorza, estado Apure.", "ambush"),
    # the same frame told with "durante"
    ("Durante la Operación Cordillera, el lunes, un pelotón del Ejército fue atacado a tiros por "
     "disidentes en la vereda La Florida de Tame, Arauca.", "violent"),
    # an unnamed operation told as the frame of an attack
    ("En el marco de un operativo antidrogas, el martes, una camioneta de la Policía fue atacada a "
     "balazos en el barrio San José de Esmeraldas.", "violent"),
    # "en desarrollo de" a named operation, a clash
    ("En desarrollo de la Operación Trueno, el domingo, tropas del Ejército sostuvieron un combate con "
     "integrantes del ELN en la vereda Caño Seco de Saravena, Arauca.", "armed_clash"),
])
def test_an_operation_framing_the_incident_of_its_sentence_is_no_event_of_its_own(text, expected):
    got = types(text)
    assert "security_operation" not in got
    if expected == "violent":
        assert got and set(got) <= {"attack", "ambush", "armed_clash"}
    else:
        assert got == [expected]


def test_an_operation_launched_stays_the_operation():
    assert types("La Policía Nacional lanzó el martes la Operación Tormenta en el sur de Guayaquil, con "
                 "800 agentes y 40 patrulleros.") == ["security_operation"]


def test_a_target_brought_down_in_a_named_operation_stays_the_operation():
    got = types("En desarrollo de la Operación Trueno, el domingo, tropas del Ejército neutralizaron a alias "
                "el Zorro, cabecilla de una comisión del ELN, en la vereda Caño Seco de Saravena, Arauca.")
    assert "security_operation" in got


def test_a_camp_destroyed_in_a_named_operation_stays_the_operation():
    got = types("Tropas del Ejército, en el marco de la Operación Tormenta, ubicaron y destruyeron el martes "
                "un campamento del ELN en la vereda El Oasis de Tame, Arauca.")
    assert got == ["security_operation"]


def test_an_operation_that_only_frames_the_seizure_and_arrests_told_next_is_no_event():
    # the operation in a setting phrase, its seizure and its arrests in the next sentences
    got = types("El martes 10 de marzo, en el marco de la operación Costa Segura, agentes de la Policía "
                "interceptaron una lancha frente a la playa de Las Palmas, en Esmeraldas. En la lancha se "
                "incautaron 800 kilos de cocaína. Fueron detenidos los tres tripulantes.")
    assert got == ["arrest", "seizure"]


def test_an_operation_with_a_camp_destroyed_keeps_its_event_beside_the_seizure():
    got = types("El martes 10 de marzo, en el marco de la Operación Tormenta, tropas del Ejército ubicaron y "
                "destruyeron un campamento del ELN en la vereda El Oasis de Tame, Arauca. En el lugar se "
                "incautaron dos fusiles y 300 cartuchos.")
    assert "security_operation" in got and "seizure" in got
