"""Session 21 (backgr2): a date told in a relative clause of another noun after a verb trigger
dates that clause's act, not the trigger's (sentences written for these tests)."""
from __future__ import annotations

import pytest

PUBLISHED = "2025-06-20"


def _dated(events) -> dict[str, str]:
    return {e.type: e.date.value for e in events if e.date is not None}


@pytest.mark.parametrize("text, day", [
    ("El 3 de marzo de 1991, soldados del cuartel reunieron a los vecinos en la plaza y asesinaron a "
     "ocho campesinos, según el informe que la comisión publicó en 2004.", "1991-03-03"),
    ("El 12 de julio de 1988, una columna guerrillera atacó el puesto policial del pueblo, según la "
     "denuncia que los familiares presentaron en 1999 ante la fiscalía.", "1988-07-12"),
])
def test_a_year_in_a_relative_clause_of_another_noun_is_not_the_incident_s(extract, text, day):
    dates = _dated(extract(text, published=PUBLISHED)).values()
    assert day in dates


def test_a_relative_clause_s_only_date_still_dates_a_sentence_with_no_other(extract):
    text = "Hombres armados asesinaron a un comerciante que regresaba el martes de la feria del pueblo vecino."
    assert "2025-06-17" in _dated(extract(text, published=PUBLISHED)).values()


def test_a_noun_trigger_keeps_the_date_of_its_own_relative_clause(extract):
    text = "La fiscalía reabrió el lunes la causa por la emboscada, que ocurrió el 4 de mayo de 1990 en la sierra."
    events = extract(text, published=PUBLISHED)
    assert "1990-05-04" in {e.date.value for e in events if e.date is not None}
