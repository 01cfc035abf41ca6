"""A court's ruling is placed where the court sits (the dateline's city), not where the crime
it judges happened (session 21, helper where7; the class of train c-146, s-023, t-027, ze-025,
dev ze-023). A street corner names two streets, even when they bear the names of divisions
(train l-068, t-016, ze-018). A headline that opens with a city's name and a colon places the
story there, even when the name is also a person's (ze-018). A town after a comma that follows
a first-level division opens the next clause; it is no part of a hierarchy written the wrong
way round (ze-034). A city called by a person's full name ("Pedro Juan Caballero") is the city
(d-214). Sentences written for the tests."""
from __future__ import annotations

from cronica.model import Span


def test_a_ruling_filed_from_the_capital_is_placed_there_not_at_the_crime(sentence_place):
    text = ("LIMA, 3 may (Agencia) - Un tribunal condenó este lunes a 20 años de prisión a dos "
            "exmilitares por la muerte de un campesino en el distrito de Huanta, en Ayacucho.")
    p = sentence_place(text, "condenó")
    assert p is not None and (p.country, p.admin1) == ("Peru", "Lima")


def test_a_ruling_filed_under_the_countrys_name_is_placed_in_its_capital(sentence_place):
    text = ("GUATEMALA, 9 feb (Agencia) - Un tribunal de alto riesgo condenó este martes a 40 años "
            "de prisión a un exjefe militar por una masacre en la aldea Chisec, en Alta Verapaz.")
    p = sentence_place(text, "condenó")
    assert p is not None and (p.country, p.admin1) == ("Guatemala", "Guatemala")


def test_the_crime_of_a_ruling_keeps_the_place_the_ruling_names_for_it(geocoder):
    text = ("LIMA, 3 may (Agencia) - Un tribunal condenó este lunes a dos exmilitares por la muerte de "
            "un campesino en el distrito de Huanta, en Ayacucho.\n"
            "Según la sentencia, los acusados lo mataron de noche.")
    idx = geocoder.places(text)
    for trigger in ("condenó", "mataron"):  # in the order of the text, as the pipeline asks
        i = text.index(trigger)
        start = text.rfind("\n", 0, i) + 1
        end = text.find(".", i) + 1
        p = idx.place_for(Span(i, i + len(trigger), trigger), Span(start, end, text[start:end]))
    assert p is not None and (p.country, p.admin1) == ("Peru", "Ayacucho")


def test_a_ruling_without_a_dateline_keeps_the_places_of_its_sentence(sentence_place):
    text = "El juzgado de Huamanga condenó este lunes a dos exmilitares a 20 años de prisión."
    p = sentence_place(text, "condenó")
    assert p is not None and (p.country, p.admin1) == ("Peru", "Ayacucho")


def test_a_street_corner_named_after_divisions_is_no_division(sentence_place):
    text = ("En Rosario, provincia de Santa Fe, la violencia no cede.\n"
            "El martes, dos hombres balearon un kiosco de la esquina de Junín y Lima, en barrio Ludueña.")
    p = sentence_place(text, "balearon")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Fe")


def test_a_corner_written_with_con_names_two_streets(geocoder):
    idx = geocoder.places("Un hombre fue herido en la esquina de Cusco con Tacna, en el Cercado de Arequipa.")
    assert not any(m.place is not None and m.place.admin1 == "Cusco" for m in idx.mentions)


def test_a_headline_that_opens_with_a_city_places_the_story(sentence_place):
    text = ("Rosario: balean la fachada de un comercio\n"
            "Dos hombres en moto dispararon contra la persiana de un almacén del barrio Tablada.")
    p = sentence_place(text, "dispararon")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Fe")


def test_a_town_after_a_division_and_a_comma_opens_the_next_clause(sentence_place):
    text = ("Por su posición entre el Cauca y el Tolima, Toribío fue zona de tránsito de la guerrilla. "
            "En 2004 la guerrilla secuestró al alcalde en la vereda El Pedregal.")
    p = sentence_place(text, "secuestró")
    assert p is not None and (p.country, p.admin1) == ("Colombia", "Cauca")


def test_a_city_called_by_a_persons_full_name_is_the_city(sentence_place):
    # (the class of train d-214)
    text = ("Pedro Juan Caballero, una ciudad sin tregua\n"
            "El lunes, dos sicarios mataron a un comerciante frente a su local.")
    p = sentence_place(text, "mataron")
    assert p is not None and (p.country, p.admin1) == ("Paraguay", "Amambay")


def test_a_persons_first_name_and_surname_stay_a_person(geocoder):
    idx = geocoder.places("El busto de Miguel Grau fue pintado por la noche.")
    assert not any(m.place is not None for m in idx.mentions)
