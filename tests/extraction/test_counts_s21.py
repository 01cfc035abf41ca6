"""counts, session 21. Sentences written for these tests."""
import re

import pytest

import cronica


def typed(text, kind, published="2025-08-20"):
    return [e for e in cronica.extract(text, published=published, doc_id="t") if e.type == kind]


# -- the remains nouns of the casualty-word table, read from data ---------------------------------

def test_remains_nouns_are_casualty_words_from_the_data_file_only():
    from cronica.extraction.counts import _FORMS, is_casualty_word, load_remains

    words = load_remains().casualty
    # one source of truth: the table spells no remains noun itself
    assert not any(re.fullmatch(f"(?:{p})", w) for p, _, _ in _FORMS for w in words)
    # every noun and its spelling without the accent is a casualty word
    assert {"cadáver", "cadaver", "cuerpos", "restos"} <= words
    assert all(is_casualty_word(w) for w in words)
    # a skeleton found is told with its person, not counted as a casualty word
    assert not is_casualty_word("osamenta") and "osamenta" in load_remains().found


def test_remains_counted_from_the_data_file_give_the_dead():
    events = cronica.extract("Campesinos de la vereda La Palma hallaron el martes los cuerpos de cuatro "
                             "jornaleros asesinados por hombres armados.", published="2025-08-20", doc_id="t")
    assert any(e.killed is not None and e.killed.best == 4 for e in events)
