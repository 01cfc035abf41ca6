"""Bulletins whose entries run over several sentences and close their line with a list of
places in capitals: the list is the place of the whole entry, not only of the sentence right
before it, and an entry's hamlet is not placed by the previous entry's list.

Sentences written for these tests.
"""
from __future__ import annotations

from cronica.model import Span

BULLETIN = (
    "Informe mensual de casos\n"
    "03/02/2026. Agentes de civil detuvieron a un dirigente sindical en la plaza Central. Su familia lo busco "
    "en dos fiscalias y nadie le dio razon. ANTIOQUIA - CACERES - VEREDA EL OCHO\n"
    "05/02/2026. Hombres armados asesinaron a un campesino en la finca Los Naranjales. Los vecinos culpan a un "
    "grupo que cobra extorsiones. CAUCA - EL TAMBO - VEREDA LA ALEJANDRIA\n"
)


def test_the_list_closing_an_entry_places_its_first_sentence(event_place):
    p = event_place(BULLETIN, "detuvieron")
    assert p is not None and (p.admin1, p.country) == ("Antioquia", "Colombia")


def test_an_entrys_hamlet_lies_in_its_own_list_not_the_previous_one(event_place):
    p = event_place(BULLETIN, "asesinaron")
    assert p is not None and (p.admin1, p.country) == ("Cauca", "Colombia")


def _entry_place(geocoder, text: str, trigger: str):
    """The place of the event whose trigger is ``trigger``, told in its own sentence."""
    i = text.index(trigger)
    a = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    b = text.find(".", i) + 1
    return geocoder.places(text).place_for(Span(i, i + len(trigger), trigger), Span(a, b, text[a:b]))


def test_a_hamlet_the_closing_list_names_again_is_the_lists_not_a_namesake_elsewhere(geocoder):
    # "El Retiro" is also a town of Antioquia: the list says this vereda is in Caquetá
    text = ("Hombres armados quemaron una escuela rural en la vereda El Retiro. No hubo heridos.\n"
            "CAQUETA - SAN VICENTE DEL CAGUAN - VEREDA EL RETIRO\n")
    p = _entry_place(geocoder, text, "quemaron")
    assert p is not None and (p.admin1, p.country) == ("Caquetá", "Colombia")
    assert p.name == "vereda El Retiro"


def test_the_list_of_the_next_paragraph_places_an_entry_of_several_sentences(geocoder):
    text = ("Un labriego fue asesinado en la vereda La Esperanza por hombres que vestian camuflado. "
            "Su familia dice que lo habian amenazado.\n"
            "GUAVIARE - EL RETORNO - VEREDA LA ESPERANZA\n")
    p = _entry_place(geocoder, text, "asesinado")
    assert p is not None and (p.admin1, p.country) == ("Guaviare", "Colombia")


def test_a_town_the_list_does_not_name_keeps_its_own_division(geocoder):
    text = ("Desconocidos asesinaron a un comerciante en Pasto. El hecho ocurrio de noche.\n"
            "CAUCA - EL TAMBO - VEREDA LA FLORIDA\n")
    p = _entry_place(geocoder, text, "asesinaron")
    assert p is not None and p.admin1 == "Nariño"


# the list on the line after an entry of several sentences (session 18, where3)
LIST_BELOW = (
    "Registro semanal de denuncias\n"
    "02/03/2026 - Allanamiento. Policias entraron sin orden a la casa de una maestra jubilada. Se llevaron "
    "sus libros y su telefono. Nadie sabe donde esta.\n"
    "LEON - EL SAUCE - COMARCA EL ZAPOTE\n"
    "04/03/2026 - Amenazas. Un grupo de encapuchados rodeo la casa de un campesino. Le dijeron que se fuera.\n"
    "ESTELI - CONDEGA - COMARCA LOS PLANES\n"
)


def test_the_list_on_the_next_line_places_an_entry_of_several_sentences(geocoder):
    p = _entry_place(geocoder, LIST_BELOW, "entraron")
    assert p is not None and (p.admin1, p.country) == ("León", "Nicaragua")


def test_the_next_entrys_list_does_not_place_the_one_before(geocoder):
    p = _entry_place(geocoder, LIST_BELOW, "rodeo")
    assert p is not None and (p.admin1, p.country) == ("Estelí", "Nicaragua")
