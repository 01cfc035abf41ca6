"""nlp: the spaCy model loads with our entity rulers; extensions are set up idempotently."""
from cronica.nlp.load import load_nlp, setup_extensions


def test_rulers_mark_actor_aliases(nlp):
    doc = nlp("Una columna del MPCP y el remanente senderista huyeron por el sendero hacia el camarada José.")
    ents = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("MPCP", "Militarizado Partido Comunista del Perú") in ents
    assert ("remanente senderista", "Sendero Luminoso") in ents
    assert ("camarada José", "Víctor Quispe Palomino") in ents
    assert not any(e.text == "sendero" for e in doc.ents)  # a path, not the group


def test_model_is_cached_and_setup_is_idempotent(nlp):
    setup_extensions()
    setup_extensions()
    assert load_nlp() is nlp
    assert "actor_ruler" in nlp.pipe_names and nlp.pipe_names.index("actor_ruler") < nlp.pipe_names.index("ner")


def test_kept_tokens_are_the_docs_tokens(nlp):
    from cronica.nlp.load import doc_tokens, span_tokens

    doc = nlp("Una patrulla fue emboscada en la quebrada. Dos soldados murieron y otro quedó herido.")
    toks = doc_tokens(doc)
    assert doc_tokens(doc) is toks  # made once per Doc
    assert [(t.i, t.text, t.lemma_, t.pos_, t.head.i) for t in toks] == \
        [(t.i, t.text, t.lemma_, t.pos_, t.head.i) for t in doc]
    for sent in doc.sents:
        assert span_tokens(sent) == list(sent)
    assert span_tokens(doc[3:7]) == list(doc[3:7])
    assert span_tokens(doc) == list(doc) and span_tokens(doc) is not toks  # a copy: callers may change it


def test_sent_of_is_the_tokens_sentence(nlp):
    from cronica.nlp.load import sent_of

    doc = nlp("Hombres armados atacaron un puesto policial.\nTres agentes murieron. Otro resultó herido en el ataque.")
    for tok in doc:
        got, want = sent_of(tok), tok.sent
        assert (got.start, got.end) == (want.start, want.end)
        assert got == want
    assert sent_of(doc[0]) is sent_of(doc[1])  # the Doc's sentences are listed once
