"""A toll's update names its incident ("La cifra de muertos por el ataque ... subió a cuatro este
miércoles"): the day its clause tells is the update's, not the incident's, so the incident is dated
by its own phrase only, and the body that narrates it on its own day tells the same incident
(Assembler._locate, _tally_of, _own_phrase_date, _named_by_tally). Sentences written for these
tests (CC0)."""

UPDATE = ("La cifra de muertos por el ataque armado contra una cantina de Ambato subió a cuatro este miércoles, "
          "tras la muerte de un herido en el hospital.\n")
BODY = ("El lunes por la noche, dos hombres armados entraron a la cantina y dispararon contra los clientes. "
        "Tres hombres murieron en el lugar y otros dos quedaron heridos.\n")


PUBLISHED = "2026-05-13"


def test_a_toll_update_lead_and_the_body_s_account_are_one_incident(extract):
    evs = extract(UPDATE + BODY, published=PUBLISHED)
    assert [(e.type, e.date.value, e.killed.best) for e in evs] == [("attack", "2026-05-11", 4)], \
        [(e.type, e.evidence.text) for e in evs]


def test_the_incident_s_own_phrase_still_dates_it(extract):
    evs = extract("La cifra de muertos por el ataque contra una cantina de Ambato ocurrido el lunes "
                  "subió a cuatro este miércoles.", published=PUBLISHED)
    assert [(e.type, e.date.value) for e in evs] == [("attack", "2026-05-11")], [(e.type, e.evidence.text) for e in evs]
