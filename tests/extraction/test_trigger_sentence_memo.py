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


def test_candidate_positions_are_the_words_the_lexicon_may_read(nlp):
    """``_candidate_positions`` (found once per Doc) lists, per sentence, exactly the words that open a
    lexicon phrase and those that may be a one-word trigger; a Doc read whole gives the same."""
    from cronica.extraction.triggers import _candidate_positions
    from cronica.nlp.lexicons import load_triggers
    from cronica.nlp.load import doc_keys

    lex = load_triggers()
    doc = nlp("Sicarios le dieron muerte a un comerciante en la plaza. Se reportó una balacera y dos "
              "heridos.\n\nLa Policía detuvo a los atacantes tras un enfrentamiento.")
    keys = doc_keys(doc)
    for span in (*doc.sents, doc):
        start = getattr(span, "start", 0)
        words = keys[start:start + len(span)]
        phrases, tokens = _candidate_positions(span, lex)
        assert phrases == [k for k, key in enumerate(words) if lex.phrase_candidates(key)]
        assert tokens == [k for k, key in enumerate(words) if lex.token_candidates(key)]
    assert _candidate_positions(doc, lex)[1]  # (a sentence with trigger words: not vacuous)
