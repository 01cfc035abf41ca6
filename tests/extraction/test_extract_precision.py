"""Texts that are not conflict reports give no events; retold incidents point back (our own texts)."""
import pytest

from cronica.extraction.triggers import accidental_blast_document, opening_sense


PUBLISHED = "2024-05-10"


@pytest.mark.parametrize("text", [
    # a gas leak named after the blast
    "Dos muertos por una explosión en un edificio de Valparaíso\n\n"
    "Una fuerte explosión sacudió la mañana del jueves un edificio de cuatro pisos en el cerro Alegre. "
    "Dos vecinos murieron y otros cinco resultaron heridos.\n\n"
    "Los bomberos indicaron que la causa más probable fue una fuga de gas en el segundo piso.",
    # a coal mine: the blast told with no word of an attack anywhere
    "Nueve mineros muertos tras explosiones en una mina de Boyacá\n\n"
    "Tres explosiones sucesivas ocurrieron la noche del lunes en los túneles de una mina de Samacá. "
    "Nueve trabajadores fallecieron y cuatro siguen atrapados, según la gobernación.",
    # a boiler
    "La explosión de una caldera en una lavandería de Puebla dejó un muerto y tres heridos el sábado.",
])
def test_an_accidental_blast_is_no_bombing(extract, text):
    assert not [e for e in extract(text, published=PUBLISHED) if e.type == "bombing"]


def test_a_bomb_blast_stays_a_bombing(extract):
    text = ("Atentado contra una estación de policía en el Cauca\n\n"
            "Un artefacto explosivo estalló la madrugada del martes frente a la estación de policía de Suárez. "
            "La explosión dejó dos agentes heridos, informó el Ejército, que atribuyó el ataque a la guerrilla.")
    assert [e for e in extract(text, published=PUBLISHED) if e.type == "bombing"]


def test_accident_cues_are_read_over_the_whole_document():
    assert accidental_blast_document("Estalló un depósito. Horas después se supo que guardaban pirotecnia.")
    assert accidental_blast_document("La explosión ocurrió en el tercer piso. Dos personas murieron. "
                                     "Los peritos revisan el edificio.", sentences=3)
    # a terse report may leave the attack unsaid
    assert not accidental_blast_document("Una explosión destruyó un puente en Ayacucho.", sentences=1)
    assert not accidental_blast_document("La explosión de un coche bomba dejó dos muertos frente al cuartel.")


@pytest.mark.parametrize("text", [
    "Un turista murió atacado por un tiburón en una playa de Acapulco\n\n"
    "El ataque ocurrió el domingo por la tarde, a pocos metros de la orilla. "
    "El hombre, de 52 años, murió camino al hospital tras el ataque.",
    "Enjambre de abejas ataca a un grupo de escolares en Santa Cruz\n\n"
    "Doce niños fueron atacados el miércoles a la salida de la escuela y uno murió en la clínica.",
])
def test_a_headline_in_another_sense_frames_the_whole_text(extract, text):
    assert extract(text, published=PUBLISHED) == []


def test_sports_and_fiction_headlines_do_not_silence_the_report():
    # "cancha" or "película" in a headline open real reports too: those senses stay sentence-bound
    assert opening_sense("Cinco muertos en un ataque armado contra una cancha de fútbol en Cali") is None
    assert opening_sense("Tiburón ataca a un surfista en Colima") == "animals"


@pytest.mark.parametrize("text", [
    "Simulacro de toma de rehenes en la terminal de buses de Cuenca\n\n"
    "Decenas de agentes participaron el martes en el ejercicio. Los falsos secuestradores retuvieron "
    "a doce pasajeros durante una hora antes de la intervención del grupo especial.",
    "El ciclista colombiano lanzó un ataque a tres kilómetros de la meta y dejó atrás al líder de la carrera.",
    # a drill stages the bomb squad's find too (session 18, part z)
    "Simulacro de atentado en la estación central de Valparaíso\n\n"
    "Los equipos especiales rescataron a los supuestos rehenes y los artificieros desactivaron el falso "
    "artefacto explosivo y decomisaron dos pistolas de utilería.",
])
def test_drills_and_races_are_not_incidents(extract, text):
    assert extract(text, published=PUBLISHED) == []


