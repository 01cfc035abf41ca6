"""framing: deaths, shots, clashes and arson told inside a protest are the protest; an armed
actor's attack or a prison fight stays violent. Sentences written for these tests."""
import pytest

import cronica
from cronica.errors import DataFileError
from cronica.extraction import framing
from cronica.extraction.framing import load_framing, protest_variant
from cronica.nlp.inflect import match_key
from cronica.taxonomy import FAMILY


def extract(text, published="2024-05-10"):
    return cronica.extract(text, published=published, doc_id="t")


def types(text, published="2024-05-10"):
    return [e.type for e in extract(text, published)]


@pytest.mark.parametrize("text", [
    # a death during the clearing of a blockade, told with no trigger word of its own
    "Un joven de 20 años murió de un balazo durante el desbloqueo de la carretera Interoceánica en Puno.",
    # shots at a march by the police
    "Los agentes antimotines dispararon perdigones contra los estudiantes que marchaban por la avenida Bolívar "
    "de Tegucigalpa y mataron a un muchacho de 17 años.",
    # a clash between protesters and the police
    "Decenas de manifestantes y policías se enfrentaron el lunes frente a la gobernación de Oruro; "
    "un minero murió y once personas resultaron heridas.",
    # arson by the protesters
    "Durante la protesta del martes, un grupo de pobladores incendió la sede de la fiscalía de Juliaca.",
    # a killing told inside the strike's day
    "Un camionero fue asesinado a tiros en el paro nacional de transportistas en la vía a Buenaventura.",
    # a wound told with "fue herido" while the police cleared a road the strikers had blocked
    "Una enfermera fue herida el martes cuando la policía quiso despejar el puente que bloqueaban "
    "los trabajadores de salud en protesta por sus sueldos atrasados.",
])
def test_violence_inside_a_protest_is_the_protest(text):
    got = types(text)
    assert "protest" in got
    assert not [t for t in got if FAMILY[t] == "violent"]


@pytest.mark.parametrize("text,etype", [
    # the victim led protests once; hired gunmen killed him: a killing
    ("Sicarios asesinaron el lunes a un dirigente que había encabezado las protestas contra la minera "
     "en Cajamarca.", "killing"),
    # an armed group fired at a march: the armed group's attack (the corpus convention)
    ("Hombres armados dispararon contra la marcha campesina en la vía a Toribío y dejaron dos heridos.", "attack"),
    # a fight between gangs in a prison, with no protest word
    ("Reclusos de dos bandas se enfrentaron en la cárcel de Guayaquil; murieron doce internos.", "armed_clash"),
    # a march called for after the attack does not frame the attack
    ("Un grupo armado perpetró un atentado contra la sede del sindicato en Barrancabermeja y la dirigencia "
     "convocó a una marcha para el viernes.", "attack"),
    # troops against dissidents, "en marcha" in the sense of under way
    ("El Ejército puso en marcha un operativo y se enfrentó a disidentes de las FARC en la vereda "
     "La Esperanza; murieron tres guerrilleros.", "armed_clash"),
])
def test_armed_actors_and_other_senses_keep_the_violent_type(text, etype):
    got = extract(text)
    assert etype in [e.type for e in got]
    # the march shot at may be an event of its own, but the shots and their toll are the attack's
    assert not [e for e in got if e.type == "protest" and (e.killed or e.wounded)]


def test_a_clash_takes_the_protest_frame_of_its_paragraph():
    text = ("Comuneros de Espinar mantienen bloqueada la vía de acceso a la mina\n"
            "Cientos de comuneros bloquearon desde el lunes la carretera que lleva a la mina, en rechazo al "
            "incumplimiento del convenio marco. El miércoles por la tarde se produjo un enfrentamiento con la "
            "Policía cuando los agentes intentaron abrir el paso.")
    got = extract(text, "2024-10-10")
    assert [e.type for e in got if FAMILY[e.type] == "violent"] == []
    assert "protest" in [e.type for e in got]


