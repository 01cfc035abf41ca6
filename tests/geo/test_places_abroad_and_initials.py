"""Places named by initials, Dominican provinces, homonymous divisions, namesakes abroad and
police units heading a communiqué (session 22, where9; sentences written for the tests).

The classes, from the own corpus's error lists: Lima's districts by their initials in posts
(train m-026, o-058, n-017, dev e-084: "Canto Rey, SJL"); "provincia X" in a Dominican story is
the first-level province, not the city of that name (dev zg-001, train zi-025); "Trujillo" as a
hierarchy's last member is Venezuela's state, Peru's province and city and a Honduran town
(train o-009, zf-043); two names side by side that are each only a hamlet abroad are no
hierarchy of another country (train b-126, zg-028); "Región Policial X" opening a communiqué is
the police unit of department X (train zh-036, dev a-249); an amount in soles tells Peru."""
from __future__ import annotations


def test_a_post_writes_a_lima_district_by_its_initials(sentence_place):
    text = "Otra balacera en la avenida principal de Zárate, SJL, dos heridos y nadie detenido. #SJL"
    p = sentence_place(text, "balacera")
    assert p is not None and (p.country, p.admin1) == ("Peru", "Lima")


def test_initials_that_spell_no_place_name_are_no_place(geocoder):
    idx = geocoder.places("La ONU y la OEA pidieron calma tras los disturbios.")
    assert not [m for m in idx.mentions if m.place is not None]


def test_a_dominican_provincia_is_the_first_level_province(sentence_place):
    text = ("La Policía informó que dos agentes resultaron heridos en un tiroteo en el sector Las Palmas, "
            "municipio Pedro Brand, provincia Santo Domingo.")
    p = sentence_place(text, "tiroteo")
    assert p is not None and (p.country, p.admin1) == ("Dominican Republic", "Santo Domingo")


def test_a_dominican_municipality_of_santo_domingo_province(gaz):
    assert {e.admin1 for e in gaz.lookup("Los Alcarrizos") if e.cc == "DO"} == {"Santo Domingo"}


def test_the_city_of_santo_domingo_named_bare_stays_in_the_distrito_nacional(sentence_place):
    text = "Un hombre fue asesinado a tiros anoche en Santo Domingo, República Dominicana."
    p = sentence_place(text, "asesinado")
    assert p is not None and p.admin1 == "Distrito Nacional"


def test_trujillo_after_a_street_in_a_peruvian_post_is_the_city(sentence_place):
    text = "Ahorita en la av. Larco, Trujillo: lanzaron un explosivo contra una discoteca, dos heridos 😱 #Trujillo"
    p = sentence_place(text, "explosivo")
    assert p is not None and (p.country, p.admin1) == ("Peru", "La Libertad")


def test_trujillo_in_a_honduran_story_is_the_town_of_colon(sentence_place):
    text = ("En la aldea Santa Fe, en Trujillo, dos campesinos fueron asesinados a tiros. "
            "La policía hondureña investiga el crimen.")
    p = sentence_place(text, "asesinados")
    assert p is not None and (p.country, p.admin1) == ("Honduras", "Colón")


def test_a_venezuelan_state_with_a_town_of_its_own_still_reads_as_the_state(sentence_place):
    text = "Un enfrentamiento en Boconó, estado Trujillo, dejó tres muertos, informó el Cicpc."
    p = sentence_place(text, "enfrentamiento")
    assert p is not None and (p.country, p.admin1) == ("Venezuela", "Trujillo")


def test_two_hamlet_namesakes_abroad_are_no_foreign_hierarchy(sentence_place):
    text = ("LA HABANA, 3 mar (Agencia) - Agentes de la Seguridad del Estado detuvieron el domingo a "
            "cinco opositores frente a la iglesia de Santa Rita, en el barrio de Miramar.")
    p = sentence_place(text, "detuvieron")
    assert p is None or p.country in (None, "Cuba")


def test_a_neighbourhood_name_cut_short_takes_no_town_abroad(sentence_place):
    text = ("Un joven murió durante una protesta en San Francisco de Macorís. Los agentes detuvieron a "
            "diez personas en el sector Vista al Valle.")
    p = sentence_place(text, "detuvieron")
    assert p is not None and (p.country, p.admin1) == ("Dominican Republic", "Duarte")


def test_a_hierarchy_with_a_division_abroad_still_reads_the_town_there(sentence_place):
    text = "Un ataque armado en Cáceres, Antioquia, dejó dos soldados muertos."
    p = sentence_place(text, "ataque")
    assert p is not None and (p.country, p.admin1) == ("Colombia", "Antioquia")


def test_a_police_region_heading_a_communique_places_its_ambiguous_district(sentence_place):
    text = ("Región Policial La Libertad\n"
            "Nota de prensa\n"
            "Agentes capturaron a dos presuntos extorsionadores en el distrito de El Porvenir.")
    p = sentence_place(text, "capturaron")
    assert p is not None and (p.country, p.admin1) == ("Peru", "La Libertad")


def test_an_amount_in_soles_tells_peru(geocoder):
    cues = geocoder.cues
    assert cues.votes("les cobraban 30 soles a la semana", "les cobraban 30 soles a la semana") == {"PE": 1}
    assert cues.votes("a la sombra, lejos de los soles del verano", "a la sombra, lejos de los soles del verano") == {}


def test_a_building_on_a_street_of_a_town_lies_in_that_town(sentence_place):
    # (shared-set error class "a landmark inside a city"; own train d-109, m-025 write the shape)
    text = "Un coche bomba estalló en el sótano del centro comercial Las Torres, en la avenida Diagonal de Zaragoza."
    p = sentence_place(text, "estalló")
    assert p is not None and (p.country, p.admin1) == ("Spain", "Aragón")


def test_an_ecuadorian_provincia_tells_the_country_before_a_capital_of_its_name(sentence_place):
    text = ("Paro de transportistas en Santo Domingo\n"
            "Un camionero murió atropellado en un bloqueo de la carretera, en la provincia de Santo "
            "Domingo de los Tsáchilas.")
    p = sentence_place(text, "atropellado")
    assert p is not None and (p.country, p.admin1) == ("Ecuador", "Santo Domingo de los Tsáchilas")
    idx_head = sentence_place(text, "Paro")
    assert idx_head is not None and idx_head.country == "Ecuador"
