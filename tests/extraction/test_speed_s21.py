"""Session 21 (speed): the per-sentence work of sentences with no trigger and no figure, asked in an
order that reads the cheap facts first, with the same answers.

* framing: the protest frame's patterns (armed actor, protest nouns, policing) are searched only
  when the sentence has a trigger they could act on, or a word of a death or a wound
  (``_death_or_wound_at``, found once per Doc);
* counts: ``find_counts`` skips a verb or adjective that starts no casualty phrase of counts.yaml
  and has no single-word role (``_phrases_of_pair``, remembered per lemma and form);
* nlp: ``SentenceGuards`` looks token ids up by binary search (``_in_sorted``) instead of
  ``numpy.isin``.

Sentences of our own writing."""
from __future__ import annotations

import numpy
import pytest

_TEXTS = (
    "Tres soldados murieron y otros dos resultaron heridos cuando una columna atacó la base.",
    "Un comunero falleció durante el desbloqueo de la carretera por la policía.",
    "Dos manifestantes resultaron heridas cuando los agentes dispersaron la marcha con gases.",
    "Le dieron muerte a un vecino y perdieron la vida cuatro policías en la emboscada.",
    "El alcalde anunció nuevas obras para el distrito y habló con los dirigentes vecinales.",
    "Los vecinos fueron llevados a la clínica en estado grave tras la explosión.",
    "Murió el dirigente que encabezaba la protesta, informaron sus compañeros.",
    "La lluvia de la tarde no impidió la feria del libro en la plaza mayor.",
)


def test_death_or_wound_words_are_those_the_death_in_protest_rule_reads(nlp):
    from cronica.extraction.framing import _DEATH_VERBS, _WOUNDED, _death_or_wound_at, _tells_death_or_wound
    from cronica.nlp.inflect import match_key

    found = 0
    for text in _TEXTS:
        doc = nlp(text)
        want = [t.i for t in doc if match_key(t.lemma_) in _DEATH_VERBS or _WOUNDED.fullmatch(match_key(t.text))]
        assert _death_or_wound_at(doc) == want, text
        for sent in doc.sents:
            assert _tells_death_or_wound(sent) == any(sent.start <= i < sent.end for i in want)
        found += len(want)
    assert found >= 5  # "murieron", "heridos", "falleció", "heridas", "Murió"


def test_wounded_forms_are_the_whole_matches_of_the_wounded_pattern():
    from cronica.extraction.framing import _WOUNDED, _WOUNDED_FORMS

    tried = {"herido", "herida", "heridos", "heridas", "heridx", "herid", "heridoss", "malherido", "heridas "}
    assert {w for w in tried if _WOUNDED.fullmatch(w)} == _WOUNDED_FORMS


@pytest.mark.parametrize("text", _TEXTS)
def test_a_sentence_without_triggers_gets_only_a_death_in_a_protest(nlp, text):
    """With no trigger, framing adds a trigger only for a death or a wound told inside a protest."""
    from cronica.extraction.framing import DocumentFraming

    class S:  # an ``assemble.Sentence``'s fields that framing reads
        def __init__(self, span, index):
            self.span, self.index, self.para, self.headline = span, index, 0, False

    sents = [S(s, k) for k, s in enumerate(nlp(text).sents)]
    framing = DocumentFraming(sents)
    for s in sents:
        triggers: list = []
        framing.frame(s, triggers)
        assert all(t.type == "protest" for t in triggers)


def test_protest_deaths_still_get_their_trigger(nlp):
    from cronica.extraction.framing import DocumentFraming

    class S:
        def __init__(self, span, index):
            self.span, self.index, self.para, self.headline = span, index, 0, False

    doc = nlp("Un comunero falleció cuando participaba en una marcha contra la minera.")
    sents = [S(s, k) for k, s in enumerate(doc.sents)]
    triggers: list = []
    DocumentFraming(sents).frame(sents[0], triggers)
    assert [t.type for t in triggers] == ["protest"] and doc[triggers[0].token_i].lemma_ == "fallecer"


def test_words_find_counts_skips_have_no_role(nlp):
    from cronica.extraction.counts import _PHRASE_POS, _phrases_of_pair, _roles_of, _single_role

    skipped = kept = 0
    for text in _TEXTS:
        for tok in nlp(text):
            if _single_role(tok.lower_) is None and (
                    tok.pos_ not in _PHRASE_POS or not _phrases_of_pair(tok.lemma_.lower(), tok.lower_)):
                skipped += 1
                assert list(_roles_of(tok)) == [], tok.text
            elif list(_roles_of(tok)):
                kept += 1
    assert skipped > 80 and kept >= 8


def test_in_sorted_is_isin_for_sorted_ids():
    from cronica.nlp.load import _in_sorted

    rng = numpy.random.default_rng(7)
    for n in (0, 1, 4, 150):
        ids = numpy.array(sorted(set(rng.integers(0, 2**64 - 1, n, dtype=numpy.uint64).tolist())), dtype=numpy.uint64)
        values = numpy.concatenate([rng.integers(0, 2**64 - 1, 200, dtype=numpy.uint64), ids, ids[:2]])
        rng.shuffle(values)
        assert (_in_sorted(values, ids) == numpy.isin(values, ids)).all()


def test_a_phrase_word_with_no_second_item_near_opens_no_phrase(nlp):
    """``find_triggers`` skips a phrase-opening word when no phrase's second item is within reach:
    none of its phrases would match there."""
    from cronica.extraction.triggers import _phrase_positions, _second_item_near
    from cronica.nlp.lexicons import load_triggers
    from cronica.nlp.load import doc_keys

    lex = load_triggers()
    skipped = matched = 0
    for text in _TEXTS + ("Se registró un enfrentamiento armado y les dieron muerte a dos guardias.",
                          "Los sicarios abrieron fuego contra la camioneta y se dieron a la fuga."):
        keys = doc_keys(nlp(text))
        for k, key in enumerate(keys):
            phrases = lex.phrase_candidates(key)
            if not phrases:
                continue
            if not _second_item_near(phrases, keys, k):
                skipped += 1
                assert all(_phrase_positions(ph, keys, k) is None for ph in phrases), key
            elif any(_phrase_positions(ph, keys, k) is not None for ph in phrases):
                matched += 1
    assert skipped > 30 and matched >= 2
