"""The mention model's word features read only the words near the trigger: the same features as
the whole sentence's walk gives (content words within 8 of the trigger), and the quote parity."""
from cronica.extraction.assemble import Sentence
from cronica.extraction.decide import _QUOTES, DocState, _in_quotes, fold, mention_features
from cronica.extraction.triggers import TriggerMention

_TEXT = ("Según testigos, el jueves por la noche una columna de hombres armados emboscó a una patrulla "
         "militar que regresaba a su base en la quebrada, y \"los atacantes huyeron\" hacia el monte "
         "tras dejar dos soldados muertos y tres heridos.")


def test_near_words_are_the_content_words_within_eight_of_the_trigger(nlp):
    doc = nlp(_TEXT)
    sent = next(doc.sents)
    for tok in sent:
        t = TriggerMention("ambush", tok.i, tok.idx, tok.idx + len(tok.text))
        f = mention_features(t, Sentence(0, 0, sent, 0, len(_TEXT)), doc, DocState(), [], [t], "none", None, False)
        want = {"near=" + fold(w.lemma_) for w in sent
                if w.is_alpha and not w.is_stop and abs(w.i - tok.i) <= 8 and w.i != tok.i}
        assert {k for k in f if k.startswith("near=")} == want, tok.text
        inside = sum(1 for w in doc[sent.start:tok.i] if w.text in _QUOTES) % 2 == 1
        assert _in_quotes(tok) == inside
    assert _in_quotes(doc[[t.text for t in doc].index("atacantes")])
