"""Places of posts and namesakes (session 19, where4; sentences written for the tests)."""
from __future__ import annotations

import pytest

# -- a post's hashtag is a word of its own and tags where it happened
# (class of train x-023 "#Culiacán AHORITA", a-133 "#Rosario", a-321 "#CABA", t-007, dev za-011)
TAGGED = [
    # a tag followed by a word in capitals is still the tag's place
    ("🚨 #Cúcuta AHORITA: balacera en el barrio Atalaya, hay dos heridos",
     "balacera", "Colombia", "Norte de Santander"),
    # a city whose name is also a given name ("Rosario") is the city when a post tags it
    ("Anoche dispararon contra un kiosco del barrio Tablada, nadie herido 😡 #Rosario",
     "dispararon", "Argentina", "Santa Fe"),
    # a division tagged by its short name
    ("Tiroteo entre bandas en la villa 31 esta tarde, un chico herido 😢 #CABA",
     "Tiroteo", "Argentina", "Ciudad Autónoma de Buenos Aires"),
]


@pytest.mark.parametrize("text,trigger,country,admin1", TAGGED, ids=[c[1] for c in TAGGED])
def test_a_posts_hashtag_places_its_event(event_place, text, trigger, country, admin1):
    p = event_place(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_a_tag_that_is_a_word_or_a_foreign_city_is_no_place(geocoder):
    # "#Victoria" in a Spanish post is a win, not Canada's or Hong Kong's city
    idx = geocoder.places("Qué partidazo, ganamos tres a uno en casa 🔥 #Victoria #Hoy")
    assert not [m for m in idx.mentions if m.place is not None]


# -- "Gracias a Dios" opens a sentence of relief; Honduras' department needs its cue or its town
# (class of train h-006, t-007, r-033, dev s-013)
def test_thanks_to_god_is_no_department(geocoder):
    idx = geocoder.places("Le lanzaron una granada al taller del sector Las Acacias. "
                          "Gracias a Dios no hubo heridos 🙏 #Maracay")
    assert not [m for m in idx.mentions if m.place is not None and m.place.country == "Honduras"]


@pytest.mark.parametrize("text,trigger", [
    ("Un enfrentamiento en Puerto Lempira, Gracias a Dios, dejó dos muertos.", "enfrentamiento"),
    ("Capturaron a tres hombres con cocaína en el departamento de Gracias a Dios.", "Capturaron"),
])
def test_the_department_gracias_a_dios_with_its_cue_or_town(event_place, text, trigger):
    p = event_place(text, trigger)
    assert p is not None and (p.country, p.admin1) == ("Honduras", "Gracias a Dios")


# -- a name whose towns lie in several countries votes for the one whose town lies in the
# division of a city the text names (class of train x-023 "Eldorado" beside Culiacán; the
# "Montero" rule of a division named with its level noun, widened to big cities)
def test_a_namesake_beside_a_big_city_votes_for_that_citys_country(event_place):
    text = "Reportan disparos y bloqueos cerca de Eldorado desde la madrugada, eviten la zona 🙏 #Culiacán"
    p = event_place(text, "disparos")
    assert p is not None and (p.country, p.admin1) == ("Mexico", "Sinaloa")


# -- a neighbourhood or a bar named like a town elsewhere is a part of the story's town
# (class of train b-063, t-030, y-009: "la colonia Valle Hermoso, en Celaya" made Celaya the
# namesake in Tamaulipas; GeoNames towns called "Colonia X" took "la colonia X Norte";
# bars b-063, b-147, b-234, m-002, y-009 and the discoteca of o-009)
NEIGHBOURHOODS = [
    ("Cuatro hombres armados dispararon contra los clientes de una fonda de la colonia Valle Hermoso, en Celaya. "
     "La Fiscalía de Guanajuato abrió una investigación.", "dispararon", "Mexico", "Guanajuato"),
    ("Atacaron a balazos una tienda en la colonia Insurgentes Norte, en Minatitlán.",
     "Atacaron", "Mexico", "Veracruz"),
    ("Hombres armados incendiaron el bar La Palapa, en el centro de Coatzacoalcos.",
     "incendiaron", "Mexico", "Veracruz"),
]


@pytest.mark.parametrize("text,trigger,country,admin1", NEIGHBOURHOODS, ids=[c[1] for c in NEIGHBOURHOODS])
def test_a_neighbourhood_or_bar_named_like_a_town_lies_in_the_storys_town(event_place, text, trigger,
                                                                          country, admin1):
    p = event_place(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_a_towns_cue_and_name_alias_must_cover_the_whole_name(geocoder):
    idx = geocoder.places("Atacaron a balazos una tienda en la colonia Insurgentes Norte, en Minatitlán.")
    assert any(m.span.text == "colonia Insurgentes Norte" for m in idx.mentions)
