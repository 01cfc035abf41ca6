"""A document longer than one parse chunk: evidence offsets of an event told in a later chunk point
into the original text (each chunk's offset, read once per document, is the right one)."""
from cronica.model import Document
from cronica.pipeline import MAX_CHUNK_CHARS, _chunks
from cronica.text.clean import clean


def test_evidence_of_an_event_in_a_later_chunk_points_into_the_text(pipeline):
    filler = "El concejo  municipal aprobó el presupuesto anual para obras de riego y caminos rurales.\n\n" * 260
    text = filler + "Una columna armada emboscó el lunes a una patrulla militar en Pichari. Dos soldados murieron.\n"
    assert len(_chunks(clean(text))) > 1 and len(filler) > MAX_CHUNK_CHARS
    events = pipeline.extract(Document("long", text, "2024-05-08"))
    assert events
    for event in events:
        d = event.to_dict()
        assert d["evidence_start"] > MAX_CHUNK_CHARS
        assert text[d["evidence_start"]:d["evidence_end"]] == d["evidence"]
        assert "emboscó" in d["evidence"]
