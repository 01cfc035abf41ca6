"""A clash's second side, session 23 (issue 12 item 3). Sentences written for these tests (CC0).

* Police and investigative units named by their own name or acronym are the police of their
  country, not a criminal group because their name holds "Criminales" or "Crimen Organizado"
  ("agentes de la Dirección Central de Investigaciones Criminales (Dicrim)"): the units are data
  (``cronica/data/es/actors/*.yaml``), and a generic word for a group inside the capitalised name
  of a state body opened by one of ``institution_heads`` (generic.yaml) names no party.
* An ``armed_clash``'s actor2 is the other party its first report sentence names ("sostuvieron un
  intercambio de disparos con tres hombres armados", "tropas y presuntos integrantes del ELN
  sostuvieron combates", "fueron atacados por X, lo que originó un enfrentamiento"), not the dead
  or wounded a later sentence counts ("Uno de los agresores murió", "Dos soldados resultaron
  heridos").
"""
from __future__ import annotations

import pytest

from cronica.extraction.actors import ActorMention, normalise_actor
from cronica.nlp.lexicons import load_actors

PUBLISHED = "2025-06-20"


@pytest.fixture(scope="module")
def lex():
    return load_actors()


def _actor(lex, country, sentence, phrase):
    start = sentence.index(phrase)
    mention = ActorMention(phrase, start, start + len(phrase))
    return normalise_actor(mention, lex, lambda s, e: (s, e, sentence[s:e]), country, sentence)


@pytest.mark.parametrize("country, sentence, phrase", [
    ("DO", "Agentes de la Dirección Central de Investigaciones Criminales (Dicrim) detuvieron a un hombre.",
     "Agentes de la Dirección Central de Investigaciones Criminales (Dicrim)"),
    ("DO", "Una patrulla de la Dicrim llegó al barrio.", "Una patrulla de la Dicrim"),
    ("DO", "Agentes de la DNCD decomisaron la droga en el puerto.", "Agentes de la DNCD"),
    ("CO", "Investigadores de la Dirección de Investigación Criminal e Interpol capturaron al cabecilla.",
     "Investigadores de la Dirección de Investigación Criminal e Interpol"),
    ("CO", "Uniformados de la Dipol siguieron al sospechoso.", "Uniformados de la Dipol"),
    ("PE", "Personal de la Divincri de Chiclayo intervino una vivienda.", "Personal de la Divincri de Chiclayo"),
    ("PE", "Agentes del Departamento de Investigación Criminal de Piura detuvieron a dos jóvenes.",
     "Agentes del Departamento de Investigación Criminal de Piura"),
    ("GT", "Investigadores de la DEIC allanaron tres casas.", "Investigadores de la DEIC"),
    ("EC", "Servidores de la Unase rescataron a la víctima.", "Servidores de la Unase"),
    ("BO", "Efectivos de la Felcv aprehendieron al agresor.", "Efectivos de la Felcv"),
    ("SV", "Agentes de la División Antinarcóticos incautaron la droga.", "Agentes de la División Antinarcóticos"),
    ("AR", "Efectivos de la Agencia de Investigación Criminal allanaron un búnker.",
     "Efectivos de la Agencia de Investigación Criminal"),
    ("AR", "Agentes de la DDI de La Matanza detuvieron al sospechoso.", "Agentes de la DDI de La Matanza"),
    ("CL", "Detectives de la Brigada de Investigación Criminal llegaron al sitio.",
     "Detectives de la Brigada de Investigación Criminal"),
])
def test_police_units_by_name_or_acronym_are_the_police(lex, country, sentence, phrase):
    actor = _actor(lex, country, sentence, phrase)
    assert actor.inter == 1 and actor.country == country
    assert "Policía" in actor.name or actor.name.startswith("Dirección Nacional de Control de Drogas")


def test_the_prosecutions_investigative_agency_is_the_prosecution(lex):
    actor = _actor(lex, "HN", "Agentes de la ATIC levantaron las evidencias.", "Agentes de la ATIC")
    assert actor.inter == 1 and actor.name == "Ministerio Público (Honduras)"


