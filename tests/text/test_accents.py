"""restore_accents: the bulletin register's unaccented verb forms ("Murio en el lugar") get their
accent back before parsing, keeping every offset. Sentences written for these tests."""
from cronica.text.accents import restore_accents


def test_listed_forms_get_their_accent_and_keep_the_length():
    text = "Un comunero perdio la vida y otro resulto herido. Murio en el acto. FALLECIO"
    out = restore_accents(text)
    assert out == "Un comunero perdió la vida y otro resultó herido. Murió en el acto. FALLECIÓ"
    assert len(out) == len(text)


def test_words_of_their_own_and_parts_of_words_stay_as_written():
    text = "El asesino disparo contra el secuestro; un muriologo y la palabra perdiose."
    assert restore_accents(text) == text


def test_accented_text_is_unchanged():
    text = "Murió un soldado y otro resultó herido."
    assert restore_accents(text) == text
