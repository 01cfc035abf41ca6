"""Any text geocodes without error and every span points into it."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cronica.model import Span

WORDS = ["en", "el", "distrito", "de", "provincia", "Santa", "Rosa", "Huanta", ",", "(", ")", "Lima",
         "Vraem", "Ene", "y", "Mantaro", "la", "localidad", "trasladados", "a", "350", "km", "del",
         "Perú", ".", "\n", "Flores", "Ayacucho", "calle", "Junín", "cerca", "San", "Francisco", "é", "ñ"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=40))
def test_any_text(geocoder, words):
    text = " ".join(words)
    idx = geocoder.places(text)
    for m in idx.mentions:
        assert text[m.span.start:m.span.end] == m.span.text
        assert m.role in ("place", "reference", "destination", "origin")
    if text:
        p = idx.place_for(Span(0, 1, text[0]), Span(0, len(text), text))
        assert p is None or p.span is None or text[p.span.start:p.span.end] == p.span.text


def test_empty_text(geocoder):
    idx = geocoder.places("")
    assert idx.mentions == []
    assert idx.place_for(Span(0, 0, ""), Span(0, 0, "")) is None
