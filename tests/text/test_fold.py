import unicodedata

import pytest

from cronica.text.fold import strip_marks


def _reference(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@pytest.mark.parametrize("text", [
    "",
    "La patrulla salió del cuartel a las 6.",
    "Acción, camión, pingüino, Ñuñoa, año",
    "ÁÉÍÓÚ àèìòù ÂÊÎÔÛ äëïöü",
    "e\u0301 n\u0303 combining marks written apart",
    "ﬁnal ½ km² 3º Nº",
    "Ǆ ǅ Å Ω ẞ ﬀ",
])
def test_strip_marks_is_nfkd_without_combining_marks(text):
    assert strip_marks(text) == _reference(text)


def test_strip_marks_agrees_on_every_latin_and_greek_character():
    text = "".join(chr(c) for c in range(0x20, 0x3FF))
    assert strip_marks(text) == _reference(text)
    assert strip_marks(text[::-1]) == _reference(text[::-1])


def test_strip_marks_keeps_length_of_plain_spanish_letters():
    assert strip_marks("perú bogotá") == "peru bogota"


def test_no_characters_replacement_would_be_replaced_again():
    """``strip_marks`` replaces each distinct character throughout, in any order: that gives the
    character-by-character result only if every character of a replacement is its own."""
    for code in range(0x80, 0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates
        folded = strip_marks(chr(code))
        assert all(strip_marks(c) == c for c in folded), hex(code)


def test_strip_marks_of_mixed_random_texts_is_the_reference():
    import random

    rng = random.Random(5)
    alphabet = [chr(c) for c in range(0x20, 0x250)] + list("\u0301\u0303\u0308ﬁ½²ºǄǅΩẞﬀ€“”—") + ["e\u0301", "n\u0303"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert strip_marks(text) == _reference(text)
