"""One event per incident, none from what is not one (issue 10): the sentences that support an
incident already told - its other victims, the captors' blows, a witness's account, the operation a
patrol was coming back from, a wound the hospital describes - join it or are no event; a human-rights
group's list is no designation. Sentences written for these tests (CC0)."""

from event_checks import told, one_event as _one_event


PUBLISHED = "2025-09-16"


def one_event(extract, text, etype, published=PUBLISHED):
    return _one_event(extract, text, etype, published)


# -- "otros tres": the other victims of the sentence's incident (incidents.other_victims_only)

def test_the_other_wounded_of_the_same_sentence_are_the_same_incident(extract):
    text = ("Tres guardias muertos en ataque a un puesto de control en Tumaco\n"
            "Tres guardias de una empresa de seguridad murieron y otros dos sufrieron heridas de bala la "
            "noche del lunes cuando hombres armados dispararon contra el puesto de control del puerto de Tumaco.")
    ev = one_event(extract, text, "attack")
    assert ev.killed.best == 3 and ev.wounded.best == 2


def test_killed_and_the_others_wounded_told_by_verbs_are_one_incident(extract):
    text = ("El sábado, una columna armada atacó el caserío Las Palmas, en el distrito de Pangoa. "
            "Mataron a seis campesinos e hirieron a otros nueve.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 1, told(evs)
    assert evs[0].killed.best == 6 and evs[0].wounded.best == 9


def _marks(text):
    from cronica.extraction.counts import find_counts
    from cronica.extraction.incidents import other_victims_only
    from cronica.extraction.triggers import find_triggers, load_filters
    from cronica.nlp.load import load_nlp

    sent = next(load_nlp()(text).sents)
    counts = find_counts(sent)
    return [(sent.doc[t.token_i].text, other_victims_only(t, sent.doc[t.token_i], counts, load_filters().new_incident))
            for t in find_triggers(sent) if t.new_incident]


def test_other_victims_with_no_figure_before_them_keep_the_mark_of_another_incident():
    assert _marks("Horas después, otros dos fueron asesinados a balazos en Zamora.") == [("asesinados", False)]
    assert _marks("Mataron a cinco campesinos e hirieron a otros ocho.") == [("hirieron", True)]


# -- the blows with which captors take their captive (triggers.py, filters.yaml captors_acts)

def test_the_captors_blows_told_with_the_abduction_are_the_kidnapping(extract):
    text = ("El jueves por la noche, tres hombres armados irrumpieron en una granja de Yby Yaú, "
            "golpearon al cuidador y se llevaron al dueño, un ganadero de 58 años.")
    one_event(extract, text, "kidnapping")


def test_a_witness_account_of_the_kidnapping_just_told_joins_it(extract):
    text = ("Un ingeniero de 41 años fue secuestrado el martes por la noche por un grupo de hombres armados "
            "en una finca de la vereda El Retiro, en el municipio de Tame, Arauca.\n"
            "Según el relato de los vecinos, seis hombres con uniformes camuflados llegaron en motocicletas, "
            "quemaron dos tractores y se llevaron al ingeniero hacia la montaña.")
    one_event(extract, text, "kidnapping")


def test_a_shooting_that_kills_is_not_the_captors_blows(extract):
    text = ("El domingo, hombres armados irrumpieron en una vivienda de Chilapa, mataron a balazos a un "
            "hombre de 40 años y se llevaron a su hijo.")
    assert "killing" in [e.type for e in extract(text, published=PUBLISHED)]


# -- the operation a patrol was coming back from (framing.py operation_setting.return_verbs)

def test_the_operation_a_patrol_came_back_from_is_the_setting_of_its_ambush(extract):
    text = ("Dos soldados murieron el viernes al ser emboscada su patrulla en la vía entre Llochegua y "
            "Canayre, en Ayacucho. Según el Ejército, los atacantes dispararon desde la quebrada contra "
            "el camión militar, que regresaba de un operativo de erradicación.")
    one_event(extract, text, "ambush")


def test_an_operation_of_its_own_is_still_an_event(extract):
    text = ("El viernes, la Policía realizó un operativo antidrogas en el caserío Palmapampa, en Ayacucho, "
            "y destruyó tres laboratorios de pasta básica.")
    assert extract(text, published=PUBLISHED), "the operation and its outcome are still told"


# -- a wound the victim "had" is a description (triggers.yaml, herido de bala unless_near)

def test_the_wound_a_victim_had_is_no_second_attack(extract):
    text = ("Un agricultor murió el miércoles durante el operativo policial para despejar la carretera "
            "Panamericana en Piura, bloqueada desde hacía cuatro días por los arroceros.\n"
            "El fallecido, de 51 años, presentaba una herida de bala en el abdomen, según el informe del "
            "hospital regional.")
    ev = one_event(extract, text, "protest")
    assert ev.killed.best == 1


def test_wounded_by_a_bullet_told_alone_is_still_an_attack(extract):
    one_event(extract, "El martes por la noche, un mototaxista fue herido de bala por dos desconocidos "
                       "en el barrio Villa Hermosa, en Tumbes.", "attack")


# -- police clearing a blockade with casualties is the protest (framing.py)

def test_clearing_a_blockade_with_a_death_is_the_protest(extract):
    text = ("Un comunero murió y al menos quince personas resultaron heridas el lunes durante el operativo "
            "de desbloqueo de la carretera Oruro - Potosí, en el municipio de Challapata.")
    ev = one_event(extract, text, "protest")
    assert ev.killed.best == 1


# -- bodies reported and the abduction that named their victims (triggers.yaml)

def test_bodies_reported_by_passers_by_are_a_killing(extract):
    text = ("El lunes por la mañana, vecinos de la colonia Las Huertas, en Zamora, reportaron el hallazgo de "
            "dos cuerpos con signos de tortura a un costado de la carretera.")
    ev = one_event(extract, text, "killing")
    assert ev.killed.best == 2


def test_victims_described_by_their_abduction_give_no_second_kidnapping(extract):
    text = ("Un grupo armado se llevó por la fuerza a cuatro jornaleros la noche del viernes en una parcela de "
            "la comunidad El Pirul, en Zamora, Michoacán.\n"
            "El domingo, automovilistas reportaron tres cuerpos a un costado de la carretera federal 15; la "
            "Fiscalía confirmó que se trata de tres de los jornaleros privados de la libertad.")
    evs = extract(text, published=PUBLISHED)
    assert sorted(e.type for e in evs) == ["kidnapping", "killing"], told(evs)


# -- explosives thrown: posts and witnesses say "tirar" (triggers.yaml)

def test_an_explosive_thrown_at_a_door_is_a_bombing(extract):
    text = ("AHORITA en la avenida Grau: acaban de tirar un explosivo en la puerta de una cevichería, "
            "hay un herido y los vidrios por toda la pista.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["bombing"]


def test_explosives_dropped_by_drones_told_in_the_present_are_a_bombing(extract):
    text = ("Están tirando explosivos con drones sobre las casas de la vereda El Diamante desde la madrugada, "
            "la gente se fue a la escuela.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["bombing"]


def test_a_charge_released_from_a_drone_is_a_bombing(extract):
    one_event(extract, "El 2 de septiembre, un dron soltó una carga explosiva sobre una vivienda de la vereda "
                       "San Isidro, en Tibú.", "bombing")


# -- designations are lists of armed or criminal groups, or sanctions (triggers.yaml)

def test_a_human_rights_list_of_political_prisoners_is_no_designation(extract):
    text = ("Una organización de derechos humanos incluyó al periodista Mario Pérez en su lista de presos "
            "políticos, que ya supera los cien nombres.")
    assert "designation" not in [e.type for e in extract(text, published=PUBLISHED)]


def test_a_government_listing_a_gang_as_terrorist_is_a_designation_with_its_day_between(extract):
    one_event(extract, "El Gobierno incluyó el lunes a la banda Los Rápidos en la lista de organizaciones "
                       "terroristas.", "designation")


# -- incidents that stay apart: a phase of the operation elsewhere, an older victim with its own day

def test_a_simultaneous_phase_of_the_operation_elsewhere_is_an_arrest_of_its_own(extract):
    text = ("La Policía Nacional detuvo el lunes en Almería a un joven de 22 años por difundir propaganda "
            "yihadista en redes sociales.\n"
            "En una segunda fase de la operación, los agentes detuvieron en Lleida a un hombre de 35 años que "
            "le enviaba dinero.")
    evs = extract(text, published=PUBLISHED)
    assert [e.type for e in evs] == ["arrest", "arrest"], told(evs)


def test_another_victim_on_a_day_of_its_own_is_an_older_incident(extract):
    text = ("Un chofer de autobús murió baleado el lunes por la mañana en una parada de la colonia Centro, "
            "en Mixco. El 3 de agosto, otro chofer de la misma ruta fue asesinado a balazos en la "
            "colonia El Milagro, también en Mixco.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 2, told(evs)


def test_chemical_agents_the_police_used_at_a_blockade_are_no_chemical_bombing(extract):
    text = ("Un transportista murió y once personas resultaron heridas el martes cuando policías y militares "
            "intentaron despejar el bloqueo de la carretera en Caranavi.\n"
            "Según la familia, el fallecido presentaba una herida de bala en el cuello; el Gobierno sostuvo que "
            "los uniformados solo usaron agentes químicos.")
    assert "bombing" not in [e.type for e in extract(text, published=PUBLISHED)]
