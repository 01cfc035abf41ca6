"""Session 20 (issue 12 item 3): a place told as the "de" complement of the act, and the doers
named back by a definite label several sentences after the lead.

* "la emboscada de la sierra de X", "el ataque de la selva de X": a word of the land before a
  place's name (``terrain_words``) tells where, never who (own dev r-002).
* "La Fiscalía informó que los agresores serían presuntos integrantes de X", told four or five
  sentences after the lead, after the toll and the wounded: "los agresores" names the act's doers
  back, as "los detenidos" names its suspects, so the blame counts for the act (own dev r-002;
  own train m-001, o-001, w-018 tell the same blame in the lead's paragraph).

Sentences written for these tests (CC0).
"""
from cronica.extraction.actors import names_act_or_suspects, roles
from cronica.nlp.load import load_nlp

PUBLISHED = "2026-05-20"


def _sentence(text):
    return next(load_nlp()(text).sents)


def test_terrain_of_the_act_is_no_perpetrator():
    doc = load_nlp()("Tres policías murieron en la emboscada de la sierra de Durango.")
    trigger = next(t for t in doc if t.lower_ == "emboscada")
    a1, _ = roles(trigger)
    assert a1 is None or "sierra" not in a1.text, a1


def test_a_group_of_the_act_is_still_its_perpetrator():
    doc = load_nlp()("Tres policías murieron en la emboscada de una columna del ELN.")
    trigger = next(t for t in doc if t.lower_ == "emboscada")
    a1, _ = roles(trigger)
    assert a1 is not None and "ELN" in a1.text, a1


def test_doers_named_back_by_a_definite_label():
    assert names_act_or_suspects(_sentence("El fiscal dijo que los atacantes serían miembros de una banda local."))
    assert not names_act_or_suspects(_sentence("El fiscal dijo que hay atacantes en toda la región."))


def test_blame_told_after_the_toll(extract):
    text = ("Mueren cuatro policías en una emboscada\n"
            "Cuatro agentes de la Policía Estatal murieron la noche del lunes en una emboscada en el "
            "camino que une dos comunidades del municipio de Tamazula, Durango.\n"
            "Según la Secretaría de Seguridad, una patrulla volvía de un recorrido cuando fue atacada "
            "con armas largas desde los cerros. Tres agentes murieron en el lugar. Un cuarto murió en el "
            "hospital horas después. Otros dos permanecen internados.\n"
            "La Fiscalía del Estado informó que los agresores serían presuntos integrantes del Cártel de "
            "Sinaloa, que se disputa la zona con otros grupos.")
    e = next(e for e in extract(text, PUBLISHED) if e.type == "ambush")
    assert e.actor1 is not None and "Sinaloa" in ((e.actor1.name or "") + (e.actor1.as_written or "")), e.actor1
