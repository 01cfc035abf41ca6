"""Text keys for indexed search (migration 0004).

Text and actor filters compare *folded* strings: Unicode NFKD, combining marks
removed (á→a, ñ→n, ü→u), case folded (``str.casefold``), runs of whitespace made one
space. The store keeps two folded columns on ``events``, filled by the write path
(``event_row``, review edits):

- ``search_text`` = fold(evidence)
- ``actor_key``   = fold(actor1) + "\\n" + fold(actor2)   (the newline never occurs in
  a folded query, so a query cannot match across the two names)

and indexes them: SQLite an FTS5 table with the trigram tokenizer (``events_fts``,
external content, filled per ingest batch by the store since 0010, kept in step by
triggers on edits and deletions), PostgreSQL pg_trgm GIN indexes. What
matches (docs/store.md, "Querying"):

- ``text``: every whitespace-separated word of the query is a substring of the folded
  evidence, in any order (``"policia emboscada"`` matches "…emboscada contra la
  Policía…"); quotes are not special.
- ``actor``: the whole folded query is a substring of folded actor1 or actor2.

Words shorter than 3 characters cannot use a trigram index; they are still honoured
(by a scan of the rows the other conditions leave).
"""
from __future__ import annotations

import unicodedata
from typing import Optional

from cronica.text.fold import strip_marks

ACTOR_SEP = "\n"


def fold(s: Optional[str]) -> str:
    """Accent- and case-insensitive form of ``s`` (see the module docstring)."""
    if not s:
        return ""
    d = strip_marks(s)
    return " ".join(unicodedata.normalize("NFC", d.casefold()).split())


def fold_reference(s: Optional[str]) -> str:
    """:func:`fold` written out (decompose, drop combining marks): for its test."""
    if not s:
        return ""
    d = unicodedata.normalize("NFKD", s)
    d = "".join(ch for ch in d if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", d.casefold()).split())


def actor_key(actor1: Optional[str], actor2: Optional[str]) -> str:
    return fold(actor1) + ACTOR_SEP + fold(actor2)


def text_words(query: str) -> list[str]:
    """The folded words of a text query (duplicates dropped, order kept)."""
    out: list[str] = []
    for w in fold(query).split(" "):
        if w and w not in out:
            out.append(w)
    return out


def fts_phrase(word: str) -> str:
    """One FTS5 string token (double quotes doubled): matches the word as a substring
    under the trigram tokenizer (words of 3+ characters)."""
    return '"' + word.replace('"', '""') + '"'
