"""The small public Python API: cronica.extract, cronica.Event, typed records."""
import dataclasses

import pytest

import cronica
from cronica.model import EVENT_KEYS, EVENT_TYPES, Count, DateValue, Event, Span


def test_extract_returns_typed_events():
    events = cronica.extract("El 12 de abril de 2012 una emboscada en Kepashiato dejó tres policías muertos.")
    assert events and all(isinstance(e, cronica.Event) for e in events)
    e = events[0]
    assert isinstance(e.evidence, Span) and isinstance(e.killed, Count) and isinstance(e.date, DateValue)
    assert e.type in EVENT_TYPES and e.killed.best == 3 and e.date.value == "2012-04-12"


def test_to_dict_keys_and_nulls():
    e = Event(doc_id="d", type="protest", evidence=Span(0, 4, "Paro"))
    d = e.to_dict()
    assert tuple(d) == EVENT_KEYS
    assert d["killed"] is None and d["date"] is None and d["spans"] == {"evidence": [0, 4]}


def test_event_id_is_a_stable_hash_of_doc_type_and_offsets():
    a = Event(doc_id="d", type="arrest", evidence=Span(10, 20, "x" * 10))
    b = Event(doc_id="d", type="arrest", evidence=Span(10, 20, "x" * 10), confidence=0.9)
    c = Event(doc_id="d", type="arrest", evidence=Span(10, 21, "x" * 11))
    assert a.event_id == b.event_id != c.event_id


def test_records_reject_nonsense():
    with pytest.raises(ValueError):
        Event(doc_id="d", type="riot", evidence=Span(0, 1, "x"))
    with pytest.raises(ValueError):
        Span(5, 2)


def test_empty_text_is_an_error_not_a_crash():
    with pytest.raises(cronica.CronicaError):
        cronica.extract("   ")


def test_public_names():
    for name in ("extract", "Event", "Document", "Span", "CronicaError", "InputError"):
        assert hasattr(cronica, name)
    assert dataclasses.is_dataclass(cronica.Event)
