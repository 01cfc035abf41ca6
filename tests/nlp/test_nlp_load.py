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


def test_parsed_text_is_the_spacy_text_of_every_span(nlp):
    """``parsed_text`` gives ``.text`` itself, accents put back by ``restore_accents`` included
    (``span_text`` gives the text before them), for every sentence and every token range."""
    from cronica.nlp.load import keep_text, parsed_text, span_text
    from cronica.text.accents import restore_accents

    raw = "Un agente murio en el lugar.\n\nOtro  quedo herido y fue trasladado al hospital.  Tres detenidos."
    doc = nlp(restore_accents(raw))
    keep_text(doc, raw)
    assert parsed_text(doc) == doc.text != raw
    assert parsed_text(doc) is parsed_text(doc)  # joined once per Doc
    for sent in doc.sents:
        assert parsed_text(sent) == sent.text
    for a in range(len(doc)):
        for b in range(a + 1, len(doc) + 1):
            assert parsed_text(doc[a:b]) == doc[a:b].text
    assert span_text(doc[:4]) == "Un agente murio en" and parsed_text(doc[:4]) == "Un agente murió en"


def test_doc_keys_are_every_tokens_folded_form(nlp):
    """``doc_keys`` (by orth id, once per Doc) equals ``token_key`` of each token's text."""
    from cronica.nlp.inflect import token_key
    from cronica.nlp.load import doc_keys

    texts = ("Los CAMPESINOS de Añaza denunciaron: ¡Murió el niño!\n\nSegún la Policía, 3 heridos.",
             "El  ataque   ocurrió en Ñuñoa; el ataque fue repelido.", "")
    for text in texts:
        doc = nlp(text)
        keys = doc_keys(doc)
        assert keys == [token_key(t.text) for t in doc]
        assert doc_keys(doc) is keys  # worked out once per Doc
    again = nlp("El ataque ocurrió en Ñuñoa.")
    assert doc_keys(again)[:2] == ["el", "ataque"] and doc_keys(again)[4] == "nunoa"


def test_doc_lowers_and_pos_are_every_tokens_attributes(nlp):
    """``doc_lowers`` and ``doc_pos`` (read once per Doc as arrays) equal each token's ``lower_`` and
    ``pos_``, whitespace tokens, capitals, accents and an empty Doc included; ``span_words`` reads them."""
    from cronica.nlp.load import doc_lowers, doc_pos, span_words

    texts = ("Los CAMPESINOS de Añaza denunciaron: ¡Murió el niño!\n\nSegún la Policía, 3 heridos.",
             "El  ataque   ocurrió en ÑUÑOA; el Ataque fue repelido. ", "")
    for text in texts:
        doc = nlp(text)
        lows, tags = doc_lowers(doc), doc_pos(doc)
        assert lows == [t.lower_ for t in doc] and tags == [t.pos_ for t in doc]
        assert doc_lowers(doc) is lows and doc_pos(doc) is tags  # worked out once per Doc
        for sent in doc.sents:
            assert span_words(sent) == {t.lower_ for t in sent}
        assert span_words(doc) == {t.lower_ for t in doc}


def test_doc_attr_and_lemmas_are_every_tokens_attributes(nlp):
    """``doc_attr`` (a flag or length read once per Doc as an array) and ``doc_lemmas`` equal each
    token's ``is_alpha``, ``is_stop``, ``len(text)`` and ``lemma_``, whitespace tokens, digits,
    punctuation and an empty Doc included; ``span_bounds`` gives a Span's and a Doc's token range."""
    from cronica.nlp.load import doc_attr, doc_lemmas, span_bounds

    texts = ("Los CAMPESINOS de Añaza denunciaron: ¡Murieron 3 niños!\n\nSegún la Policía, hubo heridos.",
             "El  ataque   ocurrió en ÑUÑOA; el Ataque fue repelido. ", "")
    for text in texts:
        doc = nlp(text)
        alpha, stop, length, lemmas = (doc_attr(doc, "IS_ALPHA"), doc_attr(doc, "IS_STOP"), doc_attr(doc, "LENGTH"),
                                       doc_lemmas(doc))
        assert [bool(x) for x in alpha] == [t.is_alpha for t in doc]
        assert [bool(x) for x in stop] == [t.is_stop for t in doc]
        assert length == [len(t.text) for t in doc] and lemmas == [t.lemma_ for t in doc]
        assert doc_attr(doc, "IS_STOP") is stop and doc_lemmas(doc) is lemmas  # worked out once per Doc
        assert span_bounds(doc) == (doc, 0, len(doc))
        for sent in doc.sents:
            assert span_bounds(sent) == (doc, sent.start, sent.end)


