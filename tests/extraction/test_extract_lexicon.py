"""Ways of telling: lemmas (every inflection), multi-word expressions, unaccented and ALL-CAPS
text, bulletins; on sentences written for these tests."""
import pytest

from cronica import extract
from cronica.extraction.triggers import find_triggers
from cronica.nlp.inflect import match_key, noun_forms, verb_forms


def mentions(nlp, text):
    doc = nlp(text)
    return [(t.type, doc.text[t.start:t.end], t.dropped) for s in doc.sents for t in find_triggers(s)]


def kept(nlp, text):
    return [(t, w) for t, w, d in mentions(nlp, text) if not d]


def test_match_key_folds_case_accents_and_nn():
    assert match_key("ASESINARÓN") == "asesinaron"
    assert match_key("Nariño") == match_key("NARINNO") == "narino"
    assert match_key("pingüino") == "pinguino"


@pytest.mark.parametrize("lemma,stem,forms", [
    ("asesinar", None, ["asesinan", "asesinaron", "asesinado", "asesinadas", "asesinandolo", "asesinaria", "asesinen"]),
    ("atacar", None, ["ataque", "atacaron", "atacando"]),  # c → qu before e
    ("desaparecer", None, ["desaparezca", "desaparecieron", "desaparecidos"]),  # c → zc
    ("destruir", None, ["destruyo", "destruyeron", "destruyendo", "destruya"]),  # i → y
    ("encontrar", "ue", ["encuentran", "encontraron", "encontrado"]),
    ("herir", "ie", ["hieren", "hirio", "hirieron", "hiriendo"]),
    ("amenazar", None, ["amenace", "amenazaron"]),  # z → c
])
def test_every_inflection_of_a_lemma(lemma, stem, forms):
    generated = verb_forms(lemma, stem)
    for f in forms:
        assert f in generated, f


def test_forms_of_one_or_two_letters_are_not_generated():
    assert not {"da", "de", "di"} & set(verb_forms("dar"))


def test_noun_plurals():
    assert set(noun_forms("explosión")) == {"explosion", "explosiones"}
    assert set(noun_forms("masacre")) == {"masacre", "masacres"}


@pytest.mark.parametrize("text,etype,words", [
    # present tense of headlines, passive participle, gerund with a clitic: one lemma each
    ("Secuestran a un comerciante en la frontera", "kidnapping", "Secuestran"),
    ("El concejal fue asesinado anoche en su finca.", "killing", "asesinado"),
    ("Los agresores huyeron tras balearlo frente a su casa.", "attack", "balearlo"),
    ("Detienen a dos sospechosos del atentado contra el cuartel", "arrest", "Detienen"),
    ("Los guerrilleros bombardearon con drones el puesto de la policía.", "bombing", "bombardearon"),
])
def test_inflections_are_found(nlp, text, etype, words):
    assert (etype, words) in kept(nlp, text)


@pytest.mark.parametrize("text,etype,words", [
    ("Dos sujetos en motocicleta le dieron muerte al tendero.", "killing", "dieron muerte"),
    ("Le quitaron la vida a un joven que volvía del colegio.", "killing", "quitaron la vida"),
    ("El agricultor perdió la vida tras recibir varios disparos.", "killing", "perdió la vida"),
    ("El comerciante fue hallado sin vida y con signos de tortura.", "killing", "hallado sin vida"),
    ("Campesinos encontraron el cadáver de un hombre maniatado junto al río.", "killing", "encontraron el cadáver"),
    ("Un grupo armado amenazó de muerte a la familia del personero.", "other", "amenazó de muerte"),
    ("Los asaltantes tomaron como rehén al conductor del bus.", "kidnapping", "tomaron como rehén"),
    ("Los pistoleros prendieron fuego a la casa comunal.", "attack", "prendieron fuego"),  # arson is an attack
    ("Paramilitares desaparecieron forzadamente a un estudiante.", "disappearance", "desaparecieron forzadamente"),
    ("Hombres encapuchados privaron de la libertad a una empresaria.", "kidnapping", "privaron de la libertad"),
    ("Sujetos armados irrumpieron en la fiesta y abrieron fuego.", "attack", "armados irrumpieron"),
    ("Tres hombres irrumpieron armados en la escuela rural.", "attack", "irrumpieron armados"),
    ("Sicarios acribillaron al transportador en la vía principal.", "killing", "acribillaron"),
    ("Los insurgentes ejecutaron a dos prisioneros en el campamento.", "killing", "ejecutaron"),
    ("Desconocidos hurtaron las herramientas y el ganado de la finca.", "looting", "hurtaron"),
    ("Los militares abatieron a un cabecilla durante el combate.", "killing", "abatieron"),
    ("La patrulla neutralizó a un francotirador que murió en el lugar.", "killing", "neutralizó"),
    ("Los agentes desactivaron una mina antipersonal en el sendero.", "seizure", "desactivaron una mina"),
])
def test_multi_word_expressions_and_verbs_of_killing(nlp, text, etype, words):
    assert (etype, words) in kept(nlp, text), mentions(nlp, text)