def test_a_clash_with_the_police_without_a_protest_frame_stays_a_clash():
    text = ("Policías y presuntos integrantes de una banda de asaltantes se enfrentaron la noche del sábado "
            "en el distrito de Independencia; un agente resultó herido.")
    got = types(text, "2024-03-04")
    assert "armed_clash" in got or "attack" in got
    assert "protest" not in got


@pytest.mark.parametrize("text,sub_event,cameo_root", [
    # protesters' violence: a violent demonstration (CAMEO 145, riot)
    ("Los manifestantes apedrearon y quemaron dos patrullas frente a la prefectura de Potosí durante la "
     "huelga de los mineros.", "Violent demonstration", "14"),
    # deaths from the force used on the protest: excessive force against protesters
    ("Dos campesinos murieron por impactos de bala durante el desbloqueo del puente Montalvo, en Moquegua.",
     "Excessive force against protesters", "17"),
])
def test_the_acled_sub_event_follows_who_did_what(text, sub_event, cameo_root):
    got = [e for e in extract(text) if e.type == "protest"]
    assert got, text
    assert got[0].sub_event_type == sub_event
    assert got[0].event_type in ("Protests", "Riots")
    assert got[0].cameo.startswith(cameo_root)


def test_protest_variant_reads_the_sentence():
    cues = load_framing()
    assert protest_variant(match_key("los manifestantes atacaron la comisaria"), "attack", cues) == "violent"
    assert protest_variant(match_key("los antimotines dispersaron la marcha con gases lacrimogenos"),
                           "attack", cues) == "intervention"
    assert protest_variant(match_key("un joven murio de un disparo en la protesta"), "killing", cues) == "lethal"
    assert protest_variant(match_key("se enfrentaron con la policia en la marcha"), "armed_clash", cues) == "violent"


def test_the_data_file_is_valid_and_checked(monkeypatch):
    cues = load_framing()
    assert cues.retype <= set(FAMILY)
    assert all(FAMILY[t] == "violent" for t in cues.retype)
    # every pattern list is used and matches a phrase written for it
    assert cues.protest_nouns.search(match_key("durante el paro nacional agrario"))
    assert cues.protesters.search(match_key("los huelguistas"))
    assert cues.policing.search(match_key("bombas lacrimógenas"))
    assert cues.armed_actors.search(match_key("un comando guerrillero"))
    assert not cues.protest_nouns.search(match_key("puso en marcha el plan"))
    assert not cues.protest_nouns.search(match_key("murió de un paro cardíaco"))
    # a malformed file is refused with the file's name
    load_framing.cache_clear()
    monkeypatch.setattr(framing, "read_data_yaml", lambda name: {"schema_version": 1, "retype": ["killing"]})
    with pytest.raises(DataFileError, match="framing.yaml"):
        load_framing()
    monkeypatch.setattr(framing, "read_data_yaml",
                        lambda name: {"retype": ["no_such_type"], **{k: ["x"] for k in framing._KEYS}})
    with pytest.raises(DataFileError, match="framing.yaml"):
        load_framing()
    load_framing.cache_clear()


def test_a_clash_right_after_a_protest_sentence_is_the_protest():
    text = ("Los comuneros bloquearon de nuevo la carretera y chocaron con el cordón policial. "
            "Aquello derivó en un enfrentamiento en el que murió un estudiante de 22 años.")
    got = types(text, "2024-12-03")
    assert "protest" in got and "armed_clash" not in got


def test_a_mobilisation_of_people_is_a_protest_and_one_of_troops_is_not(nlp):
    # (a bare "movilización" stays a weak mention that only supports a protest already told)
    from cronica.extraction.triggers import find_triggers

    def kept(sentence):
        doc = nlp(sentence)
        return {t.type for s in doc.sents for t in find_triggers(s) if not t.dropped and t.strength == "strong"}
    assert "protest" in kept("La movilización del sábado, convocada por los gremios de transportistas, "
                             "recorrió el centro de Lima.")
    assert "protest" not in kept("El ministerio ordenó la movilización de tropas hacia la frontera para "
                                 "reforzar el control contra el contrabando.")