def kept(pipeline, text):
    from cronica.extraction.triggers import find_triggers

    doc = pipeline.nlp(text)
    return [doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s) if not t.dropped]


@pytest.mark.parametrize("text, gone", [
    ("La Armada descartó que el naufragio se debiera a un ataque de piratas.", "ataque"),
    ("El comandante negó que se hubiera tratado de una emboscada.", "emboscada"),
    ("La aerolínea desmintió que la avioneta fuera derribada por disparos.", "derribada"),
])
def test_an_incident_a_denial_verb_rules_out_is_dropped(pipeline, text, gone):
    assert gone not in kept(pipeline, text)


@pytest.mark.parametrize("text, stays", [
    ("La fiscalía negó que los presos hubieran sido golpeados tras el ataque a la cárcel.", "ataque"),
    ("El gobernador confirmó que se trató de un atentado con explosivos.", "atentado"),
])
def test_what_the_denial_does_not_rule_out_stays(pipeline, text, stays):
    assert stays in kept(pipeline, text)


def test_an_arrest_of_a_named_person_told_again_far_below_is_one_event(extract):
    filler = " ".join(f"El informe policial dedica su punto {n} a los antecedentes de la banda." for n in range(1, 14))
    text = ("La Policía capturó el sábado a alias Careloco, jefe de una banda de extorsionadores, en una finca "
            "de Montería. " + filler + " Según el general a cargo, Careloco fue capturado sin disparar un solo tiro.")
    arrests = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert len(arrests) == 1


@pytest.mark.parametrize("text", [
    "El guardia sufrió un paro cardíaco mientras perseguía al ladrón y murió en la vereda.",
    "La operación quirúrgica duró nueve horas y el paciente se recupera en terapia intensiva.",
    "Durante el mes de marzo, la policía municipal realizó 1.240 detenciones y 85 allanamientos.",
    "Honduras cerró el año con 2.900 homicidios, una baja del 12 % respecto a 2022.",
])
def test_other_senses_and_statistics_are_not_incidents(extract, text):
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize("reaction", [
    'El alcalde de Tumaco condenó "este nuevo ataque contra la población civil" y pidió más tropas.',
    "La gobernadora expresó su rechazo a este nuevo atentado y convocó un consejo de seguridad.",
    "Varias organizaciones sociales condenaron este nuevo crimen contra los líderes de la región.",
])
def test_a_reaction_to_this_new_attack_tells_the_attack_again(extract, reaction):
    """ "este nuevo ataque" under a condemnation points back at the attack just told (the
    demonstrative), "nuevo" only ranks it in a series: one incident, one event."""
    text = ("Atacan a tiros un puesto policial en Nariño\n\n"
            "Hombres armados dispararon la noche del viernes contra el puesto de policía de Barbacoas "
            "y dejaron dos agentes heridos, según el comando departamental. " + reaction)
    evs = extract(text, published=PUBLISHED)
    assert len([e for e in evs if e.type in ("attack", "armed_clash", "killing", "bombing", "ambush")]) == 1, \
        [(e.type, e.evidence.text) for e in evs]


def test_a_new_attack_without_a_demonstrative_is_another_incident(extract):
    text = ("Hombres armados dispararon la noche del viernes contra el puesto de policía de Barbacoas "
            "y dejaron dos agentes heridos. El domingo, un nuevo ataque contra una patrulla en Ricaurte "
            "dejó un soldado muerto.")
    evs = [e for e in extract(text, published=PUBLISHED)
           if e.type in ("attack", "armed_clash", "killing", "bombing", "ambush")]
    assert len(evs) == 2, [(e.type, e.evidence.text) for e in evs]


def test_two_districts_in_two_sentences_stay_two_incidents(extract):
    text = ("Dos soldados murieron el martes en una emboscada en Pichari. "
            "Ese mismo día, un policía fue asesinado a tiros en Kimbiri por desconocidos.")
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "armed_clash", "killing", "ambush")]
    assert len(evs) == 2, [(e.type, e.evidence.text) for e in evs]


VIOLENT = ("attack", "armed_clash", "killing", "bombing", "ambush")