@pytest.mark.parametrize("text,etype", [
    ("Paramilitares asesinaron a un lider indigena en zona rural de Narinno.", "killing"),  # no accents, nn for ñ
    ("Desconocidos secuestraron a la companera del alcalde.", "kidnapping"),
    ("ASESINAN A LÍDER SOCIAL EN EL CAUCA", "killing"),  # all capitals
    ("ASESINAN A LIDER SOCIAL EN EL CAUCA", "killing"),  # all capitals, no accents
    ("HOMBRES ARMADOS DIERON MUERTE A UN CAMPESINO", "killing"),
    ("EMBOSCADA CONTRA PATRULLA DEL EJERCITO DEJA TRES SOLDADOS HERIDOS", "ambush"),
])
def test_unaccented_and_all_capitals_text(nlp, text, etype):
    assert etype in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


def test_offsets_point_into_the_original_text(nlp):
    text = "EL 3 DE MAYO PARAMILITARES DIERON MUERTE A UN CAMPESINO"
    doc = nlp(text)
    (m,) = [t for s in doc.sents for t in find_triggers(s) if not t.dropped]
    assert text[m.start:m.end] == "DIERON MUERTE"


def test_one_sentence_bulletin_with_a_trailing_place_list_and_no_publication_date():
    text = ("Miembros de un grupo armado asesinaron de varios impactos de arma de fuego al campesino Pedro Rojas, "
            "en hechos ocurridos en la vereda El Silencio. ANTIOQUIA - YARUMAL - VEREDA EL SILENCIO")
    events = extract(text)
    assert [e.type for e in events] == ["killing"]
    e = events[0]
    assert text[e.evidence.start:e.evidence.end] == e.evidence.text and "asesinaron" in e.evidence.text
    assert e.cameo == "193"  # a shooting, whatever the victims


