"""Documents that tell several incidents (session 23, fresh probe zl). Sentences written for these
tests (CC0).

* A headline or a lead that tells two incidents in clauses of their own, cut at a semicolon or at
  "y" before a verb of its own, each with its own day or place ("Cuatro muertos en ataque contra una
  cantina de X; en Y matan a un agente"), gives one mention per clause: each incident keeps its own
  type, date, target and toll, and neither takes the other's. A clause after "y" with no day or
  place of its own ("irrumpió en el bar y abrió fuego contra los clientes") is the same incident.
* A blame told after another incident's report is that incident's, not the one told before it.
* The goods the arrested had on them ("quienes tenían en su poder una escopeta y 30 cartuchos",
  "que portaban un cartucho de dinamita") are a seizure beside the arrest.
* Shots told with "hacer" in the preterite ("hicieron ocho disparos contra la fachada") are an attack.
* The numbered points of a communiqué, each opening with its own day ("2. El miércoles 5 de marzo,
  ..."), are incidents apart, with their goods.
"""
from cronica.extraction.assemble import _DATE_OPENING, _ITEM_MARK

PUBLISHED = "2026-03-09"  # a Monday


def _of(events, etype):
    return [e for e in events if e.type == etype]


def test_a_headline_telling_two_incidents_lends_neither_the_others_fields(extract):
    text = ("Cuatro muertos en ataque armado contra una cantina de Salamanca; en León asesinan a un agente de tránsito\n"
            "Un comando armado irrumpió la noche del sábado en una cantina del barrio San Pedro, en Salamanca, "
            "Guanajuato, y abrió fuego contra los parroquianos; cuatro hombres murieron en el lugar.\n"
            "Horas antes, el viernes por la tarde, un agente de tránsito de León fue asesinado a balazos cuando "
            "dirigía el tráfico en el bulevar Los Olivos.")
    events = extract(text, published=PUBLISHED)
    attacks = [e for e in events if "cantina" in e.evidence.text or (e.actor2 and "parroquianos" in (e.actor2.as_written or ""))]
    assert len(attacks) == 1, [(e.type, e.evidence.text) for e in events]
    cantina = attacks[0]
    assert cantina.type == "attack"
    assert cantina.killed is not None and cantina.killed.best == 4
    assert cantina.date is not None and cantina.date.value == "2026-03-07"
    assert "tránsito" not in (cantina.actor2.as_written or "")
    agent = [e for e in events if e is not cantina and e.type in ("killing", "attack")]
    assert len(agent) == 1, [(e.type, e.evidence.text) for e in events]
    assert agent[0].type == "killing"
    assert agent[0].date is not None and agent[0].date.value == "2026-03-06"
    assert agent[0].killed is not None and agent[0].killed.best == 1


def test_a_headline_telling_a_new_incident_and_an_older_one_keeps_their_days(extract):
    text = ("Matan a tres personas en una fiesta en Quevedo; el martes estalló un coche bomba frente al cuartel de Babahoyo\n"
            "Hombres armados dispararon la noche del domingo contra los invitados a una fiesta en una casa del barrio "
            "Los Almendros, en Quevedo, y mataron a tres personas, informó la Policía.\n"
            "El miércoles de la semana pasada, un coche bomba explotó frente al cuartel de Policía de Babahoyo, sin "
            "causar víctimas.")
    events = extract(text, published=PUBLISHED)
    party = [e for e in events if e.killed is not None and e.killed.best == 3]
    assert len(party) == 1, [(e.type, e.date, e.evidence.text) for e in events]
    assert party[0].type != "bombing"
    assert party[0].date is not None and party[0].date.value == "2026-03-08"


def test_one_incident_told_by_two_verbs_joined_by_y_stays_one(extract):
    text = ("Un grupo armado irrumpió la madrugada del domingo en un bar de la colonia Centro, en Irapuato, "
            "y abrió fuego contra los clientes; tres hombres murieron.")
    events = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "killing", "armed_clash")]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in events]


def test_two_incidents_told_by_verbs_joined_by_y_with_places_of_their_own(extract):
    text = ("Extorsionadores balean un colectivo en Ate y lanzan un explosivo contra una empresa de transportes en Comas\n"
            "La noche del viernes, dos sujetos en moto dispararon contra un colectivo de la empresa Santa Clara en el "
            "distrito de Ate y mataron a su conductor.\n"
            "La madrugada del domingo, un artefacto explosivo estalló en la puerta de una empresa de transportes en "
            "el distrito de Comas, sin dejar heridos.")
    events = extract(text, published=PUBLISHED)
    shot = [e for e in events if e.killed is not None and e.killed.best == 1]
    assert len(shot) == 1 and shot[0].type != "bombing", [(e.type, e.evidence.text) for e in events]
    assert len(_of(events, "bombing")) == 1


def test_a_blame_told_after_another_incident_is_not_the_first_ones(extract):
    text = ("El sábado en la tarde, un tendero fue asesinado a tiros por dos hombres que llegaron en moto a la vereda "
            "El Carmen, en Caldono, Cauca.\n"
            "El domingo en la mañana, un dron cargado con explosivos cayó sobre la estación de Policía de Toribío; "
            "dos policías resultaron heridos.\n"
            "El comandante de la Policía del Cauca atribuyó ese ataque a la columna móvil Dagoberto Ramos.")
    events = extract(text, published=PUBLISHED)
    killing = [e for e in events if e.type == "killing"]
    assert len(killing) == 1, [(e.type, e.evidence.text) for e in events]
    doer = killing[0].actor1
    assert doer is None or "Dagoberto" not in (doer.as_written or "") and "Dagoberto" not in (doer.name or "")


