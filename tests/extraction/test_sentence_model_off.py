"""With the sentence model switched off by its threshold (shipped: above 1), a sentence no trigger
word speaks for is not dated for it (the date is one of its features only), but its place is still
asked: the place index remembers the places of the sentences it is asked about."""
import pytest

from cronica.model import Document


def test_a_sentence_without_trigger_is_placed_not_dated(pipeline, monkeypatch):
    import cronica.geo.resolve as geo
    import cronica.time.resolve as tr

    if pipeline.assembler.decider is None or pipeline.assembler.decider.decides("sentence", 2.0):
        pytest.skip("the sentence model is switched on: its features (the date among them) are read")
    dated, placed = [], []
    date_for, place_for = tr.Timeline.date_for, geo.PlaceIndex.place_for

    def dating(self, trigger, sentence, clause=None, aside=()):
        dated.append((trigger.start, trigger.end))
        return date_for(self, trigger, sentence, clause, aside)

    def placing(self, trigger, sentence, clause=None):
        placed.append((trigger.start, trigger.end))
        return place_for(self, trigger, sentence, clause)
    monkeypatch.setattr(tr.Timeline, "date_for", dating)
    monkeypatch.setattr(geo.PlaceIndex, "place_for", placing)
    text = ("El martes, una columna armada emboscó a una patrulla en Pichari. "
            "La carretera sigue cerrada desde la mañana en Kimbiri.")
    events = pipeline.extract(Document("s1", text, "2024-05-10"))
    second = text.index("La carretera")
    assert events and events[0].type == "ambush"
    assert (second, second) in placed  # the place index is asked about the sentence
    assert (second, second) not in dated  # no date worked out for a decision that is off
