"""actors (session 12, own sentences): the unknown doers a body sentence tells coming and
acting when the parse hangs them on another verb than the act's; the group a verb of blame lays
the act on ("atribuyó el atentado a X") is its doer, not its target; the subject of a pronominal
"se llevaron a X" is who took X."""
import cronica
from cronica.extraction.actors import described_doer, roles
from cronica.extraction.triggers import find_triggers


def _events(text, etype):
    events = cronica.extract(text, published="2024-03-08")
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in events]
    return found


def _roles(nlp, sentence, word=None):
    doc = nlp(sentence)
    trig = [t for t in find_triggers(doc[:]) if not t.dropped and (word is None or doc[t.token_i].text == word)][0]
    a1, a2 = roles(doc[trig.token_i])
    return (a1.text if a1 else None), (a2.text if a2 else None)


# -- unknown doers told coming to the scene -------------------------------------------------

def test_the_subject_of_a_verb_of_arrival_describing_unknown_men_is_the_doer(nlp):
    doc = nlp("Según los vecinos, dos sujetos en una moto llegaron a la tienda y uno de ellos le disparó al dueño.")
    who = described_doer(doc[:])
    assert who is not None and who.text.startswith("dos sujetos")


def test_a_group_of_unknown_men_is_the_doer(nlp):
    doc = nlp("Varios vecinos dijeron que un grupo de seis hombres encapuchados entró a la casa y abrió fuego.")
    who = described_doer(doc[:])
    assert who is not None and who.text.startswith("un grupo de seis hombres")


def test_people_who_arrive_but_are_no_doers_are_not_taken(nlp):
    assert described_doer(nlp("Los vecinos llegaron al lugar minutos después y llamaron a la policía.")[:]) is None
    assert described_doer(nlp("Dos hombres murieron en el hospital de la ciudad.")[:]) is None


def test_a_killing_told_without_doer_takes_the_man_the_next_sentence_tells_coming():
    text = ("Mataron a balazos a un vendedor de frutas la noche del lunes en el mercado municipal de Tuxtla.\n"
            "Testigos contaron que un hombre se acercó al puesto, pidió una bolsa de mangos y le disparó "
            "tres veces antes de huir a pie.")
    ev = _events(text, "killing")[0]
    assert ev.actor1 is not None and ev.actor1.as_written == "un hombre"
    assert ev.actor1.inter == 3  # an unidentified armed doer, not civilians
    assert ev.actor2 is not None and "vendedor" in ev.actor2.as_written


# -- blame laid on a group ------------------------------------------------------------------

def test_the_group_an_act_is_blamed_on_is_its_doer_not_its_target(nlp):
    a1, a2 = _roles(nlp, "La Fiscalía atribuyó el atentado a una célula del Cártel del Golfo.")
    assert a1 is not None and "célula" in a1
    assert a2 is None or "célula" not in a2


# -- "se llevaron a X" ----------------------------------------------------------------------

def test_the_subject_of_se_llevaron_took_the_object(nlp):
    a1, a2 = _roles(nlp, "Agentes de la policía se llevaron a un joven de su casa en la colonia Centro.")
    assert a1 == "Agentes de la policía"
    assert a2 is not None and a2.startswith("un joven")


def test_goods_a_passive_se_tells_are_no_doer(nlp):
    a1, _ = _roles(nlp, "A los detenidos se les incautaron dos pistolas calibre 38 y un fusil.", "incautaron")
    assert a1 is None or "pistolas" not in a1 and "38" not in a1


# -- the group the doers said they were ------------------------------------------------------

def test_the_group_armed_men_said_they_belonged_to_stays_in_their_phrase():
    text = ("Un grupo de unos 30 hombres armados, que se identificaron como miembros del Clan del Golfo, "
            "atacó el lunes la estación de policía de Tarazá, en Antioquia.")
    ev = _events(text, "attack")[0]
    assert ev.actor1 is not None and "Clan del Golfo" in ev.actor1.as_written
    assert ev.actor1.inter == 2 or "Golfo" in (ev.actor1.name or "")


