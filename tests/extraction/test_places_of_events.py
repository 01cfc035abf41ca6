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
    text = ("Un joven falleció el lunes durante una manifestación del barrio El Cerro, en La Habana. "
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



def test_an_older_shooting_of_the_same_shop_keeps_the_story_division():
    # the corpus convention: an earlier incident recalled in a local story, with no place of
    # its own, is coded in the story's division
    text = ("Desconocidos dispararon contra la persiana de una panadería del barrio Ludueña, en Rosario, "
            "durante la madrugada del domingo. Según los investigadores, el local ya había sido baleado "
            "en marzo de 2023.")
    events = _events(text, "2024-08-12")
    assert len(events) == 2 and all(e["admin1"] == "Santa Fe" for e in events)
