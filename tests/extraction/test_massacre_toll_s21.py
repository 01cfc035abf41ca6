"""Session 21 (backgr2): a massacre's toll told in its noun ("la masacre de 27 campesinos", "fue la
matanza de 34 pobladores") is its dead. Sentences written for these tests."""
import pytest

from cronica.extraction.counts import find_counts


def _killed(nlp, sentence):
    return [c.best for s in nlp(sentence).sents for c in find_counts(s) if c.category == "killed"]


@pytest.mark.parametrize("sentence, expected", [
    ("La masacre de La Loma fue la matanza de 21 pescadores del caserío, cometida el 4 de mayo de 1984.", 21),
    ("Un tribunal condenó a dos exsoldados por la masacre de doce campesinos en la aldea El Cedro.", 12),
    ("Tras la matanza de tres reos en el pabellón, el penal fue intervenido.", 3),
])
def test_a_massacre_noun_counts_its_dead(nlp, sentence, expected):
    assert _killed(nlp, sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Los vecinos recordaron la masacre de 1984 en el caserío.",
    "La región sufrió tres masacres en aquella década.",
    "Se cumplen cuarenta años de la masacre de La Loma.",
])
def test_a_massacre_named_by_its_year_place_or_counted_gives_no_dead(nlp, sentence):
    assert _killed(nlp, sentence) == []


def test_an_encyclopedia_massacre_gets_its_toll_from_its_lead_noun():
    import cronica

    text = ("Masacre de La Loma\n"
            "La masacre de La Loma fue la matanza de 21 pescadores del caserío La Loma, en el municipio de "
            "Puerto Escondido, cometida el 4 de mayo de 1984 por una patrulla del Ejército.")
    events = [e for e in cronica.extract(text, doc_id="t") if e.type == "killing"]
    assert events and events[0].killed is not None and events[0].killed.best == 21