def test_an_operation_in_a_sentence_about_the_protesters_is_the_protest():
    got = extract("Los agentes antimotines desalojaron a los manifestantes de la plaza de Armas de Cusco en un "
                  "operativo que duró dos horas.", "2024-01-20")
    assert [e.type for e in got] == ["protest"]
    assert got[0].sub_event_type == "Protest with intervention"


def test_an_operation_told_as_the_setting_of_an_incident_already_reported_is_not_another_event():
    text = ("La Policía capturó a dos hombres con 40 kilos de cocaína en un puesto de control de la carretera "
            "a Copacabana. La operación se realizó en la madrugada del martes.")
    # (the cocaine taken from the two men is the seizure beside the arrest: annotation conventions)
    assert sorted(types(text, "2024-06-12")) == ["arrest", "seizure"]
    # ... but an operation launched as an act of its own is one
    text = ("La Policía capturó el lunes a dos hombres con 40 kilos de cocaína en un puesto de control de la "
            "carretera a Copacabana. Al día siguiente, el Ejército lanzó la operación Cóndor en la frontera.")
    assert sorted(types(text, "2024-06-12")) == ["arrest", "security_operation", "seizure"]


def test_an_operation_told_before_the_arrests_and_seizures_made_in_it_is_their_frame():
    # the operation first, what it yielded next under "Durante el operativo" / "Resultados:": the arrests
    # and the seizures are the events, not the operation
    text = ("La Policía Nacional ejecutó el martes 4 de marzo un operativo en el barrio San Roque de Machala "
            "contra una banda de extorsionadores. Durante el operativo se aprehendió a seis personas. "
            "Además se incautaron tres pistolas y 200 cartuchos.")
    assert sorted(types(text, "2025-03-05")) == ["arrest", "seizure"]
    text = ("Militares y policías ejecutaron el sábado ocho allanamientos en la parroquia Tenguel.\n"
            "Resultados:\n- 5 personas aprehendidas.\n- 2 fusiles y 90 municiones decomisados.")
    assert sorted(types(text, "2025-03-09")) == ["arrest", "seizure"]
    # ... but not when the operation freed captives, or when its outcomes tell shots or a casualty
    text = ("Dos comerciantes secuestrados fueron liberados el martes durante una operación policial en una "
            "vivienda de Daule. En el operativo se aprehendió a tres hombres que los custodiaban.")
    assert "security_operation" in types(text, "2025-03-05")
    text = ("El Ejército ejecutó el martes una operación en el sector de La Unión contra una banda armada. "
            "Durante la operación, un sujeto que disparó contra los soldados fue neutralizado y se aprehendió "
            "a cuatro personas.")
    assert "security_operation" in types(text, "2025-03-05")
    # an operation with no outcome told under it stays
    text = ("La Policía Nacional ejecutó el martes un operativo en el barrio San Roque de Machala contra "
            "una banda de extorsionadores. El ministro dijo que los controles seguirán toda la semana.")
    assert types(text, "2025-03-05") == ["security_operation"]


def test_a_numbered_point_opening_with_como_resultado_tells_the_operations_yield():
    # a communiqué: the raids in one numbered point, "Como resultado, se capturó a ..." in the next
    text = ("1. El 3 de mayo de 2025, agentes de la Policía Nacional, con apoyo de la Fiscalía, ejecutaron "
            "ocho allanamientos en los barrios La Unión y El Carmen de Tumbes.\n"
            "2. Como resultado, se capturó a seis presuntos integrantes de la banda Los Injertos del Norte.\n"
            "3. En los inmuebles se incautó dos pistolas y 90 cartuchos.")
    assert sorted(types(text, "2025-05-04")) == ["arrest", "seizure"]
    # ... not when the result is a casualty: the operation is then an event of its own
    text = ("1. El 3 de mayo de 2025, agentes de la Policía Nacional ejecutaron ocho allanamientos en el "
            "barrio La Unión de Tumbes.\n"
            "2. Como resultado, un sujeto que disparó contra los agentes fue abatido y se capturó a otros dos.")
    assert "security_operation" in types(text, "2025-05-04")


