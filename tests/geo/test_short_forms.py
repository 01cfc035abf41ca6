"""One place under two names in one text, and places whose cue carries a word more (session 21,
helper where7). A place first named in full ("Wiwilí de Jinotega", "Ciudad Altamirano", "la
comunidad de Linda Vista de la Sierra") is called by a short form later ("Wiwilí",
"Altamirano", "Linda Vista"): that place again, not a namesake the gazetteer holds elsewhere
(the class of train ze-007, ze-013). A local place or a bridge named in a written hierarchy
keeps its place when named again with the same noun (ze-022). "la cooperativa agrícola X", "el
asentamiento humano X": a local noun with its usual adjective (b-051, l-019, o-013, q-009,
ze-007). Sentences written for the tests."""
from __future__ import annotations


def test_a_short_name_is_the_municipality_named_in_full_before(sentence_place):
    text = ("Wiwilí de Jinotega es un municipio del departamento de Jinotega, junto a la frontera.\n"
            "En 1985, una columna de la Contra atacó Wiwilí durante la noche.")
    p = sentence_place(text, "atacó")
    assert p is not None and (p.country, p.admin1) == ("Nicaragua", "Jinotega")


def test_a_town_named_without_ciudad_is_the_city_named_before(sentence_place):
    text = ("Los heridos fueron trasladados al hospital de Ciudad Altamirano, en Guerrero.\n"
            "Una semana después, hombres armados balearon una tienda en Altamirano.")
    p = sentence_place(text, "balearon")
    assert p is not None and (p.country, p.admin1) == ("Mexico", "Guerrero")


def test_a_hamlet_named_short_keeps_the_place_of_its_full_name(sentence_place):
    text = ("La comunidad de Linda Vista de la Sierra está en el municipio de San Miguel Totolapan.\n"
            "El lunes un dron soltó un explosivo sobre Linda Vista.")
    p = sentence_place(text, "soltó")
    assert p is not None and (p.country, p.admin1) == ("Mexico", "Guerrero")


def test_a_division_named_alone_is_no_short_form(sentence_place):
    # "Santa Cruz" alone is the department, whatever place "Santa Cruz de X" was
    text = ("La finca Santa Cruz de Mora queda en el municipio de Montero.\n"
            "La policía detuvo a tres hombres en el departamento de Santa Cruz.")
    p = sentence_place(text, "detuvo")
    assert p is not None and p.admin1 == "Santa Cruz"


def test_a_bridge_named_again_keeps_the_division_it_was_written_with(sentence_place):
    text = ("Los vecinos levantaron una barricada en el puente de Sébaco, en el departamento de Matagalpa. "
            "Cortaron la carretera que une Managua con el norte.\n"
            "El 19 de junio, la policía atacó la barricada del puente de Sébaco.")
    p = sentence_place(text, "atacó")
    assert p is not None and (p.country, p.admin1) == ("Nicaragua", "Matagalpa")


def test_a_cooperative_named_after_a_saint_is_the_place_not_a_town(sentence_place):
    text = ("En el departamento de Jinotega la guerra golpeó a las cooperativas.\n"
            "El domingo, una columna armada atacó la cooperativa agrícola Santa Rosa.")
    p = sentence_place(text, "atacó")
    assert p is not None and (p.name, p.admin1) == ("cooperativa agrícola Santa Rosa", "Jinotega")


def test_a_settlement_is_the_place_inside_the_district_written_after_it(sentence_place):
    text = "La policía rescató a un hombre en el asentamiento humano Villa Esperanza, en Carabayllo."
    p = sentence_place(text, "rescató")
    assert p is not None and (p.name, p.country, p.admin1) == ("asentamiento humano Villa Esperanza", "Peru", "Lima")
