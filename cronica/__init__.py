"""Cronica: Spanish conflict reporting → structured, sourced events.

The small public API::

    import cronica
    events = cronica.extract("El 15 de abril de 2012 una emboscada ...", published="2012-04-16")
    events[0].to_dict()
"""
from __future__ import annotations

from typing import Optional

from cronica.errors import CronicaError, InputError, ModelError
from cronica.model import (
    Actor, Count, DateValue, DocResult, Document, Event, EVENT_KEYS, EVENT_TYPES, Place, Span,
)

__version__ = "0.1.0"


def extract(text: str, published: Optional[str] = None, doc_id: str = "doc") -> list[Event]:
    """Extract the events of one Spanish text.

    ``published`` is the publication date (``YYYY-MM-DD`` or ``YYYY-MM``), used to
    resolve relative dates ("ayer", "el jueves"). The spaCy model and lexicons are
    loaded once per process, on first use.
    """
    from cronica.pipeline import get_pipeline

    return get_pipeline().extract(Document(id=doc_id, text=text, published=published))


__all__ = [
    "Actor", "Count", "CronicaError", "DateValue", "DocResult", "Document", "Event",
    "EVENT_KEYS", "EVENT_TYPES", "InputError", "ModelError", "Place", "Span", "extract",
    "__version__",
]
