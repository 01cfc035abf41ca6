"""Shared fixtures for the geo tests.

The gazetteer is the one users get: ``$CRONICA_GAZETTEER`` or the user cache directory,
built on first use if missing (about 10 s once; scripts/bootstrap.sh builds it ahead).
"""
from __future__ import annotations

import pytest

from cronica.model import Span


@pytest.fixture(scope="session")
def gaz():
    from cronica.geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def geocoder(gaz):
    from cronica.geo import Geocoder

    return Geocoder(gazetteer=gaz)


@pytest.fixture(scope="session")
def event_place(geocoder):
    """place(text, trigger): the place of the event whose trigger is the first ``trigger``."""

    def place(text: str, trigger: str):
        i = text.index(trigger)
        idx = geocoder.places(text)
        return idx.place_for(Span(i, i + len(trigger), trigger), Span(0, len(text), text))

    return place


@pytest.fixture(scope="session")
def sentence_place(geocoder):
    """place(text, trigger, nth=1): the place of the event whose trigger is the ``nth`` ``trigger``,
    told in that trigger's own sentence (from the last ". " or line break before it to the next
    full stop)."""

    def place(text: str, trigger: str, nth: int = 1):
        i = -1
        for _ in range(nth):
            i = text.index(trigger, i + 1)
        stop = text.rfind(". ", 0, i)
        start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, i) + 1)
        end = text.find(".", i)
        end = len(text) if end < 0 else end + 1
        idx = geocoder.places(text)
        return idx.place_for(Span(i, i + len(trigger), trigger), Span(start, end, text[start:end]))

    return place
