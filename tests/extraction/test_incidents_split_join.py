"""One event per incident (issue 10): separate incidents told in one report stay apart, and
one incident told again with a finer place stays one (cronica/extraction/incidents.py, called
from Assembler._conflicts). Sentences written for these tests (CC0)."""
from cronica.extraction.incidents import km, towns_apart
from cronica.model import Document, Place


PUBLISHED = "2024-05-10"


def admin1s(evs):
    return sorted((e.place.admin1 or "") for e in evs if e.place is not None)


# -- the place test itself

def test_towns_far_apart_are_apart_and_one_town_is_not():
    lima = Place("Lima", admin1="Lima", geo_precision=1, latitude=-12.05, longitude=-77.04)
    callao = Place("Callao", admin1="Callao", geo_precision=1, latitude=-12.06, longitude=-77.13)
    piura = Place("Piura", admin1="Piura", geo_precision=1, latitude=-5.19, longitude=-80.63)
    assert 700 < km(lima, piura) < 900
    assert towns_apart(lima, piura)
    assert not towns_apart(lima, callao)  # neighbouring towns of one city: not known to be apart
    assert not towns_apart(lima, Place("Lima", admin1="Lima", geo_precision=1))  # no coordinates: no verdict


def test_a_part_of_a_town_is_apart_only_in_another_division():
    hamlet = Place("vereda El Roble", admin1="Cauca", geo_precision=2, latitude=4.0, longitude=-74.0)
    town = Place("Suárez", admin1="Cauca", geo_precision=1, latitude=2.95, longitude=-76.69)
    far = Place("Soacha", admin1="Cundinamarca", geo_precision=1, latitude=4.58, longitude=-74.22)
    assert not towns_apart(hamlet, town)  # a hamlet's coordinates may be a namesake's
    assert towns_apart(hamlet, far)


def test_districts_decide_when_both_are_known():
    a = Place("Comas", admin1="Lima", admin3="Comas", geo_precision=1)
    b = Place("Ate", admin1="Lima", admin3="Ate", geo_precision=1)
    assert towns_apart(a, b) and not towns_apart(a, a)


# -- joins that were wrong: other towns, each told in its own sentence

