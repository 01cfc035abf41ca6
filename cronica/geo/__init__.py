"""Geocoding: an offline gazetteer, toponym recognition, resolution and event attachment.

    from cronica.geo import Geocoder
    geo = Geocoder()                      # loads (or builds) the gazetteer once
    idx = geo.places(text)                # every toponym, resolved
    idx.place_for(trigger, sentence)      # the place of one event

Details: docs/geo.md.
"""
__all__ = ["Geocoder", "PlaceIndex", "PlaceMention"]


def __getattr__(name: str):
    # loaded on first use, so that a light module of this package (``distance``, used by the
    # store) does not bring in the recogniser and the resolver
    if name in __all__:
        from cronica.geo import resolve

        return getattr(resolve, name)
    raise AttributeError(f"module 'cronica.geo' has no attribute {name!r}")
