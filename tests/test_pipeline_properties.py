"""Property tests: whatever the text, extraction never crashes and every offset points into it."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cronica.model import Document

WORDS = ["emboscada", "ataque", "murieron", "heridos", "dos", "1.200", "[12]", "El", "día", "12", "Vraem",
         "Junín", "policías", "capturó", "a", "de", "la", "\n\n", "“", "”", ".", ",", "Sendero", "Luminoso",
         "no", "paro", "el", "lunes", "secuestro", "Ene", "Julio", "Mayo", "entre", "y", "300", "decenas",
         "explosión", "operativo", "(", ")", "—", "ayer", "hace", "tres", "días", "después", "distrito"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), min_size=1, max_size=80),
       st.sampled_from([None, "2020-05-17", "2019-11"]))
def test_any_text_gives_valid_events(pipeline, words, published):
    text = " ".join(words)
    result = next(pipeline.run([Document(id="p", text=text, published=published)]))
    if not text.strip():
        assert result.error
        return
    assert result.error is None, result.error
    ids = set()
    for event in result.events:
        d = event.to_dict()
        assert text[d["evidence_start"]:d["evidence_end"]] == d["evidence"]
        for start, end in d["spans"].values():
            assert 0 <= start <= end <= len(text)
        for key in ("killed", "wounded", "kidnapped", "arrested"):
            assert d[key] is None or (isinstance(d[key], int) and d[key] >= 0)
        assert 0 < d["confidence"] < 1
        ids.add(d["event_id"])
    assert len(ids) == len(result.events)
