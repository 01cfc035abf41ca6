"""Small assertions the extraction tests share: what a text's events are, and its only event."""


def told(evs):
    """Each event's type and the start of its evidence (for an assertion's message)."""
    return [(e.type, e.evidence.text[:60]) for e in evs]


def one_event(extract, text, etype, published):
    """The only event of ``text``, asserted to be of type ``etype``."""
    evs = extract(text, published=published)
    assert [e.type for e in evs] == [etype], told(evs)
    return evs[0]


#: the types of the violent family (the scorer pairs them with each other)
VIOLENT = ("attack", "killing", "armed_clash", "bombing", "ambush")


def violent_types(text, published="2025-03-10"):
    """The types of ``text``'s violent events, in order."""
    import cronica
    return [e.type for e in cronica.extract(text, published=published) if e.type in VIOLENT]
