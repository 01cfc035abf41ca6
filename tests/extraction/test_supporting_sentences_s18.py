"""Session 18 (issue 10, precision): supporting sentences that are no incident of their own.

Explosives seized or being laid when their carriers were caught are the arrest's or the seizure's,
not a bombing; bodies found later that revise a toll already told are that incident's dead; an arrest
figure over the span of a measure is a running total. Every sentence here is written for the test."""
from __future__ import annotations

from cronica.extraction.counts import find_counts
from cronica.extraction.triggers import find_triggers
from event_checks import told

PUBLISHED = "2026-04-15"


def _triggers(nlp, sentence):
    doc = nlp(sentence)
    return [t for s in doc.sents for t in find_triggers(s)]


def _kept_types(nlp, sentence):
    return {t.type for t in _triggers(nlp, sentence) if not t.dropped}


# -- explosives held, not set off

def test_explosives_seized_with_other_goods_are_no_bombing(nlp):
    found = _kept_types(nlp, "En la vivienda se incautaron tres fusiles, dos artefactos explosivos "
                             "improvisados y cuatro granadas de mano.")
    assert "seizure" in found and "bombing" not in found


def test_mines_seized_beside_an_arrest_are_no_bombing(nlp):
    found = _kept_types(nlp, "Los soldados capturaron a dos guerrilleros y se incautaron doce minas "
                             "antipersonal en el campamento.")
    assert {"arrest", "seizure"} <= found and "bombing" not in found


def test_a_device_being_laid_when_its_carriers_were_caught_is_no_bombing(nlp):
    found = _kept_types(nlp, "Los policías capturaron a dos hombres cuando instalaban un artefacto "
                             "explosivo junto a la torre de energía.")
    assert "arrest" in found and "bombing" not in found


def test_a_device_that_went_off_stays_a_bombing_beside_the_arrest(nlp):
    found = _kept_types(nlp, "Los agentes detuvieron a dos sospechosos minutos después de que un "
                             "artefacto explosivo estallara frente a la alcaldía.")
    assert "bombing" in found


def test_seized_detonators_tell_no_blast(nlp):
    found = _kept_types(nlp, "En el depósito se incautaron cuatro detonadores, un rollo de cordón "
                             "detonante y dos artefactos explosivos.")
    assert "bombing" not in found


def test_a_seizure_report_makes_no_bombing_event(extract):
    text = ("La Policía detuvo el lunes a tres hombres en una casa del barrio San Jorge, en Cúcuta. "
            "En el inmueble se incautaron dos pistolas, 60 cartuchos y tres artefactos explosivos de "
            "fabricación casera.")
    evs = extract(text, published=PUBLISHED)
    assert "bombing" not in {e.type for e in evs}, told(evs)
    assert {"arrest", "seizure"} <= {e.type for e in evs}, told(evs)


# -- bodies found later: the toll of the incident told

def test_bodies_that_revise_a_first_report_are_a_reference(nlp):
    ts = [t for t in _triggers(nlp, "El primer balance oficial hablaba de cuatro muertos; por la tarde, "
                                    "los rescatistas hallaron otros dos cuerpos con heridas de bala en el río.")
          if t.type == "killing" and not t.dropped]
    assert ts and all(t.strength == "weak" for t in ts)


def test_bodies_of_the_dead_already_told_are_a_reference(nlp):
    ts = [t for t in _triggers(nlp, "Los cuerpos de dos de los fallecidos fueron localizados con impactos "
                                    "de bala a un kilómetro del caserío.")
          if t.type == "killing" and not t.dropped]
    assert all(t.strength == "weak" for t in ts)


def test_bodies_found_with_no_toll_told_stay_a_killing(nlp):
    ts = [t for t in _triggers(nlp, "Vecinos hallaron los cuerpos de dos hombres con signos de tortura en un "
                                    "terreno baldío.")
          if t.type == "killing" and not t.dropped]
    assert ts and any(t.strength == "strong" for t in ts)


def test_more_bodies_than_the_first_report_give_the_revised_toll(nlp):
    doc = nlp("En un primer reporte la Fiscalía habló de cuatro muertos; horas después, los peritos "
              "localizaron otros tres cuerpos en una zanja.")
    killed = [c for s in doc.sents for c in find_counts(s) if c.category == "killed"]
    revised = [c for c in killed if c.update]
    assert [c.best for c in revised] == [7]


def test_bodies_found_the_next_day_join_the_clash(extract):
    text = ("Seis hombres murieron el sábado en un enfrentamiento entre dos bandas en el penal de Tumbes, "
            "informó el instituto penitenciario. "
            "El primer balance hablaba de cuatro fallecidos; durante la requisa del domingo, los agentes "
            "encontraron otros dos cuerpos en un pabellón.")
    evs = extract(text, published="2026-04-13")
    assert [e.type for e in evs] == ["armed_clash"], told(evs)
    assert evs[0].killed.best == 6


# -- a running total over a measure's span

def test_arrests_since_a_measure_began_are_a_running_total(nlp):
    ts = [t for t in _triggers(nlp, "Según el ministro, más de 12.000 personas han sido detenidas desde que "
                                    "entró en vigor el estado de emergencia.") if t.type == "arrest"]
    assert ts and all(t.dropped for t in ts)


def test_an_arrest_of_the_day_stays_an_arrest(nlp):
    assert "arrest" in _kept_types(nlp, "La policía detuvo el martes a doce presuntos pandilleros en el "
                                        "barrio La Campanera.")
