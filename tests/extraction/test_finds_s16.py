"""Session 16 (corpus part t): incidents told with verbs the lexicon missed (finds of one rifle or of drug
packages, people taken by Cuba's special brigade) and a noun the tagger reads as a verb ("fusiles"); our own
sentences, CC0."""
import pytest

from cronica.extraction.triggers import find_triggers


# -- finds told with verbs of finding

@pytest.mark.parametrize("sentence,words", [
    ("En la choza los soldados encontraron un fusil M-16 y dos radios.", "encontraron un fusil"),
    ("Bajo el piso del camión se hallaron 60 paquetes de marihuana.", "hallaron 60 paquetes"),
    ("En la bodega se localizaron 300 kilogramos de cocaína.", "localizaron 300 kilogramos"),
])
def test_finds_of_weapons_and_drugs_are_seizures(nlp, sentence, words):
    doc = nlp(sentence)
    found = {(m.type, doc.text[m.start:m.end]) for s in doc.sents for m in find_triggers(s) if not m.dropped}
    assert ("seizure", words) in found


# -- people taken by Cuba's special brigade at a protest

def test_people_taken_by_the_black_berets_are_arrested(nlp):
    doc = nlp("Llegaron las boinas negras y se llevaron a seis vecinos del barrio.")
    kept = [m.type for s in doc.sents for m in find_triggers(s) if not m.dropped]
    assert "arrest" in kept


# -- "fusiles" is the rifles, never a form of "fusilar"

def test_men_with_rifles_are_no_execution(nlp):
    doc = nlp("Cuatro hombres con chalecos y fusiles llegaron de madrugada a la finca y se fueron sin disparar.")
    kept = [m.type for s in doc.sents for m in find_triggers(s) if not m.dropped]
    assert "killing" not in kept


def test_an_execution_stays_a_killing(nlp):
    doc = nlp("Los paramilitares fusilaron a tres campesinos frente a la escuela.")
    kept = [m.type for s in doc.sents for m in find_triggers(s) if not m.dropped]
    assert "killing" in kept
