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

News sites put the date in the address ("https://diario.pe/2020/11/...",
"/2021-07-12-titulo"): ``published_from_url`` reads it when metadata and
dateline give none, at the precision the address has (a day or a month).
"""
from __future__ import annotations

import calendar
import re
from typing import Optional

from cronica.model import Span
from cronica.time.recognise import dateline_extent, find_expressions
from cronica.time.resolve import parse_published, resolve_expression

__all__ = ["find_dateline", "published_from_url", "DATELINE_WINDOW"]

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


# "/2020/11/25/", "/2020/11/", "2020-11-25-titulo", "_2020_11_": year, month and an optional
# day joined by one separator, not inside a longer number (ids, timestamps)
_URL_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_-])(0[1-9]|1[0-2])"
                       r"(?:\2(0[1-9]|[12][0-9]|3[01]))?(?![0-9])")


def published_from_url(url: Optional[str]) -> Optional[str]:
    """The publication date a news address carries, as ``YYYY-MM-DD`` or ``YYYY-MM``; None
    when it carries none (only the path is read: a host name is never a date)."""
    if not url:
        return None
    path = re.sub(r"^[a-zA-Z][\w+.-]*://[^/]*", "", url)
    for m in _URL_DATE.finditer(path):
        year, month = int(m.group(1)), int(m.group(3))
        if m.group(4):
            day = int(m.group(4))
            if day <= calendar.monthrange(year, month)[1]:
                return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}"
    return None
