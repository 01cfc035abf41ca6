"""A long text's background as the mention model may learn it: section headings ("Antecedentes",
"Ataques y secuestros": pipeline._section_heading) and a candidate undated among dated ones
(decide._background_features). Sentences written for these tests (CC0)."""
import pytest

from cronica.extraction.assemble import Sentence
from cronica.extraction.decide import DocState, mention_features
from cronica.extraction.triggers import TriggerMention
from cronica.pipeline import _section_heading


@pytest.mark.parametrize("line, para_i, heading", [
    ("Ataques y secuestros", 4, True),
    ("Desarme y reinserción de los combatientes", 3, True),
    ("Antecedentes", 2, True),
    ("Ataques y secuestros", 1, False),  # a subtitle below the headline: the headline rules read it
    ("La guerrilla atacó el cuartel", 4, False),  # a verb: it tells
    ("Murieron tres soldados.", 4, False),  # closed by a period: a sentence
    ("Balance: tres muertos", 4, False),  # a label and a toll
    ("Saldo de dos muertos", 4, False),  # a figure, spelled: a toll
    ("Una columna emboscó a la patrulla militar en el camino del valle alto", 4, False),  # too long
])
def test_section_heading_is_a_short_verbless_line_of_its_own_below_the_headline(nlp, line, para_i, heading):
    sent = next(nlp(line).sents)
    assert _section_heading(sent, line, para_i) is heading


def test_a_sentence_that_shares_its_paragraph_is_no_section_heading(nlp):
    sent = next(nlp("Ataques y secuestros").sents)
    assert not _section_heading(sent, "Ataques y secuestros. El 4 de mayo murieron tres soldados", 4)


def _features(nlp, text: str, word: str, state: DocState, via: str, index: int = 0, section: bool = False):
    doc = nlp(text)
    sent = next(doc.sents)
    tok = next(t for t in doc if t.text == word)
    t = TriggerMention("killing", tok.i, tok.idx, tok.idx + len(tok.text))
    f = mention_features(t, Sentence(index, 3, sent, 0, len(text), False, False, section), doc, state, [], [t],
                         via, None, False)
    state.next_sentence()
    return f


def test_undated_candidate_after_two_dated_ones_is_marked(nlp):
    state = DocState()
    first = _features(nlp, "El 3 de mayo de 1990 asesinaron a un maestro.", "asesinaron", state, "sentence", 0)
    second = _features(nlp, "En junio de 1991 asesinaron a un concejal.", "asesinaron", state, "clause", 1)
    third = _features(nlp, "Los vecinos recuerdan a los asesinados.", "asesinados", state, "story", 2)
    assert "undated_among_dated" not in first and "undated_among_dated" not in second
    assert "undated_among_dated" in third
    dated_again = _features(nlp, "El 2 de abril de 1992 asesinaron a un juez.", "asesinaron", state, "sentence", 3)
    assert "undated_among_dated" not in dated_again


def test_undated_candidate_after_one_dated_one_is_not_marked(nlp):
    state = DocState()
    _features(nlp, "El 3 de mayo de 1990 asesinaron a un maestro.", "asesinaron", state, "sentence", 0)
    f = _features(nlp, "Los vecinos recuerdan a los asesinados.", "asesinados", state, "story", 1)
    assert "undated_among_dated" not in f


def test_section_heading_feature_follows_the_sentence(nlp):
    assert "section_heading" in _features(nlp, "Asesinatos y amenazas", "Asesinatos", DocState(), "none", section=True)
    assert "section_heading" not in _features(nlp, "Asesinatos y amenazas", "Asesinatos", DocState(), "none")
