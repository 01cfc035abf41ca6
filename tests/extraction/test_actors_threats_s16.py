"""Session 16 (issue 12, actors): a threat told as a signed paper. Sentences written for these
tests (CC0).

* "X recibió un panfleto firmado por G en el que la amenazaron": G made the threat (actor1) and
  the one who received the paper is its target (actor2), by the clitic's agreement.
* "un volante firmado por G declara objetivo militar a Y": G, and Y (not "objetivo militar": what
  the threatened were declared, ``target_of_nouns``).
"""


def threats(extract, text):
    return [e for e in extract(text, published="2026-04-20") if e.type == "other"]


def test_the_signer_of_the_paper_made_the_threat(extract):
    text = ("El 2 de abril un concejal de Tumaco recibió un mensaje firmado por el frente Oliver Sinisterra "
            "en el que lo amenazaron de muerte.")
    found = threats(extract, text)
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    assert "Oliver Sinisterra" in found[0].actor1.as_written
    assert found[0].actor2.as_written == "un concejal de Tumaco"


def test_the_one_declared_a_target_is_actor2(extract):
    text = ("El 9 de abril apareció en la plaza de Suárez un volante firmado por la columna Jaime Martínez "
            "que declara objetivo militar a los maestros de la escuela rural.")
    found = threats(extract, text)
    assert found and found[0].actor2 is not None
    assert found[0].actor2.as_written == "los maestros de la escuela rural"
    assert found[0].actor1 is not None and "Jaime Martínez" in found[0].actor1.as_written


def test_a_paper_signed_after_the_act_is_no_doer(extract):
    # a killing, not a threat: who signed a statement is no doer of it
    text = ("El 5 de abril hombres armados asesinaron a un comerciante en Tumaco, según un comunicado "
            "firmado por la Defensoría del Pueblo.")
    for e in extract(text, published="2026-04-20"):
        assert e.actor1 is None or "Defensoría" not in (e.actor1.as_written or "")
