"""numbers: Spanish cardinals and digit groups; names are never numbers."""
import pytest

from cronica.nlp.numbers import digits_value, is_number_word, vague_floor, words_value


@pytest.mark.parametrize("words,value", [
    (["cuatro"], 4), (["veintitrés"], 23), (["treinta", "y", "dos"], 32), (["doscientos", "cuarenta"], 240),
    (["mil", "quinientos"], 1500), (["dos", "mil"], 2000), (["un"], 1), (["cien"], 100),
    (["ciento", "veinte"], 120),
])
def test_words(words, value):
    assert words_value(words) == value


@pytest.mark.parametrize("text,value", [("40", 40), ("1.200", 1200), ("25 000", 25000), ("1,500", 1500)])
def test_digits(text, value):
    assert digits_value(text) == value


@pytest.mark.parametrize("text", ["40mm", "31°", "1.5", "12a", "Millones"])
def test_not_digits(text):
    assert digits_value(text) is None


def test_names_are_not_read_as_numbers():
    assert words_value(["josé", "millones", "vásquez"]) is None
    assert not is_number_word("Vásquez")


def test_vague_quantities_have_acled_floors():
    assert vague_floor("decenas") == 10
    assert vague_floor("docenas") == 12
    assert vague_floor("cientos") == 100
    assert vague_floor("muchos") is None
