"""The recogniser's words: every run of word characters, with its key and capital, as the
regular expression's matches give them (the per-word memo changes nothing)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.geo.gazetteer import norm_key
from cronica.geo.recognise import tokenize


def _by_matches(text: str) -> list[tuple]:
    return [(m.start(), m.end(), m.group(), norm_key(m.group()), m.group()[0].isupper())
            for m in re.finditer(r"\w+", text)]


def _as_tuples(toks) -> list[tuple]:
    return [(t.start, t.end, t.text, t.key, t.cap) for t in toks]


def test_words_of_our_sentences():
    for text in ("En el distrito de Pichari (La Convención), Cusco; ÁNCASH - HUARAZ.",
                 "Ñuñoa, 3 de mayo: dos muertos en Ayacucho.  Ayacucho-Huanta", "", "¿?", "a a a"):
        assert _as_tuples(tokenize(text)) == _by_matches(text)
        assert _as_tuples(tokenize(text)) == _by_matches(text)  # (second time from the memo)
    assert [t.key for t in tokenize("La Convención, ÁNCASH")] == ["la", "convencion", "ancash"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Lima", "lima", "LIMA", "Áncash", "de", "a", "3", "12", "ñu", "_x", " ", "  ",
                                  ", ", "-", ".", "\n", "(", "é"]), max_size=20))
def test_words_are_the_regular_expressions_matches(parts):
    """Property: repeated words, words glued by punctuation or touching ("Limade"), digits, underscores."""
    text = "".join(parts)
    assert _as_tuples(tokenize(text)) == _by_matches(text)
