"""Session 22 (issue 10, actors of posts): the unknown doers a post tells by their words, whatever
the parse made of them. Sentences written for these tests (CC0).

* Doers right before a verb of arriving, assaulting or fleeing, past their vehicle, the verb's
  clitic or a progressive's auxiliary ("dos tipos en una pasola le dieron", "colectivos en moto
  están disparando", "los tipos cruzaron", "Los delincuentes huyeron"): ``doers_run``.
* Doers told riding after a number, closing the clause ("..., dos tipos en moto 💔").
* "colectivos" are doers only told riding or armed (buses in Argentina otherwise).
* A name right after the personal object ("Mataron a la profe Lucía ayer") is the victim's, not
  the subject; a post told in one line without a final period is read for its doers.
"""
import pytest

from cronica.extraction.actors import doers_run
from cronica.nlp.load import load_nlp

PUBLISHED = "2025-06-10"


def run(text):
    doc = load_nlp()(text)
    return next((d.text for s in doc.sents if (d := doers_run(s)) is not None), None)


@pytest.mark.parametrize("text, doers", [
    ("Ayer asaltaron la farmacia de la esquina 😡 dos tipos en una pasola le dieron un tiro al guardia.",
     "dos tipos en una pasola"),
    ("AHORA 🚨 colectivos en moto están disparando contra los vecinos en la plaza Bolívar.",
     "colectivos en moto"),
    ("Balearon a un taxista en la rotonda y los tipos cruzaron el puente hacia el otro lado.", "los tipos"),
    ("Un guardia herido en la caseta del peaje. Los delincuentes huyeron en una camioneta gris.",
     "Los delincuentes"),
    ("Asesinaron al vecino del 4B anoche en la entrada del edificio, dos tipos en moto 😢 #Justicia",
     "dos tipos en moto"),
])
def test_doers_told_before_their_verb_or_closing_the_clause(text, doers):
    assert run(text) == doers


@pytest.mark.parametrize("text", [
    "Los colectivos llegaron tarde a la terminal por el paro de transporte.",
    "Dos hombres fueron asesinados anoche en la entrada del barrio.",
    "Hombres de la comunidad llegaron a la plaza para la reunión.",
])
def test_no_doers_in_buses_victims_or_bare_words(text):
    assert run(text) is None


def test_a_post_in_one_line_names_its_riding_doers(extract):
    text = ("Mataron a la profe Lucía ayer en la tarde en el caserío Los Mangos, Olancho, dos tipos en moto "
            "💔 queremos justicia #JusticiaParaLucia")
    found = [e for e in extract(text, published=PUBLISHED) if e.type in ("killing", "attack")]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written == "dos tipos en moto"
    assert "Lucía" not in found[0].actor1.as_written


def test_riding_colectivos_are_venezuelas_armed_groups(extract):
    text = ("URGENTE Maracay ‼️ colectivos en motos llegaron disparando a la concentración de docentes "
            "frente a la gobernación, hay 2 heridos de bala #Aragua")
    found = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "armed_clash")]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.name == "Colectivos (Venezuela)"

