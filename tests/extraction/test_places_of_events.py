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


def _events(text: str, published: str) -> list[dict]:
    return sorted((e.to_dict() for e in cronica.extract(text, published=published)), key=lambda d: d["date"] or "")


def test_an_older_crime_recalled_without_a_place_does_not_take_the_story_place():
    text = ("Un grupo armado asesinó el sábado a tres personas en una vereda de Tumaco, Nariño. "
            "En marzo de 2017 ya habían asesinado a otro hermano de la familia.")
    old, new = _events(text, "2019-05-13")
    assert new["admin1"] == "Nariño" and new["date"] == "2019-05-11"
    assert old["date"] == "2017-03"
    assert old["admin1"] is None and old["country"] == "Colombia"


def test_a_crime_days_before_told_without_a_place_leaves_the_division_unknown():
    text = ("Hombres armados asesinaron el domingo a seis campesinos en una finca de Tame, Arauca. "
            "La policía investiga si la masacre tiene relación con el homicidio de un comerciante "
            "cometido el jueves.")
    earlier, massacre = _events(text, "2019-05-13")
    assert massacre["admin1"] == "Arauca"
    assert earlier["date"] == "2019-05-09"
    assert earlier["admin1"] is None and earlier["country"] == "Colombia"


def test_the_night_before_is_the_same_place():
    # a riot reported on Thursday that began late on Wednesday: one day is no gap
    text = ("Veinte reos murieron este jueves en un motín en el penal de Apodaca, Nuevo León. "
            "Según el gobernador, a las 23:00 horas del miércoles comenzó una riña entre internos "
            "de dos bandas rivales.")
    events = _events(text, "2016-02-11")
    assert events and all(e["admin1"] == "Nuevo León" for e in events)


def test_a_sentence_that_places_the_incident_before_it_gives_its_place():
    text = ("Sicarios asesinaron el sábado a tres personas en Tumaco, Nariño. El 2 de abril, la policía "
            "había abatido a un cabecilla en un operativo. El hecho ocurrió en el corregimiento de "
            "Llorente, en el municipio de Tumaco.")
    events = {e["type"]: e for e in _events(text, "2019-05-13")}
    operation = events["security_operation"]
    assert operation["date"] == "2019-04-02"
    assert operation["admin1"] == "Nariño" and "Llorente" in operation["location"]


def test_a_barrio_named_bare_takes_the_country_the_actors_show():
    # "la Policía de la Ciudad" is Buenos Aires' force: Palermo is the barrio, not the Italian city
    text = "La Policía de la Ciudad detuvo en Palermo a dos hombres que asaltaban a turistas con un arma."
    (event,) = _events(text, "2024-03-10")
    assert event["country"] == "Argentina" and event["admin1"] == "Ciudad Autónoma de Buenos Aires"


def test_arrests_told_of_the_whole_country_have_no_division():
    text = ("Un joven murió el lunes en una protesta en el barrio El Cerro, en La Habana. "
            "La policía detuvo a más de cien personas en todo el país tras las protestas del domingo.")
    events = {e["type"]: e for e in _events(text, "2021-07-14")}
    assert events["protest"]["admin1"] == "La Habana"
    assert events["arrest"]["admin1"] is None and events["arrest"]["country"] == "Cuba"


def test_blockades_in_several_departments_have_no_division():
    text = "Transportistas bloquearon carreteras en varios departamentos de Guatemala para exigir la rebaja del diésel."
    (event,) = _events(text, "2021-07-14")
    assert event["admin1"] is None and event["country"] == "Guatemala"


def test_a_national_deployment_beside_a_placed_attack_keeps_the_attack_place():
    # the clause names a place of its own: the conservative reading keeps it
    text = ("El Ejército desplegó 5.000 soldados en todo el país tras el atentado contra la base de "
            "Tolemaida, en Cundinamarca.")
    events = {e["type"]: e for e in _events(text, "2021-07-14")}
    assert events["attack"]["admin1"] == "Cundinamarca"


def test_a_blockade_told_from_the_day_it_began_stays_where_the_story_is():
    text = ("TRUJILLO, 6 dic (Agencia) - Un obrero de 30 años murió de un balazo y otras cuatro personas "
            "resultaron heridas durante el desalojo de la carretera en Chao, en la región La Libertad, "
            "realizado el sábado por la Policía. Los obreros bloqueaban la vía desde el jueves para exigir "
            "mejores sueldos.")
    events = _events(text, "2022-12-06")
    assert events and all(e["admin1"] == "La Libertad" for e in events)
