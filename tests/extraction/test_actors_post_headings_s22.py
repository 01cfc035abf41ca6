"""Session 22 (issue 10, actors of posts): a post's heading names nobody. Sentences written for
these tests (CC0).

* A hashtag or emoji opening a post, then the account's name or a label before "|" or ":"
  ("#Rivera 🚔 Jefatura de Policía de Rivera:", "#AVISO |"), is no party to the act
  (``actors._off_heading``); the doers are the members of a unit told after it and before the act
  (``actors._doers_after_heading``).
"""

PUBLISHED = "2025-06-10"


# A post's heading ("#Etiqueta 🚔 Cuenta:", "#AVISO |") names nobody: the doers are the unit's
# members told after it (``_doers_after_heading``), and no object is read in the heading.

def test_a_posts_heading_is_no_doer(extract):
    text = ("#Rivera 🚔 Jefatura de Policía de Rivera: esta mañana efectivos de la Guardia Republicana "
            "allanaron una casa en Tranqueras y detuvieron a dos hombres de 25 y 30 años por el robo de "
            "un comercio. #SeguridadRivera")
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written == "efectivos de la Guardia Republicana"


def test_a_heading_before_a_bar_is_no_target(extract):
    text = ("#AVISO | Este martes, agentes de la PNC capturamos en la colonia Las Brisas a alias \"el Flaco\", "
            "cabecilla de una clica, quien se ocultaba en una bodega. #SinTregua")
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert found
    assert found[0].actor2 is None or "AVISO" not in (found[0].actor2.as_written or "")
