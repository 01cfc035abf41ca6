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