def test_riots_in_prisons_of_two_cities_are_two_incidents(extract):
    text = ("Este martes hubo motines en dos cárceles del país. En el penal de Cajamarca, los reclusos "
            "tomaron un pabellón y mataron a tres internos de una banda rival. En Tumbes, los presos del "
            "penal de Puerto Pizarro también se amotinaron y asesinaron a dos guardias.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 2, [(e.type, e.evidence.text) for e in evs]
    assert admin1s(evs) == ["Cajamarca", "Tumbes"]
    assert sorted(e.killed.best for e in evs) == [2, 3]


def test_a_second_attack_in_another_department_hours_later_is_its_own(extract):
    text = ("Un artefacto explosivo estalló el sábado frente a la comisaría de Juliaca, en Puno, y dejó "
            "cuatro policías heridos. Pocas horas después, desconocidos dispararon contra el puesto "
            "policial de Sicuani, en Cusco, sin causar víctimas.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 2, [(e.type, e.evidence.text) for e in evs]
    assert admin1s(evs) == ["Cusco", "Puno"]


# -- joins that were right and must stay: the same incident told again

def test_a_definite_retelling_with_a_finer_place_stays_one(extract):
    text = ("Dos soldados resultaron heridos el jueves en un ataque con explosivos en el municipio de Tame, "
            "en Arauca. Según el Ejército, el ataque ocurrió en la vereda Puerto Gaitán cuando la patrulla "
            "regresaba a su base.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 1, [(e.type, e.evidence.text) for e in evs]


def test_the_victim_told_again_by_a_pronoun_stays_one(extract):
    text = ("Un dirigente campesino fue asesinado el lunes en Tarapoto, en San Martín. Dos hombres lo "
            "interceptaron cuando volvía de su chacra y le dispararon en la cabeza antes de huir hacia "
            "Moyobamba.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 1, [(e.type, e.evidence.text) for e in evs]


def test_a_headline_placed_in_the_city_and_a_body_in_its_districts_stay_one(extract):
    text = ("Rescatan en Arequipa a una empresaria secuestrada\n"
            "Una empresaria de 45 años fue secuestrada el lunes en el distrito de Cayma por cuatro hombres "
            "armados. Policías de la división antisecuestros la rescataron el martes en una vivienda de "
            "Cerro Colorado y detuvieron a dos de los captores.")
    kidnappings = [e for e in extract(text, published=PUBLISHED) if e.type == "kidnapping"]
    assert len(kidnappings) == 1


def test_a_march_through_two_towns_is_one_protest(extract):
    text = ("Cientos de agricultores marcharon el miércoles desde Huaral hasta Chancay para exigir agua de "
            "riego. En Chancay, los manifestantes bloquearon la carretera y la policía los dispersó con "
            "gases lacrimógenos.")
    protests = [e for e in extract(text, published=PUBLISHED) if e.type == "protest"]
    assert len(protests) == 1


# -- splits that were wrong: the incident's own toll told again under another word

def test_the_same_toll_told_as_clashes_is_the_same_massacre(extract):
    text = ("Nueve campesinos fueron asesinados el domingo en una masacre en la comunidad de Santa Rosa, en el "
            "distrito de Llochegua. Los familiares de las víctimas pidieron justicia frente a la fiscalía. "
            "Según los pobladores, aquel día se registraron enfrentamientos entre dos grupos armados en la "
            "comunidad, con un saldo de nueve muertos.")
    evs = extract(text, published="2024-07-10")
    assert len(evs) == 1, [(e.type, e.evidence.text) for e in evs]
    assert evs[0].killed.best == 9


def test_the_same_figure_on_another_day_stays_apart(extract):
    text = ("Seis jornaleros fueron asesinados a tiros el sábado en una finca de Tarazá, en Antioquia. En mayo, "
            "hombres armados asesinaron a seis mineros junto a un río del mismo municipio.")
    evs = extract(text, published="2024-07-10")
    assert len(evs) == 2, [(e.type, e.evidence.text) for e in evs]
    assert sorted(e.date.value for e in evs) == ["2024-05", "2024-07-06"]


def test_a_place_carried_over_from_the_sentence_before_does_not_split_a_quoted_retelling(extract):
    # the communiqué names no place: the town it inherits (where the wounded are) is not a second spot
    text = ("Una patrulla policial fue emboscada el martes por la tarde en Pichari, en Cusco. Dos agentes "
            "resultaron heridos y esa noche permanecían en observación en Kimbiri. \"El personal que volvía "
            "a su base fue atacado con armas de fuego por sujetos desconocidos\", señaló la Policía en un "
            "comunicado.")
    evs = extract(text, published="2025-08-21")
    assert len(evs) == 1, [(e.type, e.evidence.text) for e in evs]
    assert evs[0].type == "ambush"


# -- a place name is no "new incident" cue

def test_nuevo_in_a_place_name_does_not_mark_the_headline_as_another_incident(extract):
    text = ("Militares y pistoleros se enfrentan en Nuevo Laredo; reportan cuatro muertos\n"
            "Militares y pistoleros de un cártel se enfrentaron el sábado durante dos horas en una colonia de "
            "Nuevo Laredo, Tamaulipas. Cuatro atacantes murieron.")
    clashes = [e for e in extract(text, published="2024-03-11") if e.type == "armed_clash"]
    assert len(clashes) == 1, [e.evidence.text for e in clashes]


def test_otra_at_the_start_of_a_sentence_still_tells_another_incident(nlp):
    from cronica.extraction.incidents import new_only_in_a_name
    from cronica.extraction.triggers import find_triggers, load_filters

    cues = load_filters().new_incident
    for text, expected in (("Otra emboscada dejó dos soldados heridos en Nueva Esperanza.", False),
                           ("Los combates en Nueva Segovia dejaron diecisiete muertos.", True)):
        sent = next(iter(nlp(text).sents))
        t = next(t for t in find_triggers(sent) if t.new_incident)
        assert new_only_in_a_name(t, sent.doc[t.token_i], cues) is expected, text


# -- a roundup's entry opening with its own town (incidents.opens_placed)

def test_a_sentence_opening_with_its_place_is_told_so():
    from cronica.extraction.incidents import opens_placed
    assert opens_placed("En Chimbote, dos hombres fueron hallados muertos en un terreno.")
    assert opens_placed("Por la noche, en el barrio San Vicente, un mototaxista fue baleado.")
    assert opens_placed("En el distrito de Sullana, un comerciante fue asesinado.")
    assert not opens_placed("En el ataque, murieron dos policías.")
    assert not opens_placed("En otro hecho, un joven fue herido.")
    assert not opens_placed("Un comerciante fue asesinado en Chimbote, informó la policía.")


def test_a_roundup_entry_opening_with_another_town_is_its_own_incident(extract):
    # the second sentence's finer place (a neighbourhood) lies in the town it opens with, far from
    # the first incident's: two incidents, each with its own dead
    text = ("Fin de semana violento en Zacatecas\n"
            "Un grupo armado disparó el sábado por la noche contra una patrulla de la policía municipal "
            "en Sombrerete; dos agentes murieron en el lugar.\n"
            "En Fresnillo, vecinos de la colonia Plan de Ayala encontraron el cuerpo de un hombre con "
            "huellas de tortura junto a un canal.")
    evs = extract(text, published="2024-03-04")
    assert sorted(e.killed.best for e in evs if e.killed) == [1, 2], [(e.type, e.evidence.text) for e in evs]
