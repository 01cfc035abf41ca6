"""The document's country from cues that are neither places nor actors (session 20, helper where5;
data/geo/country_cues.yaml), a bare "la capital" in the story's country, division governments and
old quarters. Sentences written for the tests, in the class of train b-021, b-032, b-120, a-418,
g-008, f-047, d-040 and dev g-002, c-125."""
from __future__ import annotations

import pytest

from cronica.errors import DataFileError
from cronica.geo.country_cues import compile_cues, load_country_cues
from cronica.model import Span


def _place(geocoder, text: str, trigger: str):
    i = text.index(trigger)
    idx = geocoder.places(text)
    return idx.place_for(Span(i, i + len(trigger), trigger), Span(0, len(text), text))


# -- the cue file itself
def test_terms_fold_case_and_accents_and_acronyms_keep_their_capitals():
    cues = compile_cues({"HN": {"terms": ["lempira"], "acronyms": ["ATIC"]}})
    assert cues.votes("Pagaban dos mil Lempiras al mes.") == {"HN": 1}
    assert cues.votes("La ATIC investiga; la atic no es una sigla aquí.") == {"HN": 1}


def test_a_term_listed_for_two_countries_is_refused():
    with pytest.raises(DataFileError):
        compile_cues({"HN": {"terms": ["régimen de excepción"]}, "SV": {"terms": ["regimen de excepcion"]}})


def test_the_shipped_cues_count_each_mention():
    votes = load_country_cues().votes("Le cobraban el impuesto de guerra: quinientos lempiras por semana.")
    assert votes == {"HN": 2}


# -- the cues decide the country, and with it the division
def test_a_currency_and_a_capital_place_a_neighbourhood_in_the_capital(geocoder):
    text = ("Dos hombres exigían cinco mil lempiras semanales a un taxista y lo balearon en la colonia "
            "Las Brisas, en el sur de la capital.")
    p = _place(geocoder, text, "balearon")
    assert p is not None and (p.country, p.admin1) == ("Honduras", "Francisco Morazán")


def test_a_numbered_zone_of_the_capital_is_guatemala_city(geocoder):
    text = "Un motorista fue baleado frente a su casa en la colonia El Esfuerzo, zona 7 de la capital."
    p = _place(geocoder, text, "baleado")
    assert p is not None and (p.country, p.admin1) == ("Guatemala", "Guatemala")


def test_a_legal_term_tells_the_country_without_a_place(geocoder):
    idx = geocoder.places("Soldados detuvieron a un joven acusado de agrupaciones ilícitas en la colonia San Pedro.")
    assert idx.country == "SV"


def test_a_word_of_one_countrys_spanish_picks_the_city_over_small_districts_abroad(geocoder):
    p = _place(geocoder, "Los comunarios bloquearon durante tres días los accesos a Cochabamba.", "bloquearon")
    assert p is not None and (p.country, p.admin1) == ("Bolivia", "Cochabamba")


def test_no_cue_no_country(geocoder):
    # never a default: a neighbourhood with no cue to its country stays without one
    idx = geocoder.places("Encapuchados incendiaron un autobús en el oriente de la capital.")
    assert idx.country is None


# -- a division's government votes for its country
def test_a_departmental_government_places_a_town_that_has_namesakes_abroad(geocoder):
    text = "Disidencias atacaron la estación de policía de Algeciras. La Gobernación del Huila pidió refuerzos."
    p = _place(geocoder, text, "atacaron")
    assert p is not None and (p.country, p.admin1) == ("Colombia", "Huila")


def test_a_regional_government_speaking_is_no_speaker_place_but_still_its_country(geocoder):
    text = "Encapuchados quemaron un cajero en la calle Mayor. El Gobierno de Navarra anunció más vigilancia."
    idx = geocoder.places(text)
    assert idx.country == "ES"


def test_a_university_named_after_a_saint_is_no_vote(geocoder):
    idx = geocoder.places("Estudiantes de la Universidad de San Marcos marcharon por el centro.")
    assert idx.country != "GT"


# -- "la capital" is the country's only when the story names no other place of it
def test_the_capital_of_a_regional_story_is_not_the_national_capital(geocoder):
    text = ("Sicarios atacaron un bar de la colonia Centro, en la capital. La Fiscalía de Sinaloa abrió una "
            "carpeta de investigación.")
    p = _place(geocoder, text, "atacaron")
    assert p is None or p.admin1 != "Ciudad de México"


# -- an old quarter lies in its town
@pytest.mark.parametrize("text, admin1", [
    ("Jóvenes encapuchados quemaron contenedores en el Casco Antiguo de Zaragoza.", "Aragón"),
    ("Jóvenes encapuchados quemaron contenedores en el Casco Viejo de Bilbao.", "País Vasco"),
])
def test_an_old_quarter_is_in_its_town(geocoder, text, admin1):
    p = _place(geocoder, text, "quemaron")
    assert p is not None and (p.country, p.admin1) == ("Spain", admin1)


# -- homonyms (class of train w-014, t-007, c-055, r-022, l-011)
def test_the_second_of_two_colonias_is_a_neighbourhood_not_a_province(geocoder):
    text = ("SAN SALVADOR, 3 mar (Agencia) - Policías detuvieron a nueve jóvenes en las colonias Las Brisas y "
            "Los Santos, de Soyapango, informó la Policía.")
    idx = geocoder.places(text)
    assert all(m.place is None or m.place.country != "Panama" for m in idx.mentions)
    p = _place(geocoder, text, "detuvieron")
    assert p is not None and (p.country, p.admin1) == ("El Salvador", "San Salvador")


@pytest.mark.parametrize("text, trigger, admin1", [
    ("Ojo Cumaná: balearon a un comerciante frente a su abasto hace un rato.", "balearon", "Sucre"),
    ("Atención Quibdó: hombres armados quemaron dos lanchas en el muelle.", "quemaron", "Chocó"),
])
def test_a_posts_opening_call_is_not_part_of_the_place_name(geocoder, text, trigger, admin1):
    p = _place(geocoder, text, trigger)
    assert p is not None and p.admin1 == admin1


def test_a_surname_of_a_full_name_is_the_person_when_it_recurs_alone(geocoder):
    text = ("Un juez condenó a Luis Alberto Cortés Angulo por el asesinato de un comerciante en Tumaco. "
            "Cortés fue capturado meses después en una vereda.")
    idx = geocoder.places(text)
    assert all(m.place is None or m.place.admin1 != "Cortés" for m in idx.mentions)


def test_a_hierarchys_last_member_before_informo_is_a_place_not_the_speaker(geocoder):
    text = ("Dos soldados resultaron heridos por un dron en el municipio de Buenavista, Michoacán, informó la "
            "Defensa.")
    p = _place(geocoder, text, "heridos")
    assert p is not None and (p.country, p.admin1) == ("Mexico", "Michoacán")


def test_a_hill_is_no_town_of_its_name(geocoder):
    # Perito Moreno is also a town of Santa Cruz; the hill by El Bolsón is Río Negro's (class of
    # train zb-016, d-132, p-010)
    text = "Encapuchados quemaron una caseta de guardaparques en el cerro Perito Moreno, en las afueras de El Bolsón."
    p = _place(geocoder, text, "quemaron")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Río Negro")
