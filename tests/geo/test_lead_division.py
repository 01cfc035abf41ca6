"""An encyclopedia entry or a feature that places its subject in one first-level division in
its lead ("X es un municipio del departamento de Y") and names other divisions in passing
later: an event in a place the gazetteer cannot place (a town hall, a hamlet) lies in the
lead's division (session 20, helper where6; the class of train ze-005, ze-006, b-041, s-001).
Sentences written for the tests."""
from __future__ import annotations

from cronica.model import Span

ENTRY = ("Las Tórtolas\n"
         "Las Tórtolas es un municipio del departamento de Cabañas, en El Salvador. Vive del maíz y del café.\n"
         "Historia\n"
         "En la guerra muchas familias vivieron años en San Miguel.\n")


def _event_place(geocoder, text: str, trigger: str):
    i = text.index(trigger)
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    idx = geocoder.places(text)
    return idx.place_for(Span(i, i + len(trigger), trigger), Span(start, end, text[start:end]))


def test_a_town_hall_the_gazetteer_lacks_lies_in_the_division_of_the_lead(geocoder):
    text = ENTRY + "En mayo de 1982, una columna guerrillera atacó el puesto de la alcaldía de Las Tórtolas."
    p = _event_place(geocoder, text, "atacó")
    assert p is not None and (p.country, p.admin1) == ("El Salvador", "Cabañas")


def test_a_hamlet_of_the_subject_lies_in_the_division_of_the_lead(geocoder):
    text = ENTRY + "En mayo de 1982, la aviación bombardeó el cantón Piedra Larga, al sur del pueblo."
    p = _event_place(geocoder, text, "bombardeó")
    assert p is not None and p.admin1 == "Cabañas"


def test_a_lead_of_two_divisions_gives_none(geocoder):
    text = ("Las Tórtolas\n"
            "Las Tórtolas es un caserío entre el departamento de Cabañas y el de Chalatenango, en El Salvador.\n"
            "En la guerra muchas familias vivieron años en San Miguel.\n"
            "En mayo de 1982, la aviación bombardeó el cantón Piedra Larga, al sur del pueblo.")
    p = _event_place(geocoder, text, "bombardeó")
    assert p is None or p.admin1 is None


# -- a hamlet the gazetteer lacks takes its area from the last place named, unless that place was
#    named in passing in an earlier paragraph, in another division than the lead's
def test_a_hill_after_a_paragraph_naming_another_division_is_the_subjects(geocoder):
    text = ENTRY + ("En 1986, tropas del Ejército se enfrentaron con una columna guerrillera en el cerro "
                    "Las Tunas, al norte del municipio.")
    p = _event_place(geocoder, text, "enfrentaron")
    assert p is not None and p.admin1 == "Cabañas"


def test_a_community_after_a_paragraph_naming_another_division_is_the_subjects(geocoder):
    text = ENTRY + ("En 1986, tropas del Ejército se enfrentaron con una columna guerrillera en la "
                    "comunidad de Los Talpetates.")
    p = _event_place(geocoder, text, "enfrentaron")
    assert p is not None and p.admin1 == "Cabañas"


def test_a_community_in_the_paragraph_of_another_division_is_that_divisions(geocoder):
    text = ("Las Tórtolas\n"
            "Las Tórtolas es un municipio del departamento de Cabañas, en El Salvador.\n"
            "En la guerra muchas familias vivieron años en San Miguel y en 1986 tropas del Ejército se "
            "enfrentaron con una columna guerrillera en la comunidad de Los Talpetates.")
    p = _event_place(geocoder, text, "enfrentaron")
    assert p is not None and p.admin1 == "San Miguel"
