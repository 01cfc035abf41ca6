"""Session 22 (events3): an older incident named with its occurrence participle inside an arrest
report ("sospechosos del asesinato de un taxista ocurrido el 3 de mayo") dates that incident, not the
arrest, and a later sentence of the story does not go back to it (sentences written for these
tests; the class of corpus dev zg-001, zg-006, zg-011 and train b-130)."""
from __future__ import annotations

PUBLISHED = "2025-06-20"  # a Friday


def _dates(events, etype: str) -> set[str]:
    return {e.date.value for e in events if e.type == etype and e.date is not None}


def test_an_arrest_verb_is_not_dated_by_the_crime_s_occurrence_clause(extract):
    text = ("Este jueves en la madrugada, agentes de la policía allanaron dos viviendas de Tela y "
            "detuvieron a tres hombres vinculados al homicidio de un joven ocurrido el 3 de mayo en el "
            "barrio Miramar.")
    events = extract(text, published=PUBLISHED)
    assert _dates(events, "arrest") == {"2025-06-19"}


def test_an_arrest_with_no_day_of_its_own_takes_the_story_s_not_the_crime_s(extract):
    text = ("En la madrugada de este jueves, agentes de la policía allanaron tres viviendas de Cariari.\n"
            "Como resultado fueron capturados dos hombres, señalados por el homicidio de un joven "
            "ocurrido el 3 de mayo en el barrio El Carmen.")
    events = extract(text, published=PUBLISHED)
    assert _dates(events, "arrest") == {"2025-06-19"}


def test_an_arrest_noun_is_not_dated_by_the_crime_s_occurrence_clause(extract):
    text = ("La policía informó que, tras un operativo realizado este jueves en el centro de Choloma, se "
            "logró la captura de tres pandilleros a quienes se señala como autores de la masacre "
            "cometida el 3 de mayo en un bar de la colonia Rivera.")
    events = extract(text, published=PUBLISHED)
    assert _dates(events, "arrest") == {"2025-06-19"}


def test_the_crime_noun_keeps_its_own_occurrence_date(extract):
    text = ("Agentes de la policía detuvieron este jueves en Soyapango a dos hombres sospechosos del "
            "asesinato de un taxista ocurrido el 3 de mayo en la colonia Las Brisas.")
    events = extract(text, published=PUBLISHED)
    assert "2025-05-03" in {e.date.value for e in events if e.date is not None and e.type != "arrest"}


def test_a_later_sentence_keeps_the_story_s_day_past_the_retold_crime(extract):
    text = ("En la noche del martes 17 de junio, policías se enfrentaron a tiros con dos hombres "
            "armados en el barrio Los Pinos de Santa Ana.\n"
            "Ambos eran buscados por el asesinato de un comerciante, ocurrido el pasado 9 de junio "
            "frente a su tienda.\n"
            "Uno de ellos fue arrestado en el lugar.")
    events = extract(text, published=PUBLISHED)
    assert _dates(events, "arrest") == {"2025-06-17"}


def test_an_arrest_during_the_riot_keeps_the_riot_s_day(extract):
    text = ("La policía detuvo a doce personas durante los disturbios ocurridos el martes frente a la "
            "alcaldía de Chinandega.")
    events = extract(text, published=PUBLISHED)
    assert _dates(events, "arrest") == {"2025-06-17"}


def test_a_massacre_defined_as_the_killing_keeps_the_killing_s_date(extract):
    text = ("La masacre de Piedra Honda fue el asesinato de seis pescadores cometido por paramilitares "
            "el 14 de abril de 1999 en la orilla del río.")
    events = extract(text, published=PUBLISHED)
    assert "1999-04-14" in {e.date.value for e in events if e.date is not None}
