"""A detention whose detainee is not seen again is one forced disappearance, however the text says
the whereabouts stay unknown (data/es/triggers.yaml ``whereabouts_unknown``; corpus/README.md
annotation conventions). Session 12: fresh probes j-010, k-016, l-071 (three writers) told it
with "ni su familia ni ... saben dónde está", a headline "familiares desconocen su paradero"
over the detention's paragraph, "en paradero desconocido", "no han informado ... dónde se
encuentra". Sentences written for these tests."""
import pytest

import cronica


def types(text, published="2025-05-17"):
    return [e.type for e in cronica.extract(text, published=published, doc_id="t")]


@pytest.mark.parametrize("text", [
    # "ni ... ni ... saben dónde está"
    "El 2 de marzo agentes de la policía se llevaron al dirigente comunal Pedro Ruiz de su casa. Tres semanas "
    "después, ni su esposa ni sus abogados saben dónde está.",
    # the headline tells it over the detention's paragraph
    "Capturan a dos estudiantes en León; sus padres desconocen su paradero\nPolicías vestidos de civil detuvieron "
    "el martes a dos estudiantes universitarios a la salida de clases en León.\nLa rectoría pidió calma.",
    # "en paradero desconocido"
    "El 4 de abril de 2025 agentes policiales detuvieron al periodista Mario Salas en su casa de Jinotega. "
    "Un mes después sigue en paradero desconocido.",
    # the authorities never said where
    "El 4 de abril de 2025 agentes policiales detuvieron al periodista Mario Salas en Jinotega. Hasta hoy la "
    "Policía no ha informado a sus familiares ni a su medio dónde se encuentra.",
    # a history's "su paradero nunca se conoció" after the families' search (session 15: s-006)
    "El 9 de junio de 1983, soldados de la base de Tilapa detuvieron en la plaza a tres maestros rurales. "
    "Sus padres preguntaron por ellos en el cuartel durante semanas; su paradero nunca se conoció.",
])
def test_a_detainee_not_seen_again_is_a_disappearance(text):
    assert types(text) == ["disappearance"]


def test_a_fugitive_whose_whereabouts_are_unknown_leaves_the_arrest_an_arrest():
    # the unknown whereabouts are those of the suspects still at large, not of the detained
    assert types("La policía detuvo el lunes a tres presuntos extorsionadores en Chinandega. Otros dos "
                 "integrantes de la banda huyeron y se desconoce dónde se ocultan.") == ["arrest"]
