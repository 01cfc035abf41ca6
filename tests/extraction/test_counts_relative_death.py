"""A death told in a relative clause on the victims ("dispararon contra X, que murió en el lugar",
"contra cuatro jóvenes, que murieron"; capitals in bulletins: "QUE MURIERON") counts the antecedent:
its number, or one for a name or a singular noun (corpus train q-011, u-037). A death long before,
of someone else ("que murió hace años", "que murió en 2010"), is no toll of the incident.
Sentences written for these tests."""
import pytest

from cronica.extraction.counts import find_counts
from cronica.nlp.load import load_nlp


def killed(sentence):
    return [c.best for s in load_nlp()(sentence).sents for c in find_counts(s) if c.category == "killed"]


@pytest.mark.parametrize("sentence, expected", [
    ("Dos pistoleros dispararon contra Marcos Quintero, que murió en el acto.", 1),
    ("Un motociclista disparó cuatro veces contra Benítez, que murió camino a la clínica.", 1),
    ("Los asaltantes atacaron a un taxista, que falleció en el hospital horas después.", 1),
    ("Desconocidos dispararon contra seis pescadores, que murieron en la orilla.", 6),
    ("SUJETOS ARMADOS DISPARARON CONTRA TRES COMERCIANTES QUE MURIERON EN EL SITIO.", 3),
    ("ENCAPUCHADOS ATACARON A DOS CAMPESINOS, QUE FALLECIERON EN LA VEREDA.", 2),
])
def test_the_antecedent_of_the_relative_death_is_counted(sentence, expected):
    assert killed(sentence) == [expected]


def test_a_restrictive_relative_recalls_a_known_death():
    # no comma: the clause picks out whom the speakers remember, it tells no new death
    assert killed("En el acto, los vecinos recordaron al maestro que murió durante las protestas.") == []


def test_a_number_word_in_capitals_read_as_a_name_still_counts():
    # all capitals: the tagger may take "DOS" for a name with the people hung on it
    assert killed("AL AMANECER SICARIOS ASESINARON A DOS HERMANOS QUE VOLVIAN DEL TRABAJO.") == [2]


def test_a_capitalised_number_word_in_running_text_stays_a_name():
    # a name mid-sentence in ordinary text ("Millones") is not a figure
    assert killed("Los vecinos de Cinco Esquinas dijeron que el joven murió en el lugar.") != [5]


@pytest.mark.parametrize("text", [
    ("Un comerciante fue asesinado a balazos el lunes en su tienda del barrio Santa Rita. "
     "El local era de su suegro, Arturo Molina, que murió en 2010."),
    ("Un comerciante fue asesinado a balazos el lunes en su tienda del barrio Santa Rita. "
     "La tienda llevaba el nombre de su padre, que murió hace años."),
])
def test_a_death_long_before_of_someone_else_adds_nothing(extract, text):
    events = extract(text, published="2025-06-10")
    assert events and all(e.killed is None or e.killed.best == 1 for e in events)
