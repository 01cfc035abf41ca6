"""The lower-case words of a trigger's sentence (read for its hedges) are joined once per sentence."""
from cronica.extraction.triggers import _sentence_lower, find_triggers


def test_sentence_lower_is_the_joined_words_of_each_sentence_once(nlp):
    doc = nlp("Al parecer, Hombres Armados atacaron un puesto. La Policía detuvo a DOS sospechosos.")
    for sent in doc.sents:
        got = _sentence_lower(sent)
        assert got == " ".join(t.lower_ for t in sent)
        assert _sentence_lower(sent) is got


def test_hedged_triggers_per_sentence(nlp):
    doc = nlp("Hombres armados habrían atacado un puesto policial. La policía detuvo a dos sospechosos.")
    first, second = list(doc.sents)
    assert [m.hedged for m in find_triggers(first)] and all(m.hedged for m in find_triggers(first))
    assert find_triggers(second) and not any(m.hedged for m in find_triggers(second))
