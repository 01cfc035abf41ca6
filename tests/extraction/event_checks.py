"""Small assertions the extraction tests share: what a text's events are, and its only event."""


def told(evs):
    """Each event's type and the start of its evidence (for an assertion's message)."""
    return [(e.type, e.evidence.text[:60]) for e in evs]


def one_event(extract, text, etype, published):
    """The only event of ``text``, asserted to be of type ``etype``."""
    evs = extract(text, published=published)
    assert [e.type for e in evs] == [etype], told(evs)
    return evs[0]
