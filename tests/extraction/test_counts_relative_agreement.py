"""A relative clause the parser hangs on the nearest noun ("Siete obreros de una constructora que
fueron privados de la libertad") tells of the plural people its plural verb agrees with, not of the
singular noun of their "de" phrase (corpus train o-033, dev j-017). Sentences written for these
tests."""
import pytest

from cronica.extraction.counts import find_counts
from cronica.nlp.load import load_nlp


def figures(sentence):
    return [(c.category, c.best) for s in load_nlp()(sentence).sents for c in find_counts(s)]


@pytest.mark.parametrize("sentence, expected", [
    ("Dos topógrafos de una empresa minera que habían sido secuestrados el martes fueron liberados el sábado.",
     ("kidnapped", 2)),
    ("Cinco jornaleros de una finca que fueron privados de la libertad el lunes fueron liberados ayer.",
     ("kidnapped", 5)),
    ("Tres hijos de una comerciante que fueron asesinados el lunes eran estudiantes.", ("killed", 3)),
])
def test_the_plural_verb_counts_the_plural_people(sentence, expected):
    assert expected in figures(sentence)


def test_a_singular_verb_keeps_one_person():
    assert ("kidnapped", 1) in figures("El hijo de unos comerciantes que fue secuestrado el lunes apareció con vida.")
