"""restore_accents: the bulletin register's unaccented verb forms ("Murio en el lugar") get their
accent back before parsing, keeping every offset. Sentences written for these tests."""
from cronica.text.accents import restore_accents, written_without_accents


def test_listed_forms_get_their_accent_and_keep_the_length():
    text = "Un comunero perdio la vida y otro resulto herido. Murio en el acto. FALLECIO"
    out = restore_accents(text)
    assert out == "Un comunero perdió la vida y otro resultó herido. Murió en el acto. FALLECIÓ"
    assert len(out) == len(text)


def test_words_of_their_own_and_parts_of_words_stay_as_written():
    text = "El asesino huyo tras el secuestro; un muriologo y la palabra perdiose."
    assert restore_accents(text) == text


def test_accented_text_is_unchanged():
    text = "Murió un soldado y otro resultó herido."
    assert restore_accents(text) == text


# Homographs: a preterite that is also a noun or a first-person present without its accent.

def test_homograph_after_a_subject_and_before_its_object_is_the_verb():
    text = "Segun la denuncia, un comando armado asesino a un maestro rural en su casa."
    out = restore_accents(text)
    assert "asesinó a un maestro" in out
    assert len(out) == len(text)


def test_homograph_with_a_date_and_place_before_its_object_is_the_verb():
    text = "La Fiscalia capturo el 3 de mayo de 2024 en la vereda Los Pinos a un presunto cabecilla."
    assert "capturó el 3 de mayo" in restore_accents(text)


def test_homograph_after_a_clitic_or_a_coordinated_verb_is_the_verb():
    text = "Los hombres llegaron a la finca y los ultimo frente a su familia; despues incendio dos casas."
    out = restore_accents(text)
    assert "los ultimó frente" in out
    assert "incendió dos casas" in out


def test_homograph_in_capitals_keeps_capitals():
    text = "UN GRUPO ARMADO DISPARO CONTRA UNA PATRULLA DE LA POLICIA EN LA CARRETERA."
    assert "ARMADO DISPARÓ CONTRA" in restore_accents(text)


def test_noun_readings_stay_as_written():
    text = ("El asesino de la comerciante fue visto en la plaza. Un disparo a quemarropa lo mato. "
            "La familia denuncio el secuestro de su hijo a manos de desconocidos. Hubo robo y "
            "secuestro de ganado. Secuestro de un lider campesino en la vereda El Roble. "
            "Nadie vio el incendio a tiempo.")
    out = restore_accents(text)
    for noun in ("El asesino de", "Un disparo a", "el secuestro de", "y secuestro de",
                 "Secuestro de un", "el incendio a"):
        assert noun in out


def test_homographs_stay_in_a_text_written_with_accents():
    text = "La Policía informó que un hombre armado asesino a su vecino; el capturo a dos."
    assert restore_accents(text) == text


def test_a_text_without_accents_is_told_from_one_with_them():
    assert written_without_accents("La Policia informo que el grupo ataco la base militar")
    assert not written_without_accents("La Policía informó que el grupo atacó la base militar")
