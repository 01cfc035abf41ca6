"""What a group is given to ("una banda dedicada al secuestro extorsivo", "se dedicaba a la
extorsión") is its trade told as background, not an incident (filters.yaml background_before).
Sentences written for these tests (CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


def kept(pipeline, text):
    doc = pipeline.nlp(text)
    return [(t.type, doc[t.token_i].text) for s in doc.sents for t in find_triggers(s) if not t.dropped]


@pytest.mark.parametrize("text", [
    "Según la Fiscalía, los tres detenidos integran una banda dedicada al secuestro extorsivo en la zona norte.",
    "La célula se dedicaba al secuestro de comerciantes en los barrios del sur.",
    "El Gobierno la considera una organización criminal dedicada a la extorsión de transportistas.",
])
def test_a_groups_trade_is_no_incident(pipeline, text):
    assert not [k for k in kept(pipeline, text) if k[0] in ("kidnapping", "attack", "killing")], kept(pipeline, text)


def test_an_arrest_of_the_groups_members_stays_and_no_kidnapping_is_added(extract):
    text = ("La Policía capturó el lunes en Guayaquil a tres integrantes de una banda dedicada al secuestro "
            "extorsivo.")
    evs = extract(text, published="2024-05-15")
    assert [e.type for e in evs] == ["arrest"], [(e.type, e.evidence.text) for e in evs]


def test_a_kidnapping_told_by_its_verb_stays(pipeline):
    assert ("kidnapping", "secuestraron") in kept(pipeline, "Hombres armados secuestraron el lunes a un comerciante en Guayaquil.")


@pytest.mark.parametrize("sentence", [
    "En los noventa, la columna secuestraba a comerciantes en la carretera y en los caseríos.",
    "Durante los ochenta, el frente atacó varias veces los puestos policiales de la provincia.",
])
def test_acts_told_by_a_decade_without_years_found_no_incident(extract, sentence):
    # a decade told without "años" is a span of years as well (filters.yaml period_spans)
    text = ("El 4 de mayo de 1985, una columna del frente asesinó a un dirigente comunal en el caserío Alto "
            "Pajonal, en Satipo. " + sentence)
    evs = extract(text)
    assert [e.type for e in evs] == ["killing"], [(e.type, e.evidence.text) for e in evs]
