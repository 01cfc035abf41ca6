"""Where an event happened (issue 12 item 4): a ruling or decree told with no place of its
own does not take the place of the incident it is about; an event the text places nowhere
finer keeps the country the text shows. Sentences written for these tests (CC0)."""
from __future__ import annotations

import cronica


def _by_type(text: str, published: str) -> dict:
    return {e.type: e.to_dict() for e in cronica.extract(text, published=published)}


def test_a_ruling_about_an_old_bombing_is_not_placed_where_the_bomb_went_off():
    text = ("Un coche bomba mató a cinco policías en Tumaco, Nariño, en 2019. Este lunes un tribunal "
            "condenó a 40 años de prisión a los dos autores del atentado.")
    events = _by_type(text, "2021-03-10")
    assert events["bombing"]["admin1"] == "Nariño"
    ruling = events["other"]
    assert ruling["admin1"] is None and ruling["country"] == "Colombia"


def test_a_ruling_with_its_own_place_keeps_it():
    text = ("Un coche bomba mató a cinco policías en Tumaco, Nariño, en 2019. Este lunes un tribunal "
            "de Pasto condenó a 40 años de prisión a los dos autores del atentado.")
    ruling = _by_type(text, "2021-03-10").get("other")
    assert ruling is None or ruling["admin1"] == "Nariño"
