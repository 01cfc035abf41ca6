"""Incidents told without the usual trigger words (issue 10 recall, issue 11 "ways of telling"):
each class is matched by lemma or as a multi-word expression in cronica/data/es/triggers.yaml,
and the same words in another sense give nothing. Sentences written for these tests (CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


def kept(nlp, text):
    doc = nlp(text)
    return [(t.type, doc.text[t.start:t.end]) for s in doc.sents for t in find_triggers(s) if not t.dropped]


def kept_types(nlp, text):
    return {t for t, _ in kept(nlp, text)}


def founding_types(nlp, text):
    """Types of the mentions that may found an incident (strong and kept)."""
    doc = nlp(text)
    return {t.type for s in doc.sents for t in find_triggers(s) if not t.dropped and t.strength == "strong"}


PUBLISHED = "2024-05-10"


# -- prison riots and massacres

@pytest.mark.parametrize("sentence,etype", [
    ("Los internos del penal de Quevedo se amotinaron durante la noche del viernes.", "attack"),
    ("Una reyerta entre reclusos de dos bandas dejó cuatro muertos en la cárcel de Latacunga.", "armed_clash"),
    ("En la reyerta del pabellón C murieron dos presos.", "armed_clash"),
    ("Presos de la pandilla rival protagonizaron hechos sangrientos en el centro penal de Ilama.", "killing"),
])
def test_prison_violence_told_without_our_words_is_found(nlp, sentence, etype):
    assert etype in kept_types(nlp, sentence), kept(nlp, sentence)


def test_a_quarrel_between_neighbours_is_no_prison_clash(nlp):
    assert kept(nlp, "Una reyerta entre vecinos por una cerca terminó en la comisaría sin heridos.") == []


def test_inmates_rioting_to_demand_something_are_a_protest(extract):
    text = ("Los presos de la cárcel de Ipiales se amotinaron el martes para exigir que se detengan "
            "los traslados a otras regiones.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["protest"]


# -- arson of buildings, vehicles and machinery

@pytest.mark.parametrize("sentence", [
    "Encapuchados incineraron dos retroexcavadoras de la constructora en la vía a Tumaco.",
    "Un grupo armado quemó cinco tractomulas cargadas de café en la troncal del Caribe.",
    "Desconocidos quemaron la sede de la fiscalía local durante la madrugada.",
])
def test_arson_of_machinery_vehicles_and_offices_is_an_attack(nlp, sentence):
    assert "attack" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_a_crowd_burning_the_town_hall_is_the_protest(nlp):
    sentence = "Manifestantes quemaron el municipio de Azángaro en protesta por la obra inconclusa."
    assert "protest" in kept_types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "La policía incineró cuatro toneladas de droga decomisada en una ceremonia en Sullana.",
    "El municipio incineró los residuos hospitalarios en el horno nuevo.",
])
def test_drugs_or_waste_incinerated_are_no_attack(nlp, sentence):
    assert "attack" not in kept_types(nlp, sentence)


def test_gunmen_stopping_lorries_is_no_arrest(nlp):
    sentence = "Hombres armados detuvieron dos camiones en la vía y les prendieron fuego."
    assert kept_types(nlp, sentence) == {"attack"}


# -- killings told by their means after a fronted verb

@pytest.mark.parametrize("sentence", [
    "Ultimaron de tres balazos a un prestamista en el mercado de Chiclayo.",
    "Ejecutaron a tiros a un transportista frente a su casa en Celaya.",
])
def test_a_killing_told_with_its_means_is_a_killing(nlp, sentence):
    assert "killing" in kept_types(nlp, sentence), kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Los obreros ultimaron los detalles de la obra antes de la inauguración.",
    "El gobierno regional ejecutó el presupuesto de la obra a tiempo.",
])
def test_finishing_or_spending_is_no_killing(nlp, sentence):
    assert "killing" not in kept_types(nlp, sentence)


# -- explosives set off by patrols

@pytest.mark.parametrize("sentence", [
    "Un infante de marina murió al estallar una mina en una trocha de Tumaco.",
    "Dos policías quedaron heridos al activarse un explosivo junto a su camioneta.",
    "El pelotón pisó un artefacto explosivo en la vereda y un cabo perdió una pierna.",
    "La escuadra entró en un campo minado y tres soldados resultaron heridos.",
])
def test_patrols_setting_off_explosives_are_bombings(nlp, sentence):
    assert "bombing" in kept_types(nlp, sentence), kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Tres mineros murieron al explotar el gas grisú en una mina de carbón de Coahuila.",
    "La negociación del presupuesto es un campo minado para el ministro.",
])
def test_mine_blasts_and_figures_of_speech_are_no_bombings(nlp, sentence):
    assert "bombing" not in kept_types(nlp, sentence)


# -- people run over on purpose

@pytest.mark.parametrize("sentence", [
    "Un hombre arrolló deliberadamente con su camioneta a los asistentes de una feria en Sevilla.",
    "El conductor aceleró contra los manifestantes y atropelló a cuatro de ellos.",
    "Los atacantes intentaron atropellar a los policías que custodiaban la embajada.",
])
def test_a_ramming_attack_is_an_attack(nlp, sentence):
    assert "attack" in kept_types(nlp, sentence), kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Un conductor ebrio atropelló a una ciclista en la avenida principal.",
    "El camión perdió el control y arrolló a dos peatones en la esquina.",
])
def test_a_road_accident_is_no_attack(nlp, sentence):
    assert kept(nlp, sentence) == []


# -- kidnapping told as captivity

@pytest.mark.parametrize("sentence", [
    "Los disidentes mantuvieron cautiva durante un mes a una funcionaria de la alcaldía.",
    "El comerciante permaneció cautivo en una finca de Cesar hasta que pagaron el rescate.",
    "La banda enterró en vida durante 90 días a un empresario en un hoyo bajo una bodega.",
])
def test_captivity_is_a_kidnapping(nlp, sentence):
    assert "kidnapping" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_miners_trapped_alive_are_no_kidnapping(nlp):
    sentence = "El derrumbe enterró en vida durante dos días a cinco mineros del socavón."
    assert "kidnapping" not in kept_types(nlp, sentence)


# -- arrests told as a state

def test_somebody_left_under_arrest_is_an_arrest(nlp):
    assert "arrest" in kept_types(nlp, "Tras el allanamiento, un hombre de 40 años quedó detenido.")


def test_drivers_stuck_in_traffic_are_no_arrest(nlp):
    assert "arrest" not in kept_types(nlp, "Cientos de conductores quedaron detenidos en el atasco de la autopista.")


# -- remains of the disappeared

def test_remains_of_a_disappeared_person_tell_the_disappearance(extract):
    text = ("Peritos encontraron en un terreno de Zapopan los restos de un estudiante desaparecido "
            "desde el 12 de octubre de 2022.")
    evs = extract(text, published=PUBLISHED)
    assert [e.type for e in evs] == ["disappearance"]
    assert evs[0].date.value == "2022-10-12"


def test_bodies_of_people_just_killed_stay_a_killing(extract):
    text = "Campesinos hallaron los cuerpos de dos jornaleros con disparos en la cabeza junto al río."
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["killing"]


# -- further operations of one report

def test_a_further_operation_has_its_own_seizure(extract):
    text = ("Agentes antidrogas incautaron el lunes 200 kilos de cocaína en un galpón de Yacuiba. "
            "En otro operativo, el martes, los agentes decomisaron 15 kilos de marihuana en una "
            "camioneta en Villamontes.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["seizure", "seizure"]


def test_one_operation_told_twice_stays_one_seizure(extract):
    text = ("Agentes antidrogas incautaron el lunes 200 kilos de cocaína en un galpón de Yacuiba. "
            "La droga decomisada estaba oculta en sacos de harina.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["seizure"]


def test_a_riot_told_with_its_hostages_is_the_kidnapping(extract):
    text = "Reclusos de la cárcel de Chiquimula se amotinaron y tomaron como rehenes a tres custodios."
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["kidnapping"]


# -- captives held by a group, roads held blocked, people intercepted by gunmen

def test_people_held_by_dissidents_are_a_kidnapping(nlp):
    sentence = "Los dos topógrafos que seguían en poder de las disidencias fueron entregados a la Defensoría."
    assert "kidnapping" in kept_types(nlp, sentence)


def test_a_road_held_blocked_by_protesters_is_a_protest(nlp):
    sentence = "Los cocaleros mantienen bloqueado por cuarto día el puente sobre el río en rechazo a la erradicación."
    assert "protest" in kept_types(nlp, sentence)


def test_a_road_closed_by_a_landslide_is_no_protest(nlp):
    assert kept(nlp, "La policía mantiene bloqueada la carretera central por el huaico de anoche.") == []


@pytest.mark.parametrize("sentence", [
    "El odontólogo fue interceptado por tres hombres armados que lo subieron a un taxi.",
    "Cuatro sicarios interceptaron a la empresaria frente a su tienda y se la llevaron.",
])
def test_a_person_intercepted_and_taken_by_gunmen_is_a_kidnapping(nlp, sentence):
    assert "kidnapping" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_a_drug_boat_intercepted_is_no_kidnapping(nlp):
    assert "kidnapping" not in kept_types(nlp, "La Armada interceptó una lancha con 500 kilos de cocaína frente a Tumaco.")


def test_a_cook_setting_a_pan_alight_is_no_arson(nlp):
    assert kept(nlp, "El cocinero prendió fuego a la sartén para flambear los plátanos.") == []


# -- session 8: targets brought down by state forces are their operation

@pytest.mark.parametrize("sentence", [
    "Soldados de la Brigada 18 abatieron el martes a alias Mono Ruiz en una vereda de Tame.",
    "El cabecilla de la banda fue abatido por agentes de la policía en un barrio de Maracay.",
])
def test_a_target_brought_down_by_state_forces_is_an_operation(nlp, sentence):
    assert kept_types(nlp, sentence) == {"security_operation"}, kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Sicarios abatieron a dos policías que custodiaban la entrada del banco en Guayaquil.",
    "Dos guerrilleros fueron abatidos por soldados durante un enfrentamiento en la vereda El Limón.",
])
def test_forces_killed_or_a_fight_keep_their_violent_type(nlp, sentence):
    assert "security_operation" not in kept_types(nlp, sentence), kept(nlp, sentence)


# -- a cordon round a town

def test_troops_keeping_a_cordon_round_a_town_is_an_operation(nlp):
    sentence = "Unos 2.000 soldados y 500 policías mantienen desde el lunes un cerco sobre el municipio de Ilobasco."
    assert "security_operation" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_a_sanitary_cordon_founds_no_operation(nlp):
    assert founding_types(nlp, "Las autoridades de salud impusieron un cerco sanitario en el barrio por el brote de dengue.") == set()


# -- arrests told as a figure of a report's outcome

@pytest.mark.parametrize("sentence", [
    "La Policía reportó siete detenidos tras los disturbios del mercado de Huancayo.",
    "El desalojo de la plaza dejó cuatro heridos y una veintena de detenidos.",
    "La jornada terminó con 25 personas detenidas en el centro de Asunción.",
])
def test_arrests_told_as_a_figure_are_found(nlp, sentence):
    assert "arrest" in kept_types(nlp, sentence), kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "El ministerio informó que en los últimos diez meses hubo 3.500 detenidos por extorsión en el país.",
    "Según la ONG, al menos 90 detenidos han fallecido bajo custodia desde 2022.",
])
def test_tallies_and_people_already_held_are_no_arrest(nlp, sentence):
    assert "arrest" not in founding_types(nlp, sentence), kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Los agentes se llevaron detenidos a tres dirigentes del sindicato tras el plantón.",
    "La policía está llevándose presos a los vecinos que golpeaban cacerolas en la plaza.",
    "Agentes de la fiscalía cumplimentaron el jueves en Celaya una orden de aprehensión contra un exalcalde.",
])
def test_people_taken_under_arrest_or_a_warrant_served_is_an_arrest(nlp, sentence):
    assert "arrest" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_gunmen_taking_people_away_is_no_arrest(nlp):
    sentence = "Hombres armados se llevaron a tres pescadores de la playa de Tumaco."
    assert "arrest" not in founding_types(nlp, sentence)


# -- a protest broken up, told in the passive

def test_a_protest_dispersed_in_the_passive_is_found(extract):
    text = ("Las protestas del jueves, en las que cientos de estudiantes cortaron la avenida Bolívar, "
            "fueron dispersadas por la policía con gases lacrimógenos.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["protest"]


def test_a_crowd_leaving_a_concert_is_no_protest(nlp):
    assert kept(nlp, "El público fue dispersado por la lluvia al final del concierto.") == []


# -- remains and graves

@pytest.mark.parametrize("sentence", [
    "Restos de al menos cuatro personas fueron encontrados en un pozo de una finca abandonada de Tibú.",
    "Peritos de la fiscalía localizaron en un rancho de Tlajomulco tres fosas clandestinas con cuerpos.",
])
def test_remains_and_clandestine_graves_found_are_a_killing(nlp, sentence):
    assert "killing" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_ancient_remains_are_no_killing(nlp):
    assert kept(nlp, "Restos de un mastodonte fueron hallados por arqueólogos en una cantera de Tocuila.") == []


def test_a_body_found_after_an_abduction_is_a_killing(nlp):
    sentence = "Hallan sin vida a un comerciante privado de su libertad el sábado en Zitácuaro."
    assert "killing" in kept_types(nlp, sentence), kept(nlp, sentence)


# -- goods taken in the perfect tense, and the Mexican noun

@pytest.mark.parametrize("sentence", [
    "En el registro, los agentes han intervenido documentación falsa, tres teléfonos y una pistola.",
    "El cateo permitió el aseguramiento de cuatro fusiles y cartuchos útiles.",
])
def test_goods_taken_told_otherwise_are_a_seizure(nlp, sentence):
    assert "seizure" in kept_types(nlp, sentence), kept(nlp, sentence)


def test_assuring_something_is_no_seizure(nlp):
    assert kept(nlp, "El ministro ha asegurado que la reforma no subirá los impuestos.") == []


# -- gunmen on a motorcycle shooting at a picket keep the attack

def test_gunmen_on_a_motorcycle_shooting_at_strikers_keep_the_attack(extract):
    text = ("Dos hombres en motocicleta dispararon el martes contra un grupo de taxistas que mantenían "
            "un paro en el bulevar de Choloma; uno murió.")
    types = [e.type for e in extract(text, published=PUBLISHED)]
    assert set(types) & {"attack", "killing"}, types


# -- operations carried out with a bare plural; goods found in the passive; land taken on a stated day

@pytest.mark.parametrize("sentence", [
    "Tras el crimen, los militares tuvieron que realizar operativos en los accesos del pueblo.",
    "La policía ejecutó allanamientos simultáneos en cuatro barrios de Rosario.",
])
def test_operations_carried_out_are_an_operation(nlp, sentence):
    assert "security_operation" in founding_types(nlp, sentence), kept(nlp, sentence)


def test_operations_announced_are_no_operation(nlp):
    assert "security_operation" not in founding_types(nlp, "El gobernador anunció que realizará operativos en las playas.")


def test_goods_found_in_the_passive_are_a_seizure(nlp):
    sentence = "Unos 40 kilos de marihuana y tres pistolas fueron hallados en la bodega del mercado."
    assert "seizure" in founding_types(nlp, sentence), kept(nlp, sentence)


def test_land_taken_on_a_stated_day_is_a_protest(nlp):
    sentence = "Una comunidad campesina ocupó el 3 de mayo una finca de 200 hectáreas en Caaguazú."
    assert "protest" in founding_types(nlp, sentence), kept(nlp, sentence)


# -- an armed actor shooting at a march is one attack on the protesters

@pytest.mark.parametrize("text", [
    "Sicarios atacaron a tiros la protesta de los transportistas en Choloma y mataron a un taxista.",
    "Paramilitares dispararon contra una marcha de estudiantes en León y mataron a tres jóvenes.",
])
def test_an_armed_attack_on_a_march_is_one_attack(extract, text):
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["attack"]


def test_police_firing_on_a_march_stays_the_protest(extract):
    text = "La policía disparó contra la marcha de los maestros en Oaxaca y mató a dos."
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["protest"]


# -- arson told by the fuel thrown or by the fire

@pytest.mark.parametrize("sentence", [
    "Encapuchados rociaron con gasolina dos camiones de la empresa forestal en Collipulli.",
    "La sede vecinal fue consumida por las llamas en un ataque que la fiscalía investiga como intencional.",
])
def test_arson_told_by_fuel_or_fire_is_an_attack(nlp, sentence):
    assert "attack" in founding_types(nlp, sentence), kept(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "El cocinero roció con diésel la parrilla antes del asado.",
    "La cabaña fue consumida por el fuego tras un cortocircuito en la cocina.",
])
def test_a_kitchen_or_an_accidental_fire_is_no_attack(nlp, sentence):
    assert kept(nlp, sentence) == []


# -- gunfire between groups told in colloquial posts

@pytest.mark.parametrize("sentence", [
    "Se están dando bala ahora mismo los de la banda del puerto contra los del barrio de arriba.",
    "Se escuchan detonaciones en la colonia, parece que se están enfrentando otra vez.",
])
def test_gunfire_between_groups_in_a_post_is_a_clash(nlp, sentence):
    assert "armed_clash" in founding_types(nlp, sentence), kept(nlp, sentence)


def test_giving_a_team_a_hard_time_is_no_clash(nlp):
    assert kept(nlp, "El entrenador le dio bala al equipo en la pretemporada y nadie se quejó.") == []


def test_a_protest_dissolved_with_water_cannon_is_an_intervention(extract):
    text = "La Gendarmería disolvió con cañones de agua una manifestación de jubilados frente al Congreso en Buenos Aires."
    evs = extract(text, published=PUBLISHED)
    assert [e.type for e in evs] == ["protest"]
    assert evs[0].sub_event_type == "Protest with intervention"


# -- a crowd of villagers burning a police post is the protest (corpus convention); armed men's arson stays an attack

@pytest.mark.parametrize("sentence", [
    "Comuneros prendieron fuego a la comisaría del distrito después de la detención de su presidente.",
    "Cientos de pobladores quemaron dos patrulleros frente a la municipalidad de Juli.",
])
def test_villagers_burning_a_police_post_are_a_protest(nlp, sentence):
    assert founding_types(nlp, sentence) >= {"protest"} and "attack" not in founding_types(nlp, sentence), kept(nlp, sentence)


def test_armed_men_burning_villagers_houses_stay_an_attack(nlp):
    assert "attack" in founding_types(nlp, "Los pobladores contaron que hombres armados quemaron sus ranchos en la vereda.")


# -- a participle coordinated with the passive before it tells the act

def test_subdued_and_arrested_is_an_arrest(nlp):
    assert "arrest" in founding_types(nlp, "El asaltante fue reducido y detenido por dos agentes en el andén de la estación.")


def test_the_detainees_taken_away_found_no_arrest(nlp):
    assert "arrest" not in founding_types(nlp, "Los detenidos fueron trasladados a la comisaría central.")


# -- bodies left in the open as a message

def test_bodies_hanging_from_a_bridge_are_a_killing(nlp):
    sentence = "Tres cuerpos colgaban de un puente de la autopista junto a una cartulina firmada por una banda."
    assert "killing" in founding_types(nlp, sentence), kept(nlp, sentence)


def test_a_body_left_by_the_tide_after_a_shipwreck_is_no_killing(nlp):
    assert kept(nlp, "El cuerpo del pescador fue abandonado por la marea en la playa tras el naufragio.") == []