@pytest.mark.parametrize("text", [
    "El equipo lanzó un ataque tras otro y el delantero marcó dos goles.",  # sports
    "Un enjambre de abejas atacó a los turistas en el parque.",  # animals
    "La gobernación ejecutó el presupuesto de obras en el primer semestre.",  # another sense of "ejecutar"
    "Los negociadores ultimaron detalles del acuerdo comercial.",  # "ultimar detalles"
    "El juez ordenó privar de la libertad al exalcalde por orden judicial.",  # a lawful detention order
    "La protesta estalló tras el alza del pasaje.",  # "estallar" without an explosive
])
def test_other_senses_are_not_events(nlp, text):
    violent = {"ambush", "armed_clash", "attack", "bombing", "killing", "kidnapping"}
    assert not violent & {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


def test_a_purpose_in_the_subjunctive_is_not_a_fact(nlp):
    got = mentions(nlp, "El gobierno cercó la ciudad para que los soldados arrestaran a los pandilleros.")
    assert any(t == "arrest" and d and "subjunctive" in d for t, _, d in got), got


def test_a_fact_in_the_subjunctive_is_kept(nlp):
    assert ("killing", "asesinaran") in kept(nlp, "Días después de que asesinaran al dirigente, hubo marchas.")


def test_counts_of_cases_are_not_incidents(nlp):
    got = mentions(nlp, "El balance anual recoge cuatro denuncias por desaparición forzada y seis por violencia sexual.")
    assert not [t for t, _, d in got if not d], got


def test_burning_inside_an_attack_is_that_attack(nlp):
    got = mentions(nlp, "Los guerrilleros atacaron el puesto policial y prendieron fuego a dos patrullas.")
    assert ("attack", "atacaron", None) in got
    assert [e.type for e in extract("Los guerrilleros atacaron el puesto policial y prendieron fuego a dos patrullas.")] \
        == ["attack"]
    got = mentions(nlp, "Los guerrilleros atacaron el caserío y saquearon las tiendas.")
    assert any(t == "looting" and d for t, _, d in got)


@pytest.mark.parametrize("text,etype,variant", [
    ("Un grupo de encapuchados incendió dos camiones de la empresa forestal en la ruta.", "attack", "arson"),
    ("Desconocidos prendieron fuego anoche a un autobús del transporte urbano.", "attack", "arson"),
    ("Sujetos armados quemaron tres viviendas de la comunidad.", "attack", "arson"),
    ("Anoche lanzaron cócteles molotov contra la sede del sindicato.", "attack", "arson"),
    ("Los manifestantes incendiaron la puerta de la gobernación durante la protesta.", "protest", "violent"),
])
def test_arson_is_an_attack_or_the_protests_violence(nlp, text, etype, variant):
    doc = nlp(text)
    got = [(t.type, t.variants[0]) for s in doc.sents for t in find_triggers(s) if not t.dropped]
    assert (etype, variant) in got, got


@pytest.mark.parametrize("text", [
    "Un incendio forestal consumió doscientas hectáreas de pastizal en la sierra.",
    "Los vecinos quemaron basura y llantas en la esquina del barrio.",
    "Un cortocircuito incendió la bodega del mercado.",
])
def test_fires_that_are_not_arson_attacks(nlp, text):
    assert not [t for t, _ in kept(nlp, text) if t == "attack"], mentions(nlp, text)


@pytest.mark.parametrize("text,etype,words", [
    ("El inspector fue tomado rehén por los mineros durante la protesta.", "kidnapping", "tomado rehén"),
    ("Dos comuneros murieron en medio de un fuego cruzado entre soldados y narcos.", "armed_clash", "fuego"),
    ("Hubo un intercambio de disparos entre los escoltas y los asaltantes.", "armed_clash", "intercambio de disparos"),
    ("El presidente decretó el estado de excepción en tres provincias.", "other", "decretó"),
    ("El gobierno desplegó refuerzos militares en la frontera.", "security_operation", "desplegó"),
    ("Los docentes realizaron cortes de ruta en reclamo de salarios.", "protest", "cortes de ruta"),
    ("Los agentes destruyeron un laboratorio de cocaína en la selva.", "seizure", "destruyeron un laboratorio"),
    ("Un motín en la cárcel dejó nueve reclusos muertos.", "attack", "motín"),
])
def test_more_classes_of_telling(nlp, text, etype, words):
    assert (etype, words) in kept(nlp, text), mentions(nlp, text)


def test_clashes_with_protesters_are_riots(nlp):
    doc = nlp("Hubo un enfrentamiento entre manifestantes y policías frente al congreso.")
    ms = [t for s in doc.sents for t in find_triggers(s) if not t.dropped and doc.text[t.start:t.end] == "enfrentamiento"]
    assert ms and ms[0].type == "protest" and ms[0].variants[0] == "violent"


def test_a_passive_or_perfect_participle_reports_the_act(nlp):
    doc = nlp("Ocho personas fueron detenidas en el allanamiento.")
    (m,) = [t for s in doc.sents for t in find_triggers(s) if t.type == "arrest"]
    assert m.strength == "strong"
    doc = nlp("Los detenidos fueron trasladados a la capital.")
    (m,) = [t for s in doc.sents for t in find_triggers(s) if t.type == "arrest"]
    assert m.strength == "weak"  # "los detenidos" refers back to an arrest already told


def test_a_headline_in_another_sense_frames_the_story():
    text = ("Muere un apicultor por el ataque de abejas africanizadas\n\n"
            "Los trabajadores cosechaban café cuando comenzó el ataque, que duró varios minutos.")
    assert extract(text) == []


def test_a_coordinated_subjunctive_inherits_the_purpose(nlp):
    got = mentions(nlp, "Mandó rodear la colonia para que los policías registraran cada vivienda y arrestaran a los cabecillas.")
    assert not [t for t, _, d in got if t == "arrest" and not d], got


def test_what_was_done_under_a_governor_is_kept(nlp):
    got = kept(nlp, "El Gobierno tuvo que declarar el estado de excepción y movilizar a dos mil efectivos.")
    assert ("other", "declarar") in got and ("security_operation", "movilizar") in got
    assert ("security_operation", "peinar") in kept(nlp, "Los soldados comenzaron a peinar la zona tras el ataque.")
    # an obligation in the present is not a fact
    assert not kept(nlp, "El gobierno tiene que declarar el estado de emergencia, dijo el alcalde.")


def test_a_trigger_word_inside_a_place_name_is_a_name(nlp):
    assert not kept(nlp, "Los vecinos de la vereda La Masacre denunciaron el abandono del puesto de salud.")
    # a named operation is still an operation
    assert ("security_operation", "Operación") in kept(nlp, "Aquel lunes el ministerio lanzó la Operación Cóndor.")


@pytest.mark.parametrize("text,etype", [
    # a body told first, its finding in the passive after it (news and bulletins)
    ("Los cadáveres de dos hombres fueron hallados el domingo dentro de bolsas plásticas junto a la vía.", "killing"),
    ("Los cuerpos de tres jóvenes fueron encontrados en una fosa cerca del río.", "killing"),
    ("EL CUERPO SIN VIDA DEL LIDER CAMPESINO FUE ENCONTRADO CON IMPACTOS DE BALA. CHOCO - RIOSUCIO", "killing"),
    # the verbs of a seizure in each country's police usage, with goods as their object
    ("En el inmueble se aseguraron cuatro armas largas, cargadores y una granada.", "seizure"),
    # (papers and computers alone make no seizure since session 17's convention: corpus/README.md,
    # "What a seizure takes"; a weapon with them does)
    ("Los agentes intervinieron documentación falsa, dos ordenadores y un revólver en el piso franco.", "seizure"),
    ("En el galpón se secuestraron 120 kilos de marihuana.", "seizure"),
    ("Tras el combate se recuperaron dos fusiles y material de intendencia.", "seizure"),
    ("En la avioneta los soldados encontraron 30 fardos de cocaína.", "seizure"),
    # the rescue of the kidnapped is an operation of its own
    ("Policías antisecuestro rescataron anoche a un ganadero que estaba secuestrado desde el lunes.", "security_operation"),
    # missing people, and detentions with unknown whereabouts
    ("Dos pescadores están desaparecidos desde el martes, cuando salieron hacia la isla.", "disappearance"),
    ("Una patrulla militar detuvo a cuatro campesinos cuyo paradero nunca se supo.", "disappearance"),
    # held for a time; "levantar" for abduction
    ("Comuneros retuvieron durante tres días a dos ingenieros de la empresa.", "kidnapping"),
    ("Tres jóvenes fueron levantados por sujetos armados a la salida de una fiesta.", "kidnapping"),
])
def test_more_ways_of_telling_an_incident(nlp, text, etype):
    assert etype in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


@pytest.mark.parametrize("text,etype", [
    ("El ministro aseguró que las armas fueron destruidas en presencia de la fiscalía.", "seizure"),
    ("Hombres armados secuestraron a un comerciante en la plaza.", "seizure"),
    ("Los bomberos rescataron a dos mineros atrapados en el socavón.", "security_operation"),
    ("Tras la explosión, dos obreros siguen desaparecidos bajo los escombros.", "disappearance"),
    ("Los vecinos levantaron a los heridos y los llevaron al hospital.", "kidnapping"),
    ("El cuerpo del pescador fue encontrado ahogado en la laguna.", "killing"),
    ("Los secuestradores exigieron un rescate de dos millones.", "security_operation"),
])
def test_those_words_in_their_other_senses(nlp, text, etype):
    assert etype not in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


@pytest.mark.parametrize("text,kept_it", [
    # a bare event noun between two named sides, or reported by a past verb of occurrence, is an incident
    ("Seis personas murieron el sábado en combates entre el ELN y disidentes de las FARC.", True),
    ("Según los vecinos, anoche hubo enfrentamiento entre soldados y guerrilleros en la vereda.", True),
    ("En el barrio Las Flores se registraron enfrentamientos durante la madrugada.", True),
    # habitual or generic mentions are not
    ("En la región se registran enfrentamientos casi cada semana.", False),
    ("La comunidad vive con miedo a enfrentamientos y desplazamientos.", False),
])
def test_a_bare_event_noun_told_as_occurring(nlp, text, kept_it):
    assert ("armed_clash" in {t for t, _ in kept(nlp, text)}) == kept_it, mentions(nlp, text)


def test_an_execution_passed_off_as_killed_in_combat_is_a_killing(nlp):
    got = {t for t, _ in kept(nlp, "Soldados ejecutaron extrajudicialmente a un campesino y lo presentaron como "
                                   "muerto en combate.")}
    assert "killing" in got and "armed_clash" not in got


@pytest.mark.parametrize("text,etype", [
    ("Desde la madrugada cientos de comuneros bloquearon la carretera Central a la altura del puente.", "protest"),
    ("Las familias bloquearon durante cinco horas la autopista para exigir respuestas.", "protest"),
    ("Los maestros marcharon hacia el ministerio y la marcha fue dispersada con gases.", "protest"),
    ("El frente guerrillero se desmovilizó en una ceremonia en la zona rural del municipio.", "other"),
    ("Ese día 300 combatientes entregaron sus armas en el marco del acuerdo de paz.", "other"),
    ("El dirigente comunal fue herido de bala por desconocidos cuando volvía a su casa.", "attack"),
    ("Hombres en una camioneta balacearon la fachada de una cantina.", "attack"),
])
def test_blockades_marches_demobilisations_and_shootings(nlp, text, etype):
    assert etype in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


@pytest.mark.parametrize("text,etype", [
    ("Los soldados bloquearon el acceso al caserío durante el operativo.", "protest"),
    ("Fue jefe de uno de los grupos desmovilizados durante el gobierno anterior.", "other"),
])
def test_not_a_protest_nor_a_demobilisation(nlp, text, etype):
    assert etype not in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


def test_an_armed_groups_bloc_is_not_a_blockade(nlp):
    doc = nlp("Paramilitares del bloque Norte asesinaron a un campesino.")
    ms = [t for s in doc.sents for t in find_triggers(s) if not t.dropped]
    assert ms and "blockade" not in ms[0].variants


@pytest.mark.parametrize("text,etype", [
    ("Tres muchachos fueron sacados de una cantina por hombres armados y nadie volvió a verlos.", "kidnapping"),
    ("Cuatro sujetos armados lo subieron a la fuerza a una camioneta blanca.", "kidnapping"),
    ("Los dos ingenieros permanecen en poder de la guerrilla desde hace un mes.", "kidnapping"),
    ("Un comando derribó con dinamita tres torres de energía en la sierra.", "bombing"),
    ("Una bomba casera instalada frente al banco estalló de madrugada.", "bombing"),
    ("🚨 Hostigamiento ahora mismo contra el puesto de policía del pueblo.", "attack"),
    ("Al amanecer, la banda de los Ruiz y la de los Pardo se enfrentaron en la plaza del mercado.", "armed_clash"),
])
def test_taken_by_armed_men_held_blown_up_and_fighting(nlp, text, etype):
    assert etype in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


@pytest.mark.parametrize("text,etype", [
    ("El herido fue subido a una ambulancia por los paramédicos.", "kidnapping"),
    ("La policía lanzó bombas lacrimógenas contra los estudiantes.", "bombing"),
    ("Las autoridades habían realizado varios operativos en la zona sin resultados.", "security_operation"),
])
def test_look_alikes_of_those_ways_of_telling(nlp, text, etype):
    assert etype not in {t for t, _ in kept(nlp, text)}, mentions(nlp, text)


# Bulletin entries of our own writing in the style of human-rights bulletins: one sentence, often
# without accents ("nn" for "ñ"), a trailing list of places in capitals, no publication date.
BULLETINS = [
    ("killing", "19", "Paramilitares dieron muerte a Jose Arias, campesino de la region, cuando regresaba a su "
                      "vivienda. CAUCA - EL TAMBO - VEREDA LA PALMA"),
    ("killing", "19", "Guerrilleros ejecutaron a dos hermanos acusados de colaborar con el ejercito. ARAUCA - TAME"),
    ("killing", "19", "Desconocidos asesinaron de varios impactos de arma de fuego al comerciante Luis Penna en la "
                      "plaza de mercado. NARINNO - TUMACO"),
    ("other", "13", "Miembros de un grupo paramilitar amenazaron de muerte a la lideresa comunal Rosa Munnoz y a su "
                     "familia. VALLE - BUENAVENTURA"),
    ("disappearance", "18", "Tropas del batallon desaparecieron forzadamente al joven Andres Castanneda tras "
                            "detenerlo en un reten. HUILA - PITALITO"),
    # missing since armed men took him: an abduction (as the corpus conventions type it)
    ("kidnapping", "18", "Desde el pasado 4 de marzo se encuentra desaparecido el dirigente sindical Omar "
                            "Quintero, quien fue sacado de su casa por hombres armados. SANTANDER - BARRANCABERMEJA"),
    ("killing", "19", "Fue hallado el cadaver del indigena Mario Yule con signos de tortura a orillas del rio. "
                      "CAUCA - TORIBIO - RESGUARDO SAN FRANCISCO"),
    ("killing", "19", "EL CUERPO SIN VIDA DEL JOVEN FUE ENCONTRADO CON IMPACTOS DE BALA EN UN POTRERO. "
                      "CHOCO - RIOSUCIO"),
    ("killing", "19", "Miembros de la policia ejecutaron extrajudicialmente al joven Diego Arango y lo presentaron "
                      "como muerto en combate. SUCRE - OVEJAS"),
    ("looting", "17", "Hombres armados hurtaron el ganado y los enseres de varias familias campesinas. "
                      "CORDOBA - TIERRALTA - VEREDA SAIZA"),
    ("kidnapping", "18", "Hombres armados retuvieron durante dos dias a cuatro funcionarios de la alcaldia. "
                         "TOLIMA - PLANADAS"),
    ("bombing", "18", "La guerrilla detono una carga explosiva al paso de una patrulla militar. PUTUMAYO - PUERTO ASIS"),
    ("attack", "17", "Encapuchados prendieron fuego a dos buses de servicio intermunicipal en la via. "
                     "CAUCA - SANTANDER DE QUILICHAO"),
]


@pytest.mark.parametrize("etype,root,text", BULLETINS, ids=[f"{t}-{i}" for i, (t, _, _) in enumerate(BULLETINS)])
def test_bulletin_entries_give_their_event_and_cameo_root(etype, root, text):
    events = extract(text)
    got = [(e.type, (e.cameo or "")[:2]) for e in events]
    assert (etype, root) in got, got
    e = next(e for e in events if e.type == etype)
    assert text[e.evidence.start:e.evidence.end] == e.evidence.text
