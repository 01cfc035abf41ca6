"""html: the main text of a web page (trafilatura) and its publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from cronica.errors import InputError


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: Optional[str]
    published: Optional[str]  # YYYY-MM-DD from the page's metadata, when present
    url: Optional[str]


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def extract_article(html: str, source: str | None = None) -> HtmlArticle:
    """Extract the article of an HTML page; InputError when there is none."""
    import trafilatura  # heavy import, only when HTML is read

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        raise InputError("no article text found in the HTML page", source)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("no article text found in the HTML page", source)
    date = data.get("date")
    return HtmlArticle(
        text=text,
        title=data.get("title") or None,
        published=date if isinstance(date, str) and _DATE.match(date) else None,
        url=data.get("url") or None,
    )
