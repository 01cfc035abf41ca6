"""Actor roles, session 14 (issue 12 item 3). Sentences written for these tests (CC0).

* The people inside premises that were shot at (roles.yaml ``patron_words``: "abrieron fuego
  contra los clientes", "dispararon contra un grupo de comensales") are the target of the attack,
  rather than the bar or shop, a vehicle, or the dead told as a figure ("cinco personas
  murieron"); one person told alone ("un hombre de 30 años") stays.
"""
import pytest

from cronica.extraction.actors import people_aimed_at
from cronica.model import Document


def events(pipeline, text, published="2024-05-10"):
    return pipeline.extract(Document(id="t", text=text, published=published))


@pytest.mark.parametrize("text, whom", [
    ("Dos pistoleros entraron en la cantina y abrieron fuego contra los clientes.", "los clientes"),
    ("Los atacantes dispararon contra un grupo de comensales que cenaba en la terraza.",
     "un grupo de comensales"),
    ("Un hombre armado disparó contra los feligreses al final de la misa.", "los feligreses"),
])
def test_the_people_shot_at_in_a_place(nlp, text, whom):
    found = people_aimed_at(next(nlp(text).sents))
    assert found is not None and found.text.startswith(whom)


@pytest.mark.parametrize("text", [
    "Los sicarios dispararon contra la fachada de la tienda.",
    "Desconocidos dispararon contra dos policías que custodiaban el banco.",
    "Los clientes huyeron cuando empezaron los disparos.",
])
def test_no_people_inside_were_shot_at(nlp, text):
    assert people_aimed_at(next(nlp(text).sents)) is None


def test_an_attack_on_a_bar_targets_its_clients(pipeline):
    evs = events(pipeline, "Cuatro personas murieron la noche del viernes cuando un comando armado irrumpió "
                           "en una cantina del barrio San Rafael, en Irapuato, y abrió fuego contra los "
                           "clientes.")
    attacks = [e for e in evs if e.type in ("attack", "killing")]
    assert attacks and attacks[0].actor2 is not None
    assert attacks[0].actor2.as_written == "los clientes"


def test_the_clients_of_the_doers_sentence_replace_the_bar(pipeline):
    evs = events(pipeline, "Ataque armado contra una cantina de Celaya deja tres muertos.\n"
                           "Tres hombres murieron la noche del sábado en un ataque armado contra una cantina "
                           "de la colonia Centro de Celaya. Según testigos, cuatro sujetos encapuchados "
                           "entraron al local y dispararon contra los clientes que jugaban billar.")
    attacks = [e for e in evs if e.type in ("attack", "killing")]
    assert attacks and attacks[0].actor2 is not None
    assert attacks[0].actor2.as_written.startswith("los clientes")


def test_one_person_told_alone_stays_the_target(pipeline):
    evs = events(pipeline, "Un hombre de 30 años fue asesinado a balazos la noche del lunes en una tienda del "
                           "barrio El Prado, en Cali, por dos sicarios que luego dispararon contra los "
                           "clientes.")
    killings = [e for e in evs if e.type in ("attack", "killing")]
    assert killings and killings[0].actor2 is not None
    assert killings[0].actor2.as_written.startswith("Un hombre de 30 años")
