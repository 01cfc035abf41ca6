"""Session 17 (issue 12, actors): the doer told apart from the act. Sentences written for these
tests (CC0).

* The unknown doers a neighbouring paragraph describes ("Un comerciante fue asesinado ... ||
  Según testigos, dos sujetos en moto se acercaron y le dispararon"), not those of another
  incident told there.
"""

PUBLISHED = "2024-03-15"


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