# -- the motive an act is laid on -------------------------------------------------------------

def test_the_motive_an_act_is_laid_on_is_no_doer(nlp):
    a1, _ = _roles(nlp, "Las autoridades atribuyeron el asesinato a una disputa entre dos bandas por el cobro de "
                        "extorsiones.", "asesinato")
    assert a1 is None or "disputa" not in a1


def test_a_killing_laid_on_a_dispute_keeps_the_doers_the_report_describes():
    text = ("Un joven de 24 años fue asesinado a tiros la noche del viernes en una esquina del barrio San Martín, "
            "en Villa Gobernador Gálvez.\n"
            "Según los vecinos, dos hombres en una moto llegaron a la esquina y uno de ellos disparó cinco veces.\n"
            "La Fiscalía atribuye el crimen a una disputa entre bandas por la venta de drogas en la zona.")
    ev = _events(text, "killing")[0]
    assert ev.actor1 is not None and "disputa" not in ev.actor1.as_written


# -- the doers the act's sentence describes stand over a group named in another sentence ------

def test_unknown_doers_of_the_act_are_not_replaced_by_a_group_another_sentence_names():
    text = ("Un agente de la Policía Nacional Civil fue asesinado a balazos la noche del martes en el cantón "
            "El Rosario, en Cojutepeque, cuando regresaba a su casa.\n"
            "El agente fue interceptado por al menos tres sujetos que le dispararon varias veces y huyeron.\n"
            "\"Nuestro compañero fue atacado por terroristas de la pandilla 18\", publicó la corporación en sus redes.")
    ev = _events(text, "killing")[0]
    assert ev.actor1 is not None and "sujetos" in ev.actor1.as_written
    assert ev.actor1.inter == 3


# -- a clash told by a force's fallen and the other side -------------------------------------

def test_a_clash_told_by_a_force_s_fallen_has_that_force_as_its_first_side():
    text = ("CARACAS, 9 mar (Agencia) - Dos efectivos de la Fuerza Armada Nacional Bolivariana murieron el "
            "sábado en combates con irregulares en el municipio Páez, en el estado Apure, informó el ministro "
            "de Defensa.\n"
            "Según el ministro, en la misma zona operan grupos terroristas que cruzan desde el otro lado de la frontera.")
    ev = _events(text, "armed_clash")[0]
    assert ev.actor1 is not None and ev.actor1.inter == 1
    assert ev.actor2 is not None and "irregulares" in ev.actor2.as_written


# -- a word that only labels the doers gives way to the doers a sentence describes ------------

def test_a_headline_label_gives_way_to_the_doers_the_body_describes():
    text = ("Sicarios asesinan a un taxista en Chimbote\n"
            "Un taxista de 38 años fue asesinado de cuatro disparos la noche del sábado en la avenida Pardo, en "
            "Chimbote, cuando esperaba pasajeros.\n"
            "Según testigos, dos sujetos en una motocicleta se acercaron al vehículo y uno de ellos le disparó "
            "por la ventana.")
    ev = _events(text, "killing")[0]
    assert ev.actor1 is not None and "sujetos" in ev.actor1.as_written


def test_a_label_with_no_described_doer_stays():
    text = ("Sicarios asesinan a un taxista en Chimbote\n"
            "Un taxista de 38 años fue asesinado de cuatro disparos la noche del sábado en la avenida Pardo, en "
            "Chimbote, cuando esperaba pasajeros.")
    ev = _events(text, "killing")[0]
    assert ev.actor1 is not None and ev.actor1.as_written.lower() == "sicarios"


def test_doers_the_parser_reads_as_a_clause_of_their_own_are_still_found(nlp):
    doc = nlp("Dos hombres de 30 y 41 años murieron la noche del lunes cuando sujetos armados irrumpieron en "
              "una cantina del barrio y dispararon contra ellos.")
    who = described_doer(doc[:])
    assert who is not None and who.text.startswith("sujetos armados")
