"""Geocoding: an offline gazetteer, toponym recognition, resolution and event attachment.

    from cronica.geo import Geocoder
    geo = Geocoder()                      # loads (or builds) the gazetteer once
    idx = geo.places(text)                # every toponym, resolved
    idx.place_for(trigger, sentence)      # the place of one event

Details: docs/geo.md.
"""
from cronica.geo.resolve import Geocoder, PlaceIndex, PlaceMention

__all__ = ["Geocoder", "PlaceIndex", "PlaceMention"]
