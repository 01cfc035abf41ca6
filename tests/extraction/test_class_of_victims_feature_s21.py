"""Session 21 (backgr2): an event noun whose victims are a bare plural class ("el asesinato de
guardias indígenas") is marked for the mention model. Sentences written for these tests."""
import pytest

from cronica.extraction.assemble import Sentence
from cronica.extraction.decide import DocState, mention_features
from cronica.extraction.triggers import TriggerMention


def _features(nlp, text: str, word: str):
    doc = nlp(text)
    sent = next(doc.sents)
    tok = next(t for t in doc if t.text == word)
    t = TriggerMention("killing", tok.i, tok.idx, tok.idx + len(tok.text), is_noun=True)
    return mention_features(t, Sentence(0, 3, sent, 0, len(text), False, False, False), doc, DocState(), [], [t],
                            "story", None, False)


@pytest.mark.parametrize("text, word, marked", [
    ("Las comunidades han denunciado el asesinato de guardias indígenas en varios municipios.", "asesinato", True),
    ("La película recuerda los asesinatos de concejales de aquellos años.", "asesinatos", True),
    ("La comunidad denunció el asesinato de los dos guardias indígenas.", "asesinato", False),
    ("La comunidad denunció el asesinato de tres guardias indígenas.", "asesinato", False),
    ("El asesinato de Rosa Quispe conmocionó a la comunidad.", "asesinato", False),
])
def test_a_class_of_victims_is_marked_for_the_mention_model(nlp, text, word, marked):
    assert ("class_patient" in _features(nlp, text, word)) is marked