def test_token_memo_answers_once_per_doc_and_token(nlp):
    """``token_memo`` works ``make`` out once per Doc and token (None answers kept too), per key."""
    from cronica.nlp.load import token_memo

    calls = []

    def make(tok):
        calls.append(tok.i)
        return tok.text.upper() if tok.is_alpha else None

    doc, other = nlp("Dos soldados murieron , uno quedó herido."), nlp("Dos soldados murieron.")
    assert [token_memo(t, "test_upper", make) for t in doc] == [t.text.upper() if t.is_alpha else None for t in doc]
    assert [token_memo(t, "test_upper", make) for t in doc] == [t.text.upper() if t.is_alpha else None for t in doc]
    assert calls == list(range(len(doc)))  # the second round: every answer (None too) from the memo
    assert token_memo(other[0], "test_upper", make) == "DOS" and calls[-1] == 0  # another Doc: its own memo
    assert token_memo(doc[1], "test_other", lambda t: t.i) == 1  # another key: its own memo


# Our own sentences: line breaks, double spaces, tabs and a trailing space give whitespace tokens
# (the rules' second kind); the words cover most coarse tags.
_RULE_TEXTS = (
    "Hombres armados atacaron  un puesto policial en la madrugada.\n\nTres agentes murieron y dos más quedaron heridos.",
    "¡Ay! Según la fiscalía, el 12 de mayo \t unos 30 encapuchados quemaron 4 vehículos y huyeron rápidamente. ",
    "  \n",
    "ELN: la guerrilla liberó a dos rehenes, pero retiene a otros tres en Arauca.\n",
)


def test_token_rules_set_what_the_models_attribute_ruler_sets(nlp):
    """``token_rules`` replaces the model's ``attribute_ruler``: same POS, TAG and MORPH on every token,
    whitespace tokens included, as the stock ruler gives on the same parse."""
    import spacy
    from spacy.attrs import IS_SPACE, MORPH, POS, TAG

    from cronica.nlp.load import MODEL

    assert "token_rules" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    stock = spacy.load(MODEL, vocab=nlp.vocab, exclude=["tok2vec", "morphologizer", "parser", "lemmatizer", "ner"])
    ruler = stock.get_pipe("attribute_ruler")
    after = nlp.pipe_names[nlp.pipe_names.index("token_rules") + 1:]
    spaces = 0
    for text in _RULE_TEXTS:
        with nlp.select_pipes(disable=after):
            ours = nlp(text)
        with nlp.select_pipes(disable=["token_rules", *after]):
            theirs = ruler(nlp(text))
        cols = [POS, TAG, MORPH, IS_SPACE]
        assert ours.to_array(cols).tolist() == theirs.to_array(cols).tolist()
        assert [(t.pos_, t.tag_, str(t.morph)) for t in ours] == [(t.pos_, t.tag_, str(t.morph)) for t in theirs]
        spaces += sum(t.is_space for t in ours)
    assert spaces >= 4  # the whitespace rule was exercised


