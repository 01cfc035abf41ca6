"""Session 18 (issue 10, recalled incidents): older incidents a story recalls with their own date
and place are their own events (corpus/README.md conventions). Our own sentences (CC0)."""

PUBLISHED = "2025-06-26"
VIOLENT = {"attack", "killing", "armed_clash", "ambush", "bombing"}


def by_type(events):
    return sorted((e.type, e.date.value if e.date else None) for e in events)


# -- "a inicios de mes": the current month, an incident apart from this week's

def test_an_incident_recalled_at_the_start_of_the_month_is_its_own_event(extract):
    text = ("Atacan a tiros una tienda de abarrotes en Montería\n"
            "Un hombre que atendía una tienda de abarrotes del barrio La Granja, en Montería, murió el lunes "
            "cuando dos sujetos en motocicleta le dispararon desde la calle.\n"
            "La Policía dijo que los atacantes huyeron hacia la salida a Planeta Rica.\n"
            "A inicios de mes, otro tendero fue asesinado a balazos en el barrio Cantaclaro, en la misma ciudad.")
    events = by_type(extract(text, published=PUBLISHED))
    assert ("killing", "2025-06") in events
    assert sorted(d for t, d in events if t in VIOLENT) == ["2025-06", "2025-06-23"]


def test_the_incident_told_again_later_that_week_still_joins(extract):
    text = ("Un hombre que atendía una tienda de abarrotes del barrio La Granja, en Montería, murió el lunes "
            "cuando dos sujetos en motocicleta le dispararon desde la calle.\n"
            "El crimen del tendero fue el tercero en el barrio en lo que va del mes, según los vecinos.")
    assert [d for _, d in by_type(extract(text, published=PUBLISHED))] == ["2025-06-23"]
