"""The cue phrases told before a trigger ("a 15 años de", "en rechazo a la captura de") are looked up
by their last word: never a phrase missed that the plain scan over every phrase finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.extraction.triggers import _ends_with, _has_any_before, load_filters

_WORDS = ("a", "de", "la", "el", "años", "15", "medio", "siglo", "rechazo", "captura", "tras", "en", "un", "NUM")


def _scan(words, phrases) -> bool:
    """Every phrase against the words, their last one or two words cut (the definition)."""
    return any(_ends_with(words[: len(words) - k], p) for p in phrases for k in range(0, 3))


def test_the_filters_cue_lists_agree_with_the_scan_on_our_phrases():
    cues = load_filters()
    lists = [cues.background_before, cues.realised_before, cues.anniversary_before, cues.cause_before,
             cues.habitual_before]
    texts = ("se cumplen hoy a 15 años de la", "en rechazo a la captura de", "tras la muerte de un",
             "a medio siglo del", "la policía dijo que", "", "de")
    for phrases in lists:
        for text in texts:
            for cut in range(0, 3):
                words = text.split()
                words = words[: len(words) - cut] if cut else words
                assert _has_any_before(words, phrases) == _scan(words, phrases), (text, phrases[:3])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS[:-1]), max_size=7),
       st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=3).map(tuple), max_size=8).map(tuple))
def test_lookup_by_last_word_finds_what_the_scan_finds(words, phrases):
    """Property: any words, any phrases (a number cue "NUM", an empty phrase, repeats)."""
    assert _has_any_before(words, phrases) == _scan(words, phrases)
    assert _has_any_before(list(words), tuple(phrases)) == _scan(words, phrases)  # (a new list of the same phrases)