def test_carrying_out_an_operation_is_no_killing():
    # "ejecutar" with an operation noun as its object ("ejecutó un megaoperativo") kills nobody
    got = extract("El 9 de junio de 2025, la Policía ejecutó un megaoperativo con diez allanamientos en "
                  "Chiclayo contra una red de extorsionadores.", "2025-06-10")
    assert [e.killed for e in got if e.killed] == []


def test_the_data_file_says_where_its_facts_come_from():
    from importlib import resources

    text = resources.files("cronica.data.es").joinpath("framing.yaml").read_text("utf-8")
    header = "\n".join(line for line in text.splitlines()[:20] if line.startswith("#"))
    assert "Sources" in header and "ACLED" in header


def test_a_death_while_police_clear_a_road_closure_is_the_protest():
    # "el cierre de la ruta" names the blockade; "despejaban" the police clearing it
    got = types("Un agricultor murió baleado el jueves cuando policías despejaban el cierre de la ruta 7 "
                "que mantenían cientos de productores de soja en Caaguazú.")
    assert "protest" in got
    assert not [t for t in got if FAMILY[t] == "violent"]


def test_a_rescue_with_the_captors_arrest_is_its_own_operation():
    # the rescue is an outcome of its own (annotation conventions), next to the arrest of the captors
    got = types("Los rehenes fueron rescatados el viernes por agentes antisecuestro en una vivienda de "
                "Cúcuta, donde fueron capturados tres hombres que los vigilaban.")
    assert "security_operation" in got and "arrest" in got


def test_a_death_during_the_eviction_of_a_land_occupation_the_sentence_reports_is_the_protest():
    # the sentence's own protest ("la toma de terrenos") frames the death told with it
    got = types("Un hombre de 30 años murió de un disparo el martes durante el desalojo de una toma de terrenos "
                "en las afueras de Salta, donde unas 200 familias pedían lotes para vivir.")
    assert "protest" in got
    assert not [t for t in got if FAMILY[t] == "violent"]


def test_a_prison_riot_with_the_inmates_demand_is_one_protest_headline_and_retaking_included():
    text = ("Motín en el penal de Chimbote deja dos reclusos muertos\n\n"
            "Dos reclusos murieron y cinco guardias resultaron heridos el domingo durante el motín que "
            "unos 200 internos iniciaron para exigir el fin del hacinamiento en el penal de Chimbote. "
            "La policía retomó el control del pabellón al anochecer.")
    got = types(text)
    assert "protest" in got
    assert not [t for t in got if FAMILY[t] in ("violent", "operation")], got


def test_a_prison_riot_told_as_a_fight_between_inmates_stays_violent():
    got = types("Un motín en la cárcel de Tuluá dejó seis reclusos muertos tras una pelea entre internos de dos "
                "pabellones.")
    assert "protest" not in got and [t for t in got if FAMILY[t] == "violent"], got


def test_a_killing_told_far_from_the_protest_is_a_killing():
    # "a unos 40 kilómetros del bloqueo": the place is elsewhere, the protest does not frame it
    got = types("El dirigente del sindicato fue asesinado a tiros el sábado en la puerta de su casa, a unos 40 "
                "kilómetros del bloqueo que mantenían los cañeros en la vía a Tuluá.")
    assert "killing" in got and "protest" not in got, got


