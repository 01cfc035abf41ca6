"""Session 20 (issue 12 item 3, issue 11): who fired on whom, read from the frame of fire.

* "fueron recibidos a disparos por X": the parser may hang the agent "por X" on the noun of fire;
  X is still the side that opened fire (``clash_opener``).
* A clash whose sentences tell the frame ("X abrió fuego contra Y", "Y fue recibido a tiros por
  X") has the shooter first and the side fired on second, also when the frame is told in the
  sentence just before the one with the clash's word ("... fueron recibidos a balazos por X. En
  el intercambio de disparos ...").
* A frame that names only the shooter puts it first and keeps, second, the party found before
  (not a thing such as "sus camionetas").

Sentences written for these tests (CC0).
"""
from cronica.extraction.actors import clash_opener
from cronica.nlp.load import load_nlp

PUBLISHED = "2026-03-12"


def opener(sentence):
    doc = load_nlp()(sentence)
    return clash_opener(doc[:])


def test_agent_hung_on_the_noun_of_fire():
    attacker, _ = opener("Los guardias fueron recibidos a disparos por varios encapuchados en el patio.")
    assert attacker is not None and "encapuchados" in attacker.text, attacker


def test_open_fire_against():
    attacker, answerer = opener("Los integrantes de la banda abrieron fuego contra los soldados que patrullaban "
                                "la quebrada.")
    assert attacker is not None and "integrantes de la banda" in attacker.text, attacker
    assert answerer is not None and "soldados" in answerer.text, answerer


def _clash(events):
    return next(e for e in events if e.type == "armed_clash")


def test_clash_frame_told_before_the_exchange(extract):
    text = ("Comunicado de la Fuerza de Tarea\n"
            "El martes por la mañana, agentes de la Policía Nacional llegaron a una finca del distrito de "
            "Yby Yaú para destruir una plantación de marihuana.\n"
            "Al entrar al galpón, los agentes fueron recibidos con ráfagas de fusil por una decena de hombres "
            "encapuchados. En el enfrentamiento murió uno de los atacantes y resultó herido un agente.")
    e = _clash(extract(text, PUBLISHED))
    assert e.actor1 is not None and "hombres" in (e.actor1.as_written or ""), e.actor1
    assert e.actor2 is not None and "agentes" in (e.actor2.as_written or ""), e.actor2


def test_clash_frame_against_the_troops(extract):
    text = ("Un soldado resultó herido en un enfrentamiento en la vereda La Palma, informó el Ejército. "
            "Según el reporte, hombres de una banda criminal abrieron fuego contra los soldados que "
            "custodiaban un puente y la tropa repelió el ataque.")
    e = _clash(extract(text, PUBLISHED))
    assert e.actor1 is not None and "banda" in (e.actor1.as_written or ""), e.actor1
    assert e.actor2 is not None and "soldado" in (e.actor2.as_written or "") or e.actor2.inter == 1, e.actor2


def test_clash_shooter_alone_keeps_the_party_fired_on(extract):
    text = ("Un enfrentamiento armado entre pistoleros y gendarmes se produjo el domingo en un paraje rural "
            "del departamento de Orán.\n"
            "Una patrulla de gendarmes fue a revisar un galpón abandonado. Tras cruzar el portón fueron "
            "recibidos a tiros por tres pistoleros y la patrulla contestó el fuego, mientras ardían "
            "los tractores del galpón.")
    e = _clash(extract(text, PUBLISHED))
    assert e.actor1 is not None and "pistoleros" in (e.actor1.as_written or "").lower(), e.actor1
    assert e.actor2 is None or "tractores" not in (e.actor2.as_written or ""), e.actor2
