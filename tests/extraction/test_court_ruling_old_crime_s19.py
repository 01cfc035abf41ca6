"""One event per incident (issue 10), session 19: court news whose opening tells a ruling
"this Friday" over a crime of an earlier month ("condenó este viernes ... por el asesinato de
... en marzo de 2023"). The crime noun is dated by its own phrase, not by the ruling's day, so a
new crime of the ruling's day told later stays an incident of its own (corpus/README.md: an
older incident recalled with a month and a place is its own event). Sentences written for these
tests (CC0)."""
PUBLISHED = "2025-06-13"  # a Friday


def test_crime_noun_takes_the_month_of_its_own_phrase(extract):
    text = ("Un tribunal de Tegucigalpa condenó este viernes a 30 años de cárcel a dos hombres por el "
            "asesinato de un comerciante en el barrio El Bosque, en marzo de 2023.")
    evs = extract(text, published=PUBLISHED)
    killings = [e for e in evs if e.type == "killing"]
    assert len(killings) == 1, [(e.type, e.date.value) for e in evs]
    assert killings[0].date.value == "2023-03"


def test_new_killing_of_the_ruling_day_is_not_the_old_crime(extract):
    text = ("Un tribunal de Tegucigalpa condenó este viernes a 30 años de cárcel a dos hombres por el "
            "asesinato de un comerciante en el barrio El Bosque, en marzo de 2023. "
            "La defensa dijo que apelará la sentencia. "
            "Por otra parte, en la madrugada del viernes dos jóvenes fueron asesinados a tiros en una "
            "parada de buses de la colonia Kennedy.")
    evs = extract(text, published=PUBLISHED)
    killings = sorted((e.date.value for e in evs if e.type == "killing"))
    assert killings == ["2023-03", "2025-06-13"], [(e.type, e.date.value, e.evidence.text[:60]) for e in evs]


def test_a_verb_keeps_the_date_of_its_clause(extract):
    # no noun: the act told by its verb is dated as before
    text = "Dos hombres armados asesinaron el lunes a un comerciante en el barrio El Bosque de Tegucigalpa."
    evs = extract(text, published=PUBLISHED)
    assert [(e.type, e.date.value) for e in evs] == [("killing", "2025-06-09")]
