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
