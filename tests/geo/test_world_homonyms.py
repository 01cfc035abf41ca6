"""Places across the Spanish-speaking world (issue 11 item 2, issue 12 item 4): homonyms
resolved by what the text writes next to them, capitals and datelines, places coordinated
over two divisions. Sentences written for these tests (CC0)."""
from __future__ import annotations

import pytest

CASES = [
    # --- a written hierarchy picks the country where its members fit together: a local name
    # the gazetteer lacks counts by the town its name ends with
    ("Unos encapuchados quemaron dos buses en la colonia Las Brisas de Comasagua, La Libertad.", "quemaron",
     dict(admin1="La Libertad", country="El Salvador")),
    ("Una familia fue atacada a machetazos en el caserío El Jocote de Comasagua, La Libertad.", "atacada",
     dict(admin1="La Libertad", country="El Salvador")),
    # --- a country's capital named bare is that city, not a district or foreign department of its name
    ("Cientos de maestros protestaron ayer frente al Ministerio de Educación en San Salvador.", "protestaron",
     dict(admin1="San Salvador", country="El Salvador")),
    ("Los trabajadores portuarios marcharon por el centro de Santiago contra la reforma.", "marcharon",
     dict(admin1="Región Metropolitana de Santiago", country="Chile")),
    ("Una explosión sacudió anoche un edificio de oficinas en Buenos Aires.", "explosión",
     dict(admin1="Ciudad Autónoma de Buenos Aires", country="Argentina")),
    # --- "la capital <gentilicio>": the country's capital city
    ("Dos mototaxistas fueron baleados en un barrio del sur de la capital hondureña.", "baleados",
     dict(admin1="Francisco Morazán", country="Honduras")),
    ("Un grupo armado incendió una patrulla en las afueras de la capital boliviana.", "incendió",
     dict(admin1="La Paz", country="Bolivia")),
    # --- a part of a town ("el centro de X") locates as plainly as "en X", even for a name
    # that is also a given name
    ("La Policía dispersó a los vendedores en el centro de Asunción.", "dispersó",
     dict(admin1="Asunción", country="Paraguay")),
    # --- a street, prison or square "de <town>" lies in that town
    ("Sujetos en moto dispararon contra un comercio en la avenida Sucre de Maracay.", "dispararon",
     dict(admin1="Aragua", country="Venezuela")),
    ("Una riña entre reos dejó tres heridos en el penal de Cojutepeque.", "riña",
     dict(admin1="Cuscatlán", country="El Salvador")),
    # --- the neighbour a border is shared with is not the place ("fronteriza con México")
    ("Militares hallaron una pista clandestina en una finca limítrofe con México, en el departamento de Petén.",
     "hallaron", dict(admin1="Petén", country="Guatemala")),
    # --- one event in places of two first-level divisions: admin1 null, country kept
    ("Transportistas bloquearon carreteras en Escuintla y Chimaltenango por el alza del diésel.", "bloquearon",
     dict(admin1=None, country="Guatemala")),
    ("El Ejército patrulla desde el lunes colonias de Tegucigalpa y La Ceiba tras una ola de extorsiones.",
     "patrulla", dict(admin1=None, country="Honduras")),
    # --- a road the gazetteer cannot place, located by the place written after it in its clause
    ("Campesinos cortaron la carretera Troncal del Caribe a la altura de Mingueo, en La Guajira.", "cortaron",
     dict(admin1="La Guajira", country="Colombia")),
    # --- "frente a <town>": located there
    ("La Marina interceptó una lancha con droga frente a Puerto Cabezas.", "interceptó",
     dict(country="Nicaragua")),
    # --- a bulletin all in capitals: its closing list of places after the last sentence
    ("INTEGRANTES DE UNA BANDA ASESINARON A UN COMERCIANTE EN SU TIENDA. ANTIOQUIA - REMEDIOS", "ASESINARON",
     dict(admin1="Antioquia", country="Colombia")),
    # --- a department whose name begins with a cue noun ("valle", "departamento") in a closing
    # list is the department, not a valley of another one ("VALLE DEL CAUCA" is no valley of Cauca)
    ("DESCONOCIDOS QUEMARON UN BUS DE SERVICIO PUBLICO. VALLE DEL CAUCA - PALMIRA", "QUEMARON",
     dict(admin1="Valle del Cauca", country="Colombia")),
    ("Un grupo armado secuestro a dos ganaderos en una finca. VALLE DEL CAUCA - BUGA - VEREDA EL PLACER",
     "secuestro", dict(admin1="Valle del Cauca", country="Colombia")),
    ("DISIDENCIAS ATACARON UNA ESTACION DE POLICIA. CAUCA - SUAREZ", "ATACARON",
     dict(admin1="Cauca", country="Colombia")),
    # --- a barrio of Buenos Aires named bare in an Argentine story is the barrio, not the
    # foreign city of its name; in a Colombian hierarchy the Colombian town
    ("Agentes de la Policía Federal argentina allanaron un departamento en Palermo y detuvieron a dos "
     "hombres por estafas.", "detuvieron",
     dict(admin1="Ciudad Autónoma de Buenos Aires", country="Argentina")),
    ("Un motochorro fue abatido por un policía de la Ciudad en Villa Lugano.", "abatido",
     dict(admin1="Ciudad Autónoma de Buenos Aires", country="Argentina")),
    ("Disidentes de las FARC quemaron una volqueta en una vereda de Palermo, Huila.", "quemaron",
     dict(admin1="Huila", country="Colombia")),
    # --- a street, promenade or square "de <city>" is in that city, capitalised or not
    ("MADRID, 4 jun (EFE) - Un hombre hirió con un cuchillo a dos personas en La Rambla de Barcelona.",
     "hirió", dict(admin1="Cataluña", country="Spain")),
    ("GUAYAQUIL, 2 feb (EFE) - Unos encapuchados atacaron a dos guardias en el malecón de Guayaquil.",
     "atacaron", dict(admin1="Guayas", country="Ecuador")),
    # --- a neighbourhood the gazetteer does not know, in a post whose places all lie in one
    # division (a hashtag's town): in that division
    ("Se llevaron a un señor de la colonia Los Pinos hace rato, dos camionetas sin placas #Culiacán",
     "llevaron", dict(admin1="Sinaloa", country="Mexico")),
    # (a hashtag that opens the post's last line is a tag, not a capitalised first word)
    ("Acaban de balear a un tendero en la cooperativa Las Palmas. Se oyeron como diez tiros.\n#Guayaquil",
     "balear", dict(admin1="Guayas", country="Ecuador")),
    # --- a Spanish-speaking city three times larger than any namesake abroad tells its country
    # (towns that only share a word of its name, "Villa del Rosario", do not count); two
    # cities of comparable size leave it open
    ("Desconocidos balearon el frente de una farmacia en Rosario durante la madrugada.", "balearon",
     dict(admin1="Santa Fe", country="Argentina")),
    ("Un hombre fue asesinado a balazos en Valencia.", "asesinado", dict(country=None)),
    # --- but a coordinated name that has a reading in the story's division stays in it
    ("Un coche bomba estalló en Tumaco, Nariño. Hubo patrullajes en Tumaco y Barbacoas tras el ataque.",
     "patrullajes", dict(admin1="Nariño")),
]


