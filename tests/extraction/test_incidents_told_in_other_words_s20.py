"""Session 20 (issue 10, "one event per incident, and every incident"): incidents whose report
sentence tells them in words the trigger lexicon missed, so that the incident was lost or was
founded only by a later reference to it ("el vehículo usado en el ataque") with that later
sentence's day and place. Shots told as "abrir fuego", and an abduction told as people forced
into a vehicle ("lo obligaron a subir a una camioneta"). Texts written for these tests."""
import cronica

from event_checks import told, violent_types


def _types(text, published="2025-03-10"):
    return [e.type for e in cronica.extract(text, published=published)]


def test_shots_told_as_opening_fire_are_the_attack():
    text = ("Dos desconocidos abrieron fuego contra una patrulla de la Policía en la vía a Tuluá la "
            "noche del martes. Un agente resultó herido en una pierna.")
    evs = cronica.extract(text, published="2025-03-13")
    assert [e.type for e in evs] == ["attack"], told(evs)
    assert evs[0].date.value == "2025-03-11"
    assert evs[0].wounded.best == 1


def test_a_court_report_of_the_arrests_still_tells_the_shooting():
    # the arrest of the gunmen is today's; the shooting, told after it in other words, is Saturday's
    text = ("Capturan a dos hombres por el ataque a un policía en Palmira\n"
            "Dos hombres fueron capturados este jueves en el barrio Zamorano, en Palmira, acusados de "
            "herir a un patrullero el sábado.\n"
            "El patrullero, de 28 años, se acercó a una moto sin placas en la calle 42 cuando el "
            "parrillero abrió fuego y lo hirió en un brazo. Está fuera de peligro.")
    evs = cronica.extract(text, published="2025-03-13")
    types = sorted(e.type for e in evs)
    assert types == ["arrest", "attack"], told(evs)


def test_opening_fire_in_a_clash_stays_one_incident():
    text = ("Al verse descubiertos, los guerrilleros abrieron fuego contra la patrulla, que repelió la "
            "agresión. En el enfrentamiento murió un soldado.")
    assert len(violent_types(text)) == 1


def test_shots_in_the_air_are_no_attack():
    text = ("Un policía abrió fuego al aire para dispersar a los hinchas que se peleaban a la salida del "
            "estadio de Manizales.")
    assert violent_types(text) == []


def test_a_person_forced_into_a_vehicle_by_armed_men_is_the_abduction():
    text = ("El martes por la tarde, en el cantón Quinindé, tres hombres armados interceptaron el auto "
            "de un comerciante, lo obligaron a subir a una camioneta y huyeron con rumbo desconocido.")
    assert _types(text) == ["kidnapping"]


def test_a_headline_abduction_told_in_the_body_in_other_words_is_one_event():
    text = ("Secuestran a ganadero en Arauca\n"
            "El lunes en la noche, hombres armados lo obligaron a subir a una camioneta frente a su finca "
            "de la vereda Caño Limón, en Arauquita.")
    evs = cronica.extract(text, published="2025-03-12")
    assert [e.type for e in evs] == ["kidnapping"], told(evs)
    assert evs[0].date.value == "2025-03-10"


def test_a_patient_helped_into_an_ambulance_is_no_abduction():
    text = ("Los paramédicos lo obligaron a subir a la ambulancia para llevarlo al hospital de Ibarra "
            "tras la caída.")
    assert "kidnapping" not in _types(text)


def test_armed_men_stopping_a_truck_make_no_arrest():
    text = ("El martes en la madrugada, un grupo de encapuchados detuvo un camión forestal en la ruta a "
            "Collipulli y le prendió fuego. El chofer salió ileso.")
    types = _types(text, published="2025-03-13")
    assert "arrest" not in types
    assert types == ["attack"]


def test_a_driver_stopped_by_hooded_men_is_no_arrest():
    text = ("Soy transportista. El 2 de marzo, de madrugada, unos encapuchados me detuvieron en la ruta 5, "
            "me hicieron bajar a punta de escopeta y le prendieron fuego a mi camión.")
    assert _types(text) == ["attack"]


def test_the_police_detaining_gunmen_is_still_an_arrest():
    text = ("La Policía detuvo el martes en Ercilla a dos sicarios que huían en una camioneta robada.")
    assert _types(text, published="2025-03-13") == ["arrest"]


def test_shots_from_a_shotgun_that_wound_with_buckshot_are_the_attack():
    # (buckshot is no rubber bullet: "perdigones" from a shotgun wound)
    text = ("Dos encapuchados abrieron fuego con una escopeta contra el guarda de una finca de Linares "
            "el martes por la noche; el guarda resultó herido por perdigones en una pierna.")
    evs = cronica.extract(text, published="2025-03-13")
    assert [e.type for e in evs] == ["attack"], told(evs)
    assert evs[0].wounded.best == 1


def test_a_motive_told_later_of_the_massacre_is_no_second_incident():
    # a statement days later that names the incident with another word, to give its motive
    text = ("Ataque armado en una cantina de Machala deja cuatro muertos\n"
            "Cuatro hombres murieron la noche del sábado cuando sujetos armados dispararon contra los "
            "clientes de una cantina del barrio Las Brisas, en Machala.\n"
            "El domingo murió en el hospital uno de los heridos.\n"
            "El lunes, el jefe policial de la zona dijo que la masacre responde a una disputa entre "
            "bandas por el cobro de extorsiones.")
    evs = cronica.extract(text, published="2025-03-11")
    assert len(evs) == 1, told(evs)


def test_a_motive_predicate_does_not_hide_a_new_incident_told_by_its_verb():
    text = ("Dos hombres armados asesinaron el viernes a un comerciante en Babahoyo. "
            "La Policía dijo que el crimen está relacionado con extorsiones.")
    evs = cronica.extract(text, published="2025-03-10")
    assert [e.type for e in evs] == ["killing"], told(evs)
