"""Session 21 (backgr2): an anniversary feature's incident told with its day is reported, not
recalled (sentences written for these tests)."""
from __future__ import annotations

PUBLISHED = "2025-06-20"


ANNIVERSARY = ("Un año después del desalojo, el barrio sigue esperando\n"
               "Hace un año, la policía desalojó a doscientas familias del asentamiento y los vecinos se "
               "repartieron entre casas de parientes.\n")


def test_an_anniversary_feature_s_incident_told_with_its_day_is_reported(extract):
    text = ANNIVERSARY + ("La madrugada del martes 10 de junio, hombres armados balearon la casa del presidente "
                          "de la junta vecinal; su esposa resultó herida en un brazo.")
    events = extract(text, published=PUBLISHED)
    assert any(e.date is not None and e.date.value == "2025-06-10" for e in events)


def test_an_anniversary_feature_s_undated_recollection_is_still_no_event(extract):
    text = ANNIVERSARY + "Aquella noche, hombres armados balearon varias casas del asentamiento."
    assert extract(text, published=PUBLISHED) == []