@pytest.mark.parametrize("text", [
    # a headline's killing, the body's ambush and its shooting: one incident
    "Matan a tres soldados en el sur de Bolívar\n\n"
    "Una columna armada emboscó el miércoles a una patrulla del Ejército en una vereda de Santa Rosa del Sur. "
    "Los tres militares murieron en el tiroteo, que duró cerca de una hora, informó la brigada.",
    # an attack told again as a killing by the prosecutor's office, same day and town
    "Desconocidos atacaron a balazos el domingo por la noche una tienda de abarrotes en Zamora, Michoacán. "
    "La fiscalía estatal informó que en el ataque fueron asesinados el dueño del local y un cliente.",
])
def test_one_incident_told_twice_with_other_verbs_is_one_event(extract, text):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in VIOLENT]
    assert len(evs) == 1, [(e.type, e.evidence.text) for e in evs]


def test_the_toll_of_an_incident_told_twice_stays_on_its_one_event(extract):
    text = ("Atacan una patrulla en el sur de Bolívar\n\n"
            "Una columna armada emboscó el miércoles a una patrulla del Ejército en una vereda de Santa Rosa del Sur. "
            "Tres militares murieron y dos quedaron heridos en el tiroteo, informó la brigada.")
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in VIOLENT]
    assert len(evs) == 1, [(e.type, e.evidence.text) for e in evs]
    assert evs[0].killed is not None and evs[0].killed.best == 3


@pytest.mark.parametrize("text", [
    # two stated days
    "Hombres armados asesinaron el 2 de abril a un comerciante en el centro de Tumaco. "
    "El 9 de abril, otro grupo atacó con explosivos la estación de policía del mismo municipio.",
    # two named victims, days apart
    "Sicarios mataron el lunes 3 de junio al dirigente comunal Mario Ortiz Cárdenas en Toribío. "
    "El viernes 7 de junio, en la misma zona, desconocidos asesinaron a la maestra Luisa Ibarra Gómez.",
])
def test_two_incidents_on_different_days_are_two_events(extract, text):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in VIOLENT]
    assert len(evs) == 2, [(e.type, e.evidence.text) for e in evs]


def test_victims_named_apart_keep_two_incidents_apart():
    from cronica.extraction.actors import ActorMention
    from cronica.extraction.decide import person_names

    a = person_names(ActorMention("el dirigente Mario Ortiz Cárdenas", 0, 10))
    b = person_names(ActorMention("la maestra Luisa Ibarra Gómez", 0, 10))
    assert a and b and not a & b
    assert person_names(ActorMention("Ortiz Cárdenas", 0, 10)) & a
    # institutions and places are no victims' names
    assert person_names(ActorMention("la Policía Nacional del Perú", 0, 10)) == set()
    assert person_names(ActorMention("la comisaría de Tumbes", 0, 10)) == set()


@pytest.mark.parametrize("text", [
    # the riot's cause: the search the inmates rose against
    "Motín en la cárcel de Tocuyito\nTres reclusos murieron el martes en un motín en la cárcel de Tocuyito, donde "
    "los internos protestaban contra una requisa de sus celdas.",
    # the bodies found during the search after a fight
    "Pelea en la cárcel de Latacunga\nSeis reos murieron el lunes en una pelea entre bandas en la cárcel de "
    "Latacunga. Otros dos cuerpos fueron hallados durante la requisa que hicieron los militares el martes.",
])
def test_a_prison_search_alone_is_no_seizure(extract, text):
    assert "seizure" not in [e.type for e in extract(text, published=PUBLISHED)]


def test_a_prison_search_joins_the_seizure_it_made(extract):
    text = ("Requisa en el penal de Tacumbú\nAgentes penitenciarios hicieron el sábado una requisa en el penal de "
            "Tacumbú. Durante la requisa se decomisaron tres pistolas y 40 teléfonos celulares.")
    assert [e.type for e in extract(text, published=PUBLISHED)].count("seizure") == 1


@pytest.mark.parametrize("text", [
    "Un dirigente campesino fue sacado de su casa por hombres armados el martes en Tame y hallado sin vida horas "
    "después en una cuneta.",
    "Los dos hermanos fueron sacados de una cantina por hombres armados el sábado en Tumaco y ultimados a pocos metros.",
])
def test_taken_away_and_killed_in_one_telling_is_the_killing(extract, text):
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["killing"]


def test_taken_away_by_armed_men_alone_stays_a_kidnapping(extract):
    text = "Un dirigente campesino fue sacado de su casa por hombres armados el martes en Tame."
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["kidnapping"]