@pytest.mark.parametrize("country, sentence, phrase", [
    ("HN", "El caso pasó a la Fiscalía Especial contra el Crimen Organizado.",
     "la Fiscalía Especial contra el Crimen Organizado"),
    ("MX", "Agentes de la Unidad contra el Crimen Organizado llegaron al rancho.",
     "Agentes de la Unidad contra el Crimen Organizado"),
    ("CO", "Agentes de la Brigada contra Bandas Criminales detuvieron a dos hombres.",
     "Agentes de la Brigada contra Bandas Criminales"),
])
def test_a_group_word_inside_a_state_body_s_name_is_no_party(lex, country, sentence, phrase):
    actor = _actor(lex, country, sentence, phrase)
    assert actor.inter == 1


@pytest.mark.parametrize("country, sentence, phrase", [
    ("MX", "La policía detuvo a dos Sicarios del cártel.", "dos Sicarios del cártel"),
    ("CO", "Bandas Criminales de la región atacaron la estación.", "Bandas Criminales de la región"),
])
def test_a_group_word_outside_such_a_name_is_still_the_group(lex, country, sentence, phrase):
    actor = _actor(lex, country, sentence, phrase)
    assert actor.inter == 3


def _clash(extract, text):
    found = [e for e in extract(text, published=PUBLISHED) if e.type == "armed_clash"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("text, side1, side2", [
    ("El martes, agentes de la Policía Nacional sostuvieron un intercambio de disparos con tres hombres "
     "armados en el barrio San José, en Tegucigalpa. Uno de los agresores murió en el hospital.",
     "agentes de la Policía Nacional", "tres hombres armados"),
    ("El lunes, soldados de la Brigada 12 y presuntos disidentes de las FARC sostuvieron combates durante "
     "dos horas en la vereda El Pato, en Caquetá. Dos soldados resultaron heridos.",
     "soldados", "presuntos disidentes de las FARC"),
    ("Entre el 3 y el 5 de mayo, efectivos de la Fuerza de Tarea Conjunta y una columna del EPP se "
     "enfrentaron en la serranía de San Luis, en Concepción, Paraguay. Murieron dos miembros del grupo.",
     "efectivos de la Fuerza de Tarea Conjunta", "una columna del EPP"),
    ("Agentes de la Dicrim sostuvieron un enfrentamiento con dos hombres armados en el sector Los Mina, de Santo "
     "Domingo Este, el domingo. En el hecho resultó herido el cabo Pedro Rosario Díaz.",
     "Agentes de la Dicrim", "dos hombres armados"),
])
def test_the_second_side_is_the_party_the_first_sentence_names(extract, text, side1, side2):
    clash = _clash(extract, text)
    assert clash.actor1 is not None and clash.actor1.as_written == side1
    assert clash.actor2 is not None and clash.actor2.as_written == side2


def test_a_later_sentence_s_dead_do_not_replace_the_side_met_with_fire(extract):
    text = ("El miércoles, efectivos del Ejército fueron atacados por integrantes del Tren del Llano en el "
            "sector El Valle, de Guárico, lo que originó un enfrentamiento. Dos delincuentes murieron.")
    clash = _clash(extract, text)
    assert clash.actor1.name == "Tren del Llano"
    assert clash.actor2.inter == 1 and "efectivos del Ejército" in clash.actor2.as_written


def test_the_dicrim_is_the_police_side_of_a_clash_and_of_its_arrest(extract):
    text = ("La Policía Nacional informa que el sábado agentes de la Dirección Central de Investigaciones "
            "Criminales sostuvieron un intercambio de disparos con dos hombres armados en el sector Villa "
            "Mella, de Santo Domingo Norte. Uno de ellos murió y el otro fue arrestado en el lugar.")
    events = extract(text, published=PUBLISHED)
    clash = next(e for e in events if e.type == "armed_clash")
    assert clash.actor1.inter == 1 and "agentes de la Dirección Central" in clash.actor1.as_written
    assert clash.actor2 is not None and clash.actor2.inter != 1
    for e in events:
        if e.type == "arrest":
            assert e.actor1.inter == 1 and "Dirección Central" in e.actor1.as_written


@pytest.mark.parametrize("sentence, answerer", [
    ("Los policías querían detenerlo cuando él emprendió a tiros contra la patrulla.", "la patrulla"),
    ("El gobierno emprendió una campaña contra la extorsión.", None),
])
def test_emprender_a_tiros_opens_fire_only_with_a_fire_word(nlp, sentence, answerer):
    from cronica.extraction.actors import clash_opener

    _, second = clash_opener(next(iter(nlp(sentence).sents)))
    assert (second.text if second else None) == answerer