def test_goods_the_arrested_had_on_them_are_a_seizure(extract):
    for text in ("El jueves, agentes de la Policía capturaron en el distrito de Castilla, en Piura, a dos presuntos "
                 "extorsionadores, quienes tenían en su poder una escopeta y 30 cartuchos.",
                 "El jueves, policías detuvieron en el distrito de Sullana a dos sujetos que portaban un cartucho de "
                 "dinamita con mecha."):
        events = extract(text, published=PUBLISHED)
        assert _of(events, "arrest") and _of(events, "seizure"), (text, [e.type for e in events])


def test_armed_doers_told_by_portaban_without_a_figure_are_no_seizure(extract):
    text = "El jueves, dos sujetos que portaban armas dispararon contra una bodega del distrito de Sullana."
    assert not _of(extract(text, published=PUBLISHED), "seizure")


def test_shots_told_with_hacer_in_the_preterite_are_an_attack(extract):
    text = "Desconocidos hicieron al menos seis disparos contra la fachada de una ferretería de Rosario la madrugada del martes."
    assert _of(extract(text, published=PUBLISHED), "attack")


def test_numbered_points_each_opening_with_its_day_are_apart(extract):
    text = ("POLICÍA NACIONAL\nNOTA DE PRENSA\n"
            "1. El lunes 2 de marzo, agentes de la comisaría de Paiján detuvieron a un hombre que transportaba 20 kilos "
            "de marihuana en un camión.\n"
            "2. El miércoles 4 de marzo, agentes de la comisaría de Chicama detuvieron a dos mujeres que transportaban "
            "8 kilos de cocaína en una maleta.")
    events = extract(text, published=PUBLISHED)
    seizures = sorted(e.date.value for e in _of(events, "seizure") if e.date is not None)
    assert seizures == ["2026-03-02", "2026-03-04"], [(e.type, e.date, e.evidence.text) for e in events]


def test_an_item_mark_may_open_a_dated_point():
    assert _DATE_OPENING.fullmatch("3.") and _DATE_OPENING.fullmatch("•") and _DATE_OPENING.fullmatch("2) en")
    assert _ITEM_MARK.fullmatch("12.") and not _ITEM_MARK.fullmatch("Según la Policía,")


def test_in_the_body_a_clause_after_a_semicolon_goes_on_telling_its_incident(extract):
    text = ("El domingo 1 de marzo, cuatro jornaleros que volvían de una finca de la vereda La Palma fueron "
            "asesinados por hombres armados en Tibú; sus cuerpos fueron hallados al día siguiente en una zanja "
            "junto a la vía que conduce a Campo Dos.")
    events = [e for e in extract(text, published=PUBLISHED) if e.type in ("killing", "attack")]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in events]


def test_a_headline_recap_clause_is_no_incident_of_its_own(extract):
    text = ("Matan a un periodista en Ciudad Obregón; es el sexto asesinado en el país este año\n"
            "El periodista Joel Ríos Lugo fue asesinado a balazos la mañana del sábado frente a su casa, en la "
            "colonia Centro de Ciudad Obregón, Sonora.")
    events = [e for e in extract(text, published=PUBLISHED) if e.type in ("killing", "attack")]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in events]


def test_a_target_told_unharmed_does_not_deny_the_wounded_beside_him(extract):
    text = ("La alcaldesa de Tame salió ilesa de un atentado la noche del sábado, cuando dos hombres en moto "
            "dispararon contra la camioneta en la que llegaba a su casa.\n"
            "Su escolta, un policía de 30 años, fue herido en un hombro y llevado al hospital.")
    events = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "killing")]
    assert len(events) == 1
    assert events[0].wounded is not None and events[0].wounded.best == 1
    assert events[0].killed is None or events[0].killed.best != 0


def test_people_told_unharmed_beside_a_death_give_no_zero(extract):
    text = ("El 3 de mayo de 1987, una bomba lapa estalló bajo el coche de un cabo de la Guardia Civil en Tolosa; "
            "el cabo murió en el acto. Su mujer y su hijo, que esperaban en la acera, salieron ilesos.")
    events = [e for e in extract(text, published=PUBLISHED) if e.type == "bombing"]
    assert len(events) == 1 and events[0].killed is not None and events[0].killed.best == 1
    assert events[0].wounded is None or events[0].wounded.best != 0


def test_everyone_told_unharmed_still_gives_zeros(extract):
    text = "Hombres armados quemaron el sábado un camión en la vía a Tame. El conductor salió ileso."
    events = [e for e in extract(text, published=PUBLISHED) if e.type == "attack"]
    assert events and events[0].killed is not None and events[0].killed.best == 0
    assert events[0].wounded is not None and events[0].wounded.best == 0


def test_explosive_devices_secured_after_a_long_place_phrase_are_a_seizure(extract):
    text = ("El jueves, elementos de la Guardia Nacional aseguraron en una bodega abandonada del municipio de "
            "Tepalcatepec doce artefactos explosivos listos para ser lanzados desde drones.")
    types = [e.type for e in extract(text, published=PUBLISHED)]
    assert "seizure" in types and "bombing" not in types, types


def test_a_claim_about_devices_that_went_off_is_no_seizure(extract):
    text = "El alcalde de Tepalcatepec aseguró que dos artefactos explosivos estallaron el jueves frente a la alcaldía."
    assert "seizure" not in [e.type for e in extract(text, published=PUBLISHED)]
