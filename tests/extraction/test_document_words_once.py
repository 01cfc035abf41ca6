"""The document model's word features read the content words once: handed over or collected, the
same lemma features in the same order; the length bucket counts the same words."""
from cronica.extraction.assemble import Sentence
from cronica.extraction.decide import _bucket, _content_word, _word_features, document_features


def test_content_words_handed_over_give_the_same_features(nlp):
    doc = nlp("Opinión | La memoria de los días difíciles\nHace treinta años, una columna armada atacó el "
              "cuartel del pueblo. Los vecinos recuerdan a los soldados muertos y a los heridos.")
    sentences = [Sentence(i, 0, s, s.start_char, s.end_char, i == 0) for i, s in enumerate(doc.sents)]
    content = [w for s in sentences for w in s.span if _content_word(w)]
    collected, handed = {}, {}
    _word_features(collected, sentences)
    _word_features(handed, sentences, content=content)
    assert list(collected.items()) == list(handed.items()) and "l=cuartel" in handed
    f = document_features(sentences, 1, ["attack"], True, version=1)
    assert f["len=" + _bucket(len(content), (20, 60, 150, 400))] == 1.0  # (the words counted once)
    assert [k for k in f if k.startswith("l=")] == [k for k in collected if k.startswith("l=")]