def test_token_rules_refuse_a_ruler_with_other_rules(nlp):
    """A ruler with a rule of another shape (here a two-token pattern) is not ours to replace:
    ``rules_of`` says None, so ``load_nlp`` would keep the stock ruler."""
    import pytest
    import spacy

    from cronica.nlp.load import MODEL, TokenRules

    stock = spacy.load(MODEL, vocab=nlp.vocab, exclude=["tok2vec", "morphologizer", "parser", "lemmatizer", "ner"])
    ruler = stock.get_pipe("attribute_ruler")
    assert TokenRules.rules_of(ruler) is not None  # the shipped model's rules are all single-token tests
    ruler.add([[{"LOWER": "dos"}, {"LOWER": "agentes"}]], {"TAG": "NUM"})
    assert TokenRules.rules_of(ruler) is None
    with pytest.raises(ValueError):
        TokenRules(ruler)


# Our own sentences for the lemmas: closed-class words opening a sentence (lower-cased there) and inside
# it (kept as written), the same word in several roles, proper nouns, verbs and whitespace tokens.
_LEMMA_TEXTS = _RULE_TEXTS + (
    "Con los años, Con Edison dejó de operar. Para ellos, para siempre: Y los detenidos Y SUS abogados se fueron.",
    "Por la mañana murieron dos soldados; por la tarde, Por Ahora y Según Fuentes negaron que hubieran muerto.",
)


def test_token_lemmas_give_the_stock_lemmatizers_lemmas(nlp):
    """``token_lemmas`` replaces the model's rule lemmatizer: the same lemma on every token, as the stock
    lemmatizer gives on the same parse, whether its memo already knows the token's kind or not."""
    from cronica.nlp.load import TokenLemmas

    assert "token_lemmas" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    ours = nlp.get_pipe("token_lemmas")
    stock = ours._stock
    after = nlp.pipe_names[nlp.pipe_names.index("token_lemmas"):]
    fresh = TokenLemmas(stock)
    for text in _LEMMA_TEXTS * 2:  # the second round answered from the memo
        with nlp.select_pipes(disable=after):
            parsed = nlp(text)
        theirs = [t.lemma_ for t in stock(parsed.copy())]
        assert [t.lemma_ for t in fresh(parsed.copy())] == theirs
        assert [t.lemma_ for t in ours(parsed.copy())] == theirs
    openers = [t for t in nlp(_LEMMA_TEXTS[-2]) if t.is_sent_start and t.pos_ in ("ADP", "CCONJ")]
    assert openers and all(t.lemma_ == t.text.lower() for t in openers)  # the rule the key keeps apart


def test_token_lemmas_refuse_another_lemmatizer(nlp):
    """Only a Spanish rule lemmatizer is keyed by what ``TokenLemmas`` reads; another kind is refused
    (``load_nlp`` then keeps the stock component)."""
    import pytest
    from spacy.pipeline import Lemmatizer

    from cronica.nlp.load import TokenLemmas

    other = Lemmatizer(nlp.vocab, None, mode="lookup")
    assert not TokenLemmas.serves(other)
    with pytest.raises(ValueError):
        TokenLemmas(other)


def test_the_pipeline_keeps_each_docs_parsed_text(pipeline):
    """The pipeline hands the string it parsed to ``keep_text``: ``parsed_text`` is ``.text``
    (restored accents in) and ``doc_text`` the cleaned text, without joining the tokens."""
    from cronica.model import Document
    from cronica.nlp.load import doc_text, parsed_text

    doc = Document("t1", "Un policía murio en el ataque.\n\nOtro  agente quedo herido.", "2024-03-02")
    for _, ct, pdocs in pipeline.parse([doc]):
        for pdoc in pdocs:
            assert pdoc.user_data["cronica_parsed_text"] is parsed_text(pdoc)  # kept, not joined
            assert parsed_text(pdoc) == pdoc.text
            off = pdoc._.cronica_offset
            assert doc_text(pdoc) == ct.text[off:off + len(doc_text(pdoc))]
        assert "murió" in parsed_text(pdocs[0]) and "murio" in doc_text(pdocs[0])
