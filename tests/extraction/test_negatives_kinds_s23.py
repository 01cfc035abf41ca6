"""Session 23 (corpus part zm): hard negatives of kinds the earlier probes did not hold - a sentence
being served, an e-sports final, contraband clothes "secuestrada" by customs, a bullfight, carbon
"secuestrado" by trees, and a sentence that only talks about an incident already told (our own
sentences, CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


PUBLISHED = "2026-03-10"


def found(nlp, text):
    """[(type, trigger text, why dropped, strength)] for every trigger of the text's sentences."""
    doc = nlp(text)
    return [(m.type, doc.text[m.start:m.end], m.dropped, m.strength) for s in doc.sents for m in find_triggers(s)]


def kept_types(nlp, text):
    return sorted(t for t, _, why, _ in found(nlp, text) if not why)


def types(events):
    return sorted(e.type for e in events)


# -- a sentence being served is no sentence handed down

@pytest.mark.parametrize("text", [
    "Los presos de la antigua guerrilla cumplen ya condena en penales de la sierra, cerca de sus familias.",
    "Con el traslado, la mayoría de los reclusos de la vieja organización cumplen ya condena en cárceles del norte.",
    "El exalcalde, que cumple condena en la cárcel de Chiclayo desde hace seis años, pidió la semilibertad.",
    "Dos de los acusados purgan condena en una prisión de máxima seguridad.",
])
def test_serving_a_sentence_is_no_sentence_handed_down(nlp, text):
    assert "other" not in kept_types(nlp, text)


def test_a_court_that_condemns_to_years_in_prison_stays_a_sentence(nlp):
    text = "El tribunal condena a 25 años de prisión al hombre que asesinó al dirigente vecinal."
    assert "other" in kept_types(nlp, text)


# -- an e-sports final

@pytest.mark.parametrize("text", [
    "Emboscada perfecta en la final de Free Fire: su francotirador eliminó a cuatro rivales.",
    "Emboscada brutal en la última ronda: nuestro francotirador eliminó a tres rivales seguidos 🔥 #esports",
])
def test_an_esports_ambush_is_no_incident(nlp, text):
    assert kept_types(nlp, text) == []


def test_an_esports_final_gives_no_events(extract):
    text = ("¡Somos campeones! 🏆 Los Lobos de Toluca ganaron el torneo nacional de Fortnite en la final de ayer. "
            "Emboscada brutal en la última ronda: nuestro francotirador eliminó a tres rivales seguidos 🔥 #esports")
    assert extract(text, published=PUBLISHED) == []


def test_gunmen_firing_at_a_video_game_tournament_stay_an_attack(extract):
    text = ("Balacera en torneo de videojuegos deja un muerto en León\n"
            "Un joven murió y dos resultaron heridos el domingo cuando hombres armados entraron a un local de "
            "videojuegos de la colonia Centro, en León, y dispararon contra los jugadores.")
    assert "attack" in types(extract(text, published=PUBLISHED))


# -- contraband goods "secuestrada" by customs

@pytest.mark.parametrize("text", [
    "La Aduana secuestró 25 toneladas de ropa usada que viajaban ocultas en dos cisternas.",
    "Efectivos del control aduanero secuestraron 600 fardos de ropa usada en un depósito de la frontera.",
    "Los inspectores decomisaron 80 cajas de cigarrillos y 40 bultos de mercadería sin factura.",
])
def test_contraband_clothes_are_no_seizure_and_no_kidnapping(nlp, text):
    got = kept_types(nlp, text)
    assert "seizure" not in got and "kidnapping" not in got


@pytest.mark.parametrize("text", [
    "La policía secuestró 25 toneladas de marihuana que viajaban ocultas en dos cisternas.",
    "Los agentes secuestraron 12 kilos de cocaína y ropa de los detenidos en la vivienda.",
])
def test_drugs_counted_by_the_ton_stay_a_seizure(nlp, text):
    assert "seizure" in kept_types(nlp, text)


def test_people_secuestrados_stay_a_kidnapping(nlp):
    text = "Hombres armados secuestraron a tres comerciantes de ropa usada en la carretera a la frontera."
    assert "kidnapping" in kept_types(nlp, text)


# -- a bullfight

@pytest.mark.parametrize("text", [
    "El diestro mató al cuarto de la tarde de una estocada en todo lo alto y cortó dos orejas.",
    "Un novillo corneó a un joven que saltó al ruedo durante las fiestas del pueblo.",
])
def test_a_bullfight_is_no_killing(nlp, text):
    assert kept_types(nlp, text) == []


def test_a_man_shot_dead_at_a_bullring_stays_a_killing(nlp):
    text = "Sicarios mataron a tiros a un ganadero a la salida de la plaza de toros del municipio."
    assert "killing" in kept_types(nlp, text)


# -- carbon "secuestrado" by trees

@pytest.mark.parametrize("text", [
    "Los manglares del estuario secuestran cada año miles de toneladas de carbono.",
    "La cooperativa cobra por la captura de carbono de sus bosques de cacao.",
])
def test_carbon_sequestration_is_no_kidnapping_seizure_or_arrest(nlp, text):
    assert kept_types(nlp, text) == []


def test_forest_rangers_taken_by_armed_men_stay_a_kidnapping(nlp):
    text = "Hombres armados secuestraron a dos guardaparques en una vereda del parque nacional."
    assert "kidnapping" in kept_types(nlp, text)


# -- a sentence that only talks about the incident

def test_talking_about_a_clash_is_no_new_incident(nlp):
    text = "Los negociadores, que volverán a reunirse en mayo, no se refirieron al combate en su declaración."
    assert [(t, s) for t, _, why, s in found(nlp, text) if not why and t == "armed_clash"] in ([], [("armed_clash", "weak")])


def test_a_clash_told_then_talked_about_is_one_event(extract):
    text = ("Soldados y disidentes combatieron el lunes en una vereda de Argelia, en el Cauca; un soldado resultó herido.\n"
            "Los negociadores, que volverán a reunirse en mayo, no se refirieron al combate en su declaración.")
    assert types(extract(text, published=PUBLISHED)) == ["armed_clash"]


# -- a relative clause in the pluperfect tells an earlier act, not the day of the incident

def test_a_headline_victim_who_had_left_prison_days_before_is_the_bodys_killing(extract):
    text = ("Asesinan a un hombre que había salido de la cárcel con beneficio penitenciario hace cinco días\n"
            "Un hombre de 29 años fue asesinado a balazos la noche del domingo en una calle del distrito de "
            "La Victoria, en Lima, informó la Policía.")
    events = extract(text, published=PUBLISHED)
    assert [(e.type, e.date.value) for e in events] == [("killing", "2026-03-08")]
