"""Read an article's dateline or byline date as its publication date.

Agency copy opens with a dateline ("LIMA, 8 Mar. (EUROPA PRESS) -",
"Ayacucho, 12 de abril de 2012 (Andina).-"); web pages often carry a byline
date on a line of its own ("13/02/12"). ``find_dateline`` looks for one in the
first lines of the text and returns the date as ISO ``YYYY-MM-DD`` with the
span of the whole dateline (city, date, agency and dash: what to skip when
extracting) in the text.

A dateline without its year ("8 Mar.") takes the year from ``published`` (for
example a ``YYYY-MM`` from metadata, or a date from another source): the year
that puts the day closest before it. When the year is known from nowhere,
``find_dateline`` returns None rather than guess one — a wrong year would move
every relative date of the article.
"""
from __future__ import annotations

from typing import Optional

from cronica.model import Span
from cronica.time.recognise import dateline_extent, find_expressions
from cronica.time.resolve import parse_published, resolve_expression

__all__ = ["find_dateline", "DATELINE_WINDOW"]

#: Only the opening of the text is searched (characters).
DATELINE_WINDOW = 800


def find_dateline(text: str, published: Optional[str] = None) -> Optional[tuple[str, Span]]:
    """The dateline's date as ``(YYYY-MM-DD, span)``, or None when there is none.

    ``published`` ('YYYY-MM-DD', 'YYYY-MM' or None) only supplies a missing year.
    """
    head = text[:DATELINE_WINDOW]
    pub = parse_published(published)
    for e in find_expressions(head):
        if e.role != "dateline":
            continue
        v = resolve_expression(e, pub, None)
        if v is None or v.precision != "day":
            if e.year is None and pub is None:
                return None  # "8 Mar." and no year anywhere: do not guess
            continue
        return v.value, dateline_extent(head, e.span) or e.span
    return None