def test_civilians_killed_in_an_attack_told_as_such_keep_the_attack():
    # the shared gold convention: the type follows the text's framing, an attack with civilian dead stays an
    # attack (data/es/framing.yaml header); a killing told as such stays a killing
    got = types("Un ataque armado contra un bus de pasajeros en la carretera a Ocotal dejó tres civiles muertos.")
    assert "attack" in got and "killing" not in got, got
    assert "killing" in types("Sicarios asesinaron a tres comerciantes en el mercado de Comayagüela.")


def test_a_killing_the_story_then_tells_as_a_clash_is_the_clash():
    text = ("Soldados abaten a cuatro hombres armados en Reynosa\n\n"
            "Cuatro presuntos integrantes de una banda murieron el domingo en un enfrentamiento con una patrulla "
            "del Ejército en la colonia Las Cumbres de Reynosa.")
    got = types(text)
    assert got.count("armed_clash") == 1 and "killing" not in got, got


@pytest.mark.parametrize("text,victims", [
    ("Pistoleros atacaron a tiros una cantina del barrio San Rafael en Culiacán y mataron a tres clientes.",
     "clientes"),
    ("Dos sujetos dispararon contra una camioneta de pasajeros en la salida a Chiquimula y asesinaron al chofer "
     "y a una mujer.", "chofer"),
])
def test_a_killing_told_with_the_armed_attack_on_a_place_is_the_attack(text, victims):
    [e] = extract(text)
    assert e.type == "attack", e.type
    # the victims the killing's verb names stay the target (not the place attacked)
    assert e.actor2 is not None and victims in (e.actor2.as_written or ""), e.actor2


@pytest.mark.parametrize("text", [
    # an attack on a person is the killing
    "Dos sicarios dispararon contra el concejal a la salida de su casa en Pereira y lo mataron.",
    # armed men bursting into a house and killing a family: the killing (own corpus a-078)
    "Hombres armados irrumpieron en la casa de una familia campesina y asesinaron a sus cuatro miembros.",
    # killed in an attack told by its noun: the killing (shared gold)
    "El alcalde fue asesinado en un ataque contra su caravana en el que murieron otras dos personas.",
])
def test_other_killings_told_with_an_attack_stay_killings(text):
    assert "killing" in types(text), types(text)


def test_the_attack_cues_are_data():
    cues = load_framing()
    assert cues.attacked_places.fullmatch(match_key("autobús")) and cues.attacked_places.fullmatch("cantinas")
    assert not cues.attacked_places.fullmatch(match_key("concejal"))
    assert cues.attack_verbs.match(match_key("dispararon")) and not cues.attack_verbs.match(match_key("irrumpieron"))


@pytest.mark.parametrize("text,etype", [
    ("Sicarios mataron a dos soldados en la carretera que une Tumaco con Pasto.", "attack"),
    ("Desconocidos acribillaron a una patrulla de la policía municipal en las afueras de Celaya.", "attack"),
    # one officer, off duty: the killing (own gold)
    ("Un agente de la policía que estaba de licencia fue asesinado frente a su casa en Soyapango.", "killing"),
])
def test_forces_killed_as_a_group_or_unit_are_attacked_and_one_officer_is_killed(text, etype):
    assert types(text) == [etype], types(text)


def test_the_bodies_of_officers_found_are_a_killing():
    assert types("Hallan sin vida a dos policías municipales que habían sido secuestrados el viernes en Zapopan.") \
        .count("attack") == 0


def test_an_occupation_evicted_with_or_without_force_is_one_protest():
    got = types("Familias sin techo ocuparon un predio en Luque y fueron desalojadas por la policía con "
                "balines de goma y gases.")
    assert got == ["protest"], got
    # without force too: corpus/README.md "Evictions" (session 17), "whether or not the occupants
    # resisted", one protest and no security_operation
    got = types("Cien carabineros desalojaron el martes una toma de terrenos en La Pintana sin incidentes.")
    assert got == ["protest"], got


def test_a_detention_followed_by_disappearance_is_one_disappearance():
    got = types("Un dirigente estudiantil fue desaparecido tras ser detenido por militares en un retén de Arauca.")
    assert got == ["disappearance"], got
