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


# -- an incident named by a noun whose own phrase dates it weeks before the incident reported

def test_a_killing_named_with_its_month_after_an_operation_is_its_own_event(extract):
    text = ("FUERZA DE TAREA CONJUNTA\nBoletín de prensa, 26 de junio de 2025\n"
            "1. En una operación adelantada el 24 de junio en la vereda La Esperanza, municipio de Tarazá, "
            "tropas del Ejército capturaron a alias El Flaco, cabecilla de una comisión del Clan del Golfo.\n"
            "2. Alias El Flaco sería el responsable del asesinato de tres mineros en el mes de abril en la "
            "vereda Las Brisas, de Tarazá.")
    events = by_type(extract(text, published=PUBLISHED))
    assert ("killing", "2025-04") in events
    assert ("arrest", "2025-06-24") in events


def phrase_of(nlp, text, noun):
    from cronica.extraction.triggers import named_phrase
    doc = nlp(text)
    lo, hi = named_phrase(next(t for t in doc if t.text == noun))
    return doc[lo:hi].text


def test_the_phrase_of_an_event_noun_holds_its_month(nlp):
    text = "Alias El Flaco sería el responsable del asesinato de tres mineros en el mes de abril."
    assert "asesinato de tres mineros en el mes de abril" in phrase_of(nlp, text, "asesinato")


def test_the_phrase_of_an_event_noun_stops_before_a_coordinated_clause(nlp):
    text = ("La sentencia dice que fueron los autores del secuestro y que Juan Pérez, detenido en Lyon el 2 de "
            "marzo de 2001, lo vigiló.")
    assert "marzo" not in phrase_of(nlp, text, "secuestro")


def test_a_massacre_named_with_its_day_beside_an_arrest_in_an_operation_is_its_own_event(extract):
    text = ("La Policía informa que, mediante un operativo ejecutado la madrugada de este martes en el barrio "
            "Las Acacias de Villanueva, se logró la captura de dos hombres señalados como responsables de la "
            "masacre cometida el pasado 7 de mayo en una cantina del barrio El Centro, donde murieron cuatro "
            "personas.")
    events = by_type(extract(text, published=PUBLISHED))
    assert ("killing", "2025-05-07") in events
    assert any(t == "arrest" for t, _ in events)


def test_a_killing_in_an_operation_is_still_the_operation(extract):
    text = ("Un presunto integrante de una banda murió el martes durante un operativo de la Policía en el barrio "
            "Las Acacias de Villanueva, donde los agentes capturaron a otros dos hombres.")
    types = [t for t, _ in by_type(extract(text, published=PUBLISHED))]
    assert "killing" not in types


# -- told without the usual words: a prison fight told as "pelea", people held ("retenidos")

def kept(nlp, text):
    from cronica.extraction.triggers import find_triggers
    doc = nlp(text)
    return sorted(m.type for s in doc.sents for m in find_triggers(s) if not m.dropped)


def test_a_fight_between_inmates_told_as_pelea_is_a_clash(nlp):
    assert "armed_clash" in kept(nlp, "Otra pelea entre internos en el pabellón 3 del penal dejó dos muertos.")


def test_a_bout_or_a_dispute_told_as_pelea_is_no_clash(nlp):
    assert "armed_clash" not in kept(nlp, "La pelea por el título mundial se disputará en mayo en Monterrey.")
    assert "armed_clash" not in kept(nlp, "Los dos carteles mantienen una pelea por el control de las rutas.")


def test_police_held_by_a_crowd_are_kidnapped(nlp):
    assert "kidnapping" in kept(nlp, "Un grupo de campesinos retuvo a tres policías en la plaza del pueblo.")


def test_workers_held_for_days_and_freed_are_kidnapped(nlp):
    text = ("En mayo, dos técnicos de la empresa fueron retenidos durante cuatro días en la comunidad de "
            "Santa Fe y liberados sin que se pagara nada.")
    assert "kidnapping" in kept(nlp, text)


def test_people_held_by_the_police_are_not_kidnapped(nlp):
    text = "Dos campesinos fueron retenidos por la Policía durante tres horas y liberados."
    assert "kidnapping" not in kept(nlp, text)


def test_a_customs_patrol_rammed_by_smugglers_is_an_attack(nlp):
    text = "El 3 de abril, un camión de contrabandistas embistió a una patrulla de Aduanas cerca de Desaguadero."
    assert "attack" in kept(nlp, text)


def test_a_road_accident_a_patrol_attended_is_no_attack(nlp):
    text = "Un camión atropelló a un peatón en la avenida principal; una patrulla de la Policía llegó minutos después."
    assert "attack" not in kept(nlp, text)
