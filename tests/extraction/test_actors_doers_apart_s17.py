"""Session 17 (issue 12, actors): the doer told apart from the act. Sentences written for these
tests (CC0).

* The unknown doers a neighbouring paragraph describes ("Un comerciante fue asesinado ... ||
  Según testigos, dos sujetos en moto se acercaron y le dispararon"), not those of another
  incident told there.
* An arrest or seizure a communiqué tells without its agent after a sentence that names the unit
  that acted ("el Comando Operacional Sur realizó una operación ... Durante la operación se
  aprehendió a ..."), or in a sentence naming the unit ("En un trabajo de la División de ...,
  capturamos a ..."): the unit as written, the force's name kept.
"""
from cronica.nlp.load import load_nlp
from cronica.extraction.actors import named_unit

PUBLISHED = "2024-03-15"


def unit(sentence):
    doc = load_nlp()(sentence)
    return next((u.text for s in doc.sents if (u := named_unit(s)) is not None), None)


def test_a_unit_by_its_proper_name():
    assert unit("Ayer el Comando Operacional Sur ejecutó una operación en la parroquia Tarqui.") == \
        "Comando Operacional Sur"
    assert unit("En labores de inteligencia de la División de Robos, los agentes ubicaron la vivienda.") == \
        "División de Robos"


def test_no_unit_in_a_lowercase_word_or_a_bare_noun():
    assert unit("La brigada llegó tarde al lugar de los hechos.") is None
    assert unit("Los vecinos pidieron a la Dirección que enviara más patrullas.") is None


def test_the_doers_a_neighbouring_paragraph_describes(extract):
    text = ("Un comerciante de 52 años fue asesinado a balazos la noche del martes frente a su tienda del "
            "barrio La Esperanza, en Cúcuta.\n"
            "De acuerdo con testigos, dos sujetos que viajaban en una motocicleta se acercaron y le "
            "dispararon en varias ocasiones.\n"
            "La Policía investiga el caso.")
    found = [e for e in extract(text, published=PUBLISHED) if e.type in ("killing", "attack")]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written.startswith("dos sujetos")


def test_not_the_doers_of_another_incident(extract):
    text = ("Un comerciante de 52 años fue asesinado a balazos la noche del martes frente a su tienda del "
            "barrio La Esperanza, en Cúcuta.\n"
            "El sábado anterior, en el municipio de Villa del Rosario, dos sujetos que viajaban en una "
            "motocicleta asaltaron una farmacia y dispararon contra el dueño, que resultó herido.")
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert found
    assert found[0].actor1 is None or not found[0].actor1.as_written.startswith("dos sujetos")


def test_an_arrest_after_the_sentence_naming_the_unit(extract):
    text = ("FUERZAS ARMADAS - BOLETÍN\n"
            "El Comando Operacional Sur ejecutó el jueves una operación militar en el sector Las Palmas, "
            "cantón Machala.\n"
            "Durante la operación se aprehendió a seis personas.\n"
            "Los aprehendidos fueron puestos a órdenes de las autoridades.")
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written == "Comando Operacional Sur"
    assert found[0].actor1.inter == 1


def test_a_first_person_arrest_in_a_sentence_naming_the_unit(extract):
    text = ("Policía Nacional del Perú - Nota de prensa\n"
            "En un trabajo de inteligencia de la División de Robos, esta mañana capturamos a tres presuntos "
            "integrantes de una banda dedicada al robo de vehículos en el distrito de Ate.\n"
            "Seguimos trabajando por tu seguridad.")
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written == "División de Robos"
    assert found[0].actor1.name == "Policía Nacional del Perú"


def test_a_seizure_in_a_numbered_list_takes_the_unit_of_the_heading(extract):
    # the list numbers ("1.", "2.") the parser cuts off as sentences do not push the unit out of reach
    text = ("FUERZA ARMADA NACIONAL BOLIVARIANA\nNota informativa\n"
            "En el marco de la Operación Relámpago del Catatumbo, la Zona de Defensa Integral Táchira informa "
            "los resultados obtenidos el martes 12 de marzo en el municipio García de Hevia:\n"
            "1. Inutilizada una pista de aterrizaje clandestina usada por grupos irregulares.\n"
            "2. Desmantelado un campamento abandonado en la zona rural.\n"
            "3. Incautados 300 kilogramos de marihuana y dos camionetas.\n"
            "¡Venceremos!")
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "seizure"]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written.startswith("Zona de Defensa Integral")


def test_a_named_force_told_in_the_sentence_before_keeps_its_words(extract):
    # the unit's proper name does not replace a force the sentence names itself by its acronym
    text = ("La Felcn informó que el sábado sus efectivos, con apoyo de la Fuerza Naval, interceptaron una "
            "camioneta en la carretera a Yapacaní.\n"
            "En el vehículo se hallaron 80 kilos de marihuana y fueron aprehendidas dos personas.")
    found = [e for e in extract(text, published=PUBLISHED) if e.type in ("arrest", "seizure")]
    assert found and all(e.actor1 is not None for e in found)
    assert all("Fuerza Naval" not in e.actor1.as_written for e in found)


def test_a_unit_that_helped_is_not_the_doer():
    assert unit("En una operación conjunta con la Fuerza Naval, se aseguró una lancha en la costa.") is None
    assert unit("Los agentes, con apoyo de la Brigada Antinarcóticos, allanaron la vivienda.") is None
