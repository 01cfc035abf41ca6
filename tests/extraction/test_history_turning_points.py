"""An undated text's history (an encyclopedia entry) tells a group's arrests as the turning
points of what follows ("Tras la captura de su dirección, la organización quedó desarticulada"):
background, not an incident of the entry, unless the arrest's own phrase places it
(filters.yaml turning_point_before; triggers.arrest_as_turning_point; Assembler._historic).
Sentences written for these tests (CC0)."""
import pytest

from cronica.extraction.triggers import arrest_as_turning_point, find_triggers, load_filters

ENTRY = ("El Frente Campesino Armado fue una organización guerrillera boliviana activa entre 1986 y 1995. "
         "El 3 de mayo de 1989, una columna del frente atacó el puesto policial de Caranavi y mató a dos agentes. ")


def arrest_tokens(pipeline, text):
    doc = pipeline.nlp(text)
    return [doc[t.token_i] for s in doc.sents for t in find_triggers(s) if t.type == "arrest"]


def test_an_arrest_told_as_the_turning_point_of_a_history_is_no_event(extract):
    text = ENTRY + "Tras la captura de sus principales jefes, la organización se disolvió en 1995."
    evs = extract(text)
    assert [e.type for e in evs] == ["attack"], [(e.type, e.evidence.text) for e in evs]


def test_an_arrest_after_which_a_faction_went_on_is_no_event_either(extract):
    text = ENTRY + ("Después de la captura de su dirección en 1992, una facción se replegó hacia los Yungas "
                    "y siguió operando unos años más.")
    evs = extract(text)
    assert "arrest" not in [e.type for e in evs], [(e.type, e.evidence.text) for e in evs]


def test_an_arrest_placed_in_its_own_phrase_stays_an_event(extract):
    text = ENTRY + "En 1995, tras la captura de su último comandante en una finca de Caranavi, el frente se disolvió."
    evs = extract(text)
    assert "arrest" in [e.type for e in evs], [(e.type, e.evidence.text) for e in evs]


def test_the_cue_words_and_the_place_decide(pipeline):
    cues = load_filters()
    toks = arrest_tokens(pipeline, "Tras la captura de sus principales jefes, la organización se disolvió.")
    assert toks and arrest_as_turning_point(toks[0], cues)
    toks = arrest_tokens(pipeline, "Tras la captura de su último comandante en Caranavi, el frente se disolvió.")
    assert toks and not arrest_as_turning_point(toks[0], cues)
    toks = arrest_tokens(pipeline, "La captura de sus principales jefes fue un golpe para la organización.")
    assert toks and not arrest_as_turning_point(toks[0], cues)


# -- an undated entry's incident named by a noun, with a bare year long before the entry's latest
#    year, is its history in passing (Assembler._historic, _named_long_before)

_LATER = " En 2019 el frente anunció su disolución definitiva."


@pytest.mark.parametrize("history", [
    "Según sus propios comunicados, el grupo cometió su primer asesinato en 1979.",
    "El grupo se hizo conocido por el atentado contra la prefectura de Oruro en 1983.",
    "Su primera acción armada fue una emboscada a una patrulla militar en 1980.",
    "El frente nació tras la operación militar contra las comunidades del Chapare en 1978.",
])
def test_an_old_incident_named_in_passing_in_an_undated_entry_is_no_event(extract, history):
    evs = extract("El Frente Campesino Armado fue una organización guerrillera boliviana. " + history + _LATER)
    assert evs == [], [(e.type, e.evidence.text) for e in evs]


def test_an_old_incident_narrated_by_its_verb_stays_an_event(extract):
    evs = extract("El Frente Campesino Armado fue una organización guerrillera boliviana. "
                  "En 1979, una columna del frente secuestró en Oruro a un ingeniero de la minera." + _LATER)
    assert "kidnapping" in [e.type for e in evs], [(e.type, e.evidence.text) for e in evs]


def test_a_year_close_to_the_entry_s_latest_year_keeps_the_incident(extract):
    evs = extract("El Frente Campesino Armado fue una organización guerrillera boliviana. "
                  "En 2015, tras la captura de su jefe en una finca de Caranavi, el frente se dividió." + _LATER)
    assert "arrest" in [e.type for e in evs], [(e.type, e.evidence.text) for e in evs]
