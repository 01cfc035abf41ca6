"""The body that reports an incident after its reporting verb is not a party to it, session 15
(issue 12). Sentences written for these tests (CC0).

* "..., informó la Policía Nacional", "..., confirmó este martes el SNAI": the subject told after a
  reporting verb (roles.yaml ``report_verbs``) whose clause before it tells the act
  (``reported_after``; the parser often reads that subject as the verb's object) is who tells the
  incident, never its doer, its target or the force that intervened in a protest.
* The same body told acting in the clause keeps its part; the force that tells an arrest without
  its agent made it, and the force a patrol hit belongs to may be the one that reports it.
"""
import pytest

from cronica.model import Document


def of_type(pipeline, text, etype, published="2025-03-12"):
    return [e for e in pipeline.extract(Document(id="t", text=text, published=published)) if e.type == etype]


def not_a_party(ev, word):
    return all(actor is None or word not in (actor.as_written or "") for actor in (ev.actor1, ev.actor2))


def test_the_subject_after_a_reporting_verb_is_marked(nlp):
    from cronica.extraction.actors import reported_after
    doc = nlp("Cuatro personas murieron el viernes en un ataque armado contra una cantina de Tegucigalpa, "
              "informó la Policía Nacional.")
    sent = doc[:]
    assert reported_after(sent, sent.text.index("Policía"))
    assert not reported_after(sent, sent.text.index("Cuatro"))


def test_a_reporter_that_opens_its_que_clause_is_not_marked_as_told_after(nlp):
    from cronica.extraction.actors import reported_after
    doc = nlp("La Policía Nacional informó que cuatro personas murieron en un ataque contra una cantina.")
    sent = doc[:]
    assert not reported_after(sent, sent.text.index("Policía"))


@pytest.mark.parametrize("text, teller, doer", [
    # the body that confirms a toll is not a side of the clash
    ("El número de reclusos fallecidos tras la riña entre pandillas del martes en la cárcel de Guayaquil "
     "subió a nueve, confirmó este miércoles el SNAI.", "SNAI", None),
    # the police that report a clash between gangs are not its doer
    ("Seis hombres murieron el domingo en un enfrentamiento armado entre dos grupos de narcotraficantes en "
     "la aldea El Carmen, del municipio de Malacatán, informó la Policía Nacional Civil.", "Policía",
     "narcotraficantes"),
])
def test_the_body_told_after_the_reporting_verb_is_no_side_of_the_clash(pipeline, text, teller, doer):
    ev, = of_type(pipeline, text, "armed_clash")
    assert not_a_party(ev, teller)
    if doer is not None:
        assert ev.actor1 is not None and ev.actor1.as_written == doer


def test_a_force_told_acting_in_the_clause_keeps_its_part_though_it_reports(pipeline):
    text = ("Tres soldados murieron el martes en un combate con disidentes de las FARC en una vereda de "
            "Argelia, informó el Ejército Nacional.")
    ev, = of_type(pipeline, text, "armed_clash")
    assert ev.actor1 is not None and ev.actor1.as_written == "disidentes de las FARC"
    assert ev.actor2 is not None and ev.actor2.name == "Ejército Nacional de Colombia"
    assert ev.actor2.as_written == "Tres soldados"


def test_the_force_that_reports_an_arrest_without_agent_made_it(pipeline):
    text = ("Dos hombres fueron detenidos el lunes con un fusil en una vereda de Argelia, "
            "informó el Ejército Nacional.")
    ev, = of_type(pipeline, text, "arrest")
    assert ev.actor1 is not None and ev.actor1.name == "Ejército Nacional de Colombia"


def test_the_patrol_a_force_reports_is_that_forces(pipeline):
    text = "Una patrulla fue hostigada el lunes en una vereda de Argelia, informó el Ejército Nacional."
    ev, = of_type(pipeline, text, "attack")
    assert ev.actor2 is not None and ev.actor2.name == "Ejército Nacional de Colombia"