@pytest.mark.parametrize("text,trigger,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_world_place(event_place, text, trigger, expected):
    place = event_place(text, trigger)
    assert place is not None
    for key, want in expected.items():
        assert getattr(place, key) == want, (key, place)


DATELINES = [
    # a dateline city named in several countries: the one whose division shares its name
    ("SAN MIGUEL, 2 may (EFE) - Dos pandilleros murieron en un enfrentamiento con policías.", "SV"),
    ("BARCELONA, 9 nov (EFE) - Los Mossos detuvieron a cuatro personas tras unos disturbios.", "ES"),
    # a dateline town the gazetteer knows in one country only, however small its capital
    ("BARILOCHE, 5 feb (AFP) - Comuneros ocuparon un predio y la policía los desalojó.", "AR"),
    ("TUMACO, 9 may (EFE) - Un soldado murió al pisar una mina en una zona rural.", "CO"),
    # a dateline with its country before the agency
    ("QUITO, Ecuador (AP) - Un guía penitenciario fue asesinado a la salida de su casa.", "EC"),
]


@pytest.mark.parametrize("text,cc", DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_dateline_country(geocoder, text, cc):
    assert geocoder.places(text).country == cc


def test_dateline_of_a_homonym_is_not_a_story_place(geocoder):
    from cronica.model import Span

    text = ("BUENOS AIRES, Argentina (AP) - Vecinos denunciaron un desalojo violento.\n\n"
            "El desalojo ocurrió en una comunidad del departamento Cushamen, en la provincia de Chubut.")
    idx = geocoder.places(text)
    assert all(m.role == "reference" for m in idx.mentions if m.span.text == "BUENOS AIRES")
    i = text.index("desalojo")
    first = Span(0, text.index("\n"), text[:text.index("\n")])
    p = idx.place_for(Span(i, i + 8, "desalojo"), first)
    assert p is None or p.admin1 != "Ciudad Autónoma de Buenos Aires"


def test_street_named_after_a_person_is_not_a_village(event_place):
    # "de María": a name, not the Andalusian village; the story stays in the dateline's city
    p = event_place("MADRID, 3 mar (EFE) - Un paquete bomba estalló anoche en un portal de la calle Reina de María.",
                    "estalló")
    assert p is None or p.admin1 in (None, "Comunidad de Madrid"), p


def test_a_neighbourhood_named_after_a_word_is_not_a_foreign_village(event_place):
    # "Valle del Sol": no part of the Spanish village "Sol" (a small town abroad)
    p = event_place("Soldados detuvieron a un joven en una calle de la colonia Valle del Sol.", "detuvieron")
    assert p is None or p.admin1 != "Comunidad de Madrid", p


def test_every_capital_is_in_the_gazetteer(gaz):
    from cronica.geo.gazetteer import _tsv

    rows = list(_tsv("capitals.tsv", 3))
    assert len(rows) >= 19
    for cc, city, admin1 in rows:
        e = gaz.capital(cc)
        assert e is not None and e.cc == cc and e.admin1 == admin1, (cc, city)


def test_country_place_for_events_placed_nowhere_finer():
    import cronica

    events = cronica.extract("MANAGUA, 3 jun (EFE) - La Policía Nacional capturó a 40 presuntos narcotraficantes "
                             "en todo el país durante la última semana.")
    assert events
    e = events[0].to_dict()
    assert e["country"] == "Nicaragua" and e["admin1"] is None and e["latitude"] is None


# A cue-and-name alias ("provincia de San Antonio", Chile's; "provincia de Santiago") must not
# take the first words of a longer name after the same cue: the longest written name wins.
@pytest.mark.parametrize("text,trigger,admin1,admin2", [
    ("Un comerciante fue asesinado a balazos en el distrito de Ananea, provincia de San Antonio de Putina.",
     "asesinado", "Puno", "San Antonio de Putina"),
    ("Ronderos retuvieron a dos presuntos abigeos en un caserío de la provincia de Santiago de Chuco.",
     "retuvieron", "La Libertad", "Santiago de Chuco"),
])
def test_longer_name_after_cue_beats_cue_alias(event_place, text, trigger, admin1, admin2):
    p = event_place(text, trigger)
    assert (p.country, p.admin1, p.admin2) == ("Peru", admin1, admin2)


def test_cue_alias_still_names_its_own_province(event_place):
    p = event_place("Un incendio forestal arrasó cien hectáreas en la provincia de San Antonio, "
                    "en la región de Valparaíso.", "incendio")
    assert (p.country, p.admin2) == ("Chile", "San Antonio")


# -- a division's demonym between the cue noun and "de" places a homonym in that division
def test_division_demonym_after_the_cue_picks_the_namesake_inside_it(geocoder):
    # "San Isidro" and "El Porvenir" name districts of several departments (sentences written for this test)
    for text, name, admin1 in (
            ("Una bomba estalló frente a una comisaría en el distrito limeño de San Isidro.", "San Isidro", "Lima"),
            ("Sicarios balearon a un comerciante en el distrito liberteño de El Porvenir.", "El Porvenir",
             "La Libertad")):
        idx = geocoder.places(text)
        m = next(m for m in idx.mentions if name in m.span.text)
        assert m.place is not None and m.place.admin1 == admin1 and not m.ambiguous
    # without the demonym the name stays ambiguous
    idx = geocoder.places("Sicarios balearon a un comerciante en el distrito de El Porvenir.")
    assert all(m.place is None or m.place.admin1 is None for m in idx.mentions)
