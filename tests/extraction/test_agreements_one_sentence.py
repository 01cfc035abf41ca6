"""One-sentence reports of agreements between armed parties (a truce, a ceasefire, an accord signed)
keep their event: the document model learns the class from corpus part v (session 16), so a short
report of the class is not taken for the policy news and anniversaries that share its words."""
import pytest

PUBLISHED = "2024-05-06"

TRUCES = [
    "Las bandas Los Lobos y Los Tiguerones firmaron una tregua en la cárcel de Machala el 12 de abril de 2024.",
    "Representantes del Estado Mayor Central y del Gobierno suscribieron el jueves un acuerdo humanitario en "
    "San Vicente del Caguán.",
    "Dos pandillas de San Pedro Sula pactaron una tregua el fin de semana, según la policía.",
]


@pytest.mark.parametrize("text", TRUCES)
def test_a_truce_or_accord_told_in_one_sentence_is_an_agreement(extract, text):
    assert [e.type for e in extract(text, PUBLISHED)] == ["agreement"]
