"""No operation where a force denies having carried one out ("niega haber realizado operativos"),
nor in the name of a body or of a communiqué ("Centro de Operaciones Policiales", a heading
"PARTE DE OPERACIONES"). Sentences written for these tests (CC0)."""
import pytest


def types(extract, text):
    return [e.type for e in extract(text, published="2024-05-10")]


@pytest.mark.parametrize("text", [
    "La Policía niega haber realizado operativos en la zona ese día.",
    "La Policía Nacional negó haber realizado operativos en la vereda ese día y aseguró que investiga.",
    "La Marina descartó haber detenido a los jóvenes.",
])
def test_an_act_denied_in_a_perfect_infinitive_is_no_event(extract, text):
    assert types(extract, text) == []


def test_an_act_confirmed_in_a_perfect_infinitive_stays(extract):
    assert "arrest" in types(extract, "La Policía confirmó haber realizado un operativo en la vereda "
                                       "El Retiro, donde capturó a dos hombres.")


@pytest.mark.parametrize("text, expected", [
    ("PARTE DE OPERACIONES – VRAEM\nEl domingo una patrulla del Ejército se enfrentó con una columna de "
     "Sendero Luminoso en el sector de Pichari, Cusco.", ["armed_clash"]),
    ("El Centro de Operaciones Policiales informó que tres hombres fueron detenidos en Quito.", ["arrest"]),
])
def test_operations_in_a_name_tell_no_operation(extract, text, expected):
    assert types(extract, text) == expected
