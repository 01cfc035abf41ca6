"""Session 19 (corpus part zc): hard negatives of short local items, wire briefs and posts - hunting
accidents, deaths the text calls not violent, fact checks and corrections, blasts in a mine, a fire whose
arson is ruled out, an attack set years back - and a vehicle that stops (our own sentences, CC0)."""
import pytest

from cronica.extraction.triggers import accidental_blast_document, find_triggers


PUBLISHED = "2025-10-21"


def dropped(nlp, text):
    """{trigger text: why dropped} for every trigger of the text's sentences."""
    doc = nlp(text)
    return {doc.text[m.start:m.end]: m.dropped for s in doc.sents for m in find_triggers(s)}


def types(events):
    return sorted(e.type for e in events)


# -- hunting: game shot by hunters, a hunter shot by mistake

@pytest.mark.parametrize("text", [
    "Muere un hombre herido por su cuñado durante una cacería en Santiago del Estero\nEl cuñado disparó contra "
    "unos arbustos donde creyó ver un venado y lo alcanzó en la espalda; murió camino al hospital de Añatuya.",
    "Balance de la temporada: los cazadores deportivos abatieron 1.800 jabalíes en el sur de Córdoba\nLa Dirección "
    "de Fauna destacó que no hubo accidentes con armas en los cotos habilitados.",
])
def test_hunting_gives_no_events(extract, text):
    assert extract(text, published=PUBLISHED) == []


def test_an_accidental_shot_in_the_opening_line_frames_the_text(extract):
    text = ("Un adolescente murió por un disparo accidental en una finca de Chaco\nEl arma, una escopeta de su "
            "padre, se disparó mientras la limpiaba en el galpón, según la Fiscalía.")
    assert extract(text, published=PUBLISHED) == []


def test_armed_men_who_kill_a_park_ranger_stay_a_killing(extract):
    text = ("Asesinan a un guardaparques en Misiones\nDos hombres armados mataron a tiros el domingo a un "
            "guardaparques que los sorprendió dentro de la reserva, informó la Policía provincial.")
    assert "killing" in types(extract(text, published=PUBLISHED))


# -- deaths the text says were not violent

@pytest.mark.parametrize("text", [
    "Encuentran sin vida a un pescador que se ahogó en el río Magdalena\nEl cuerpo del hombre, de 60 años, fue "
    "hallado sin vida el domingo por sus compañeros a un kilómetro del muelle de Barrancabermeja.",
    "Hallan muerta a una mujer en su apartamento de Cochabamba; descartan violencia\nEl cuerpo fue hallado sin vida "
    "el martes por su hijo. Según el forense, murió por causas naturales.",
])
def test_a_body_found_after_a_death_told_as_not_violent_gives_no_events(extract, text):
    assert extract(text, published=PUBLISHED) == []


def test_a_body_found_with_marks_of_violence_stays_a_killing(extract):
    text = ("Hallan sin vida a un comerciante en una zanja de Palmira\nEl cuerpo del hombre, con signos de violencia "
            "y las manos atadas, fue hallado sin vida el lunes por unos campesinos.")
    assert "killing" in types(extract(text, published=PUBLISHED))


# -- fact checks and corrections: a claim called false

def test_a_claim_called_false_in_a_que_clause_is_denied(nlp):
    why = dropped(nlp, "Es falso que haya habido una balacera en la terminal de buses de Quito.")
    assert why["balacera"] and why["balacera"].startswith("denied")


def test_a_report_called_false_denies_what_it_is_about(nlp):
    why = dropped(nlp, "Es falsa la versión que circula en grupos de mensajería sobre un supuesto ataque contra "
                       "una patrulla en Jamundí.")
    assert why["ataque"] and why["ataque"].startswith("denied")


def test_a_report_retold_then_called_false_gives_no_events(extract):
    text = ("Aclaración sobre la nota del sábado\nEn una nota del sábado, este diario informó que tres policías "
            "habían sido heridos en un ataque con explosivos contra la comisaría de Tumbes. La información no es "
            "correcta.\nLos agentes se lesionaron al caer de una camioneta durante un patrullaje.")
    assert [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "bombing")] == []


def test_a_detail_called_false_leaves_the_attack_told(extract):
    text = ("Atacan a balazos una comisaría en Tumbes\nLa Policía informó que dos agentes resultaron heridos el "
            "domingo en un ataque armado contra la comisaría de Zarumilla. Es falso que hubiera civiles entre los "
            "heridos, añadió el jefe policial.")
    assert "attack" in types(extract(text, published=PUBLISHED))


# -- a blast in a mine, a fire whose arson is ruled out

def test_a_blast_at_the_mouth_of_a_mine_is_an_accident():
    text = ("Dos mineros mueren por una explosión en Oruro\nLa carga estalló cuando los trabajadores preparaban "
            "el frente de trabajo, a unos cien metros de la bocamina. La cooperativa pidió una inspección.")
    assert accidental_blast_document(text, 3)


def test_explosives_thrown_by_armed_men_into_a_mine_stay_a_bombing(extract):
    text = ("Atacan con explosivos a mineros en Pataz\nUn grupo de hombres armados lanzó el sábado un artefacto "
            "explosivo contra la bocamina de una contratista en Pataz y mató a dos trabajadores, informó la Policía.")
    assert "bombing" in types(extract(text, published=PUBLISHED))


def test_a_fire_whose_arson_is_ruled_out_is_no_attack(nlp):
    why = dropped(nlp, "Los bomberos descartaron que el incendio de la bodega fuera provocado.")
    assert "incendio" not in why


def test_a_fire_set_by_strangers_stays_an_attack(nlp):
    why = dropped(nlp, "El incendio fue provocado por desconocidos que rociaron gasolina en la puerta.")
    assert why.get("incendio", "missing") is None


# -- an attack set years back by the words after it

def test_an_attack_set_years_back_is_background(nlp):
    why = dropped(nlp, "La escuela reemplaza a la que fue destruida en un atentado hace muchos años.")
    assert why["atentado"] and why["atentado"].startswith("background")


def test_an_attack_of_three_days_ago_is_not_background(nlp):
    why = dropped(nlp, "La escuela fue destruida en un atentado hace tres días, según el rector.")
    assert why["atentado"] is None


# -- a vehicle that stops is no arrest

def test_a_driver_who_stops_to_pick_up_passengers_is_not_arrested(extract):
    text = ("Matan a un mototaxista en Piura\nUn mototaxista fue asesinado a balazos el lunes cuando se detuvo a "
            "recoger a una pasajera en el asentamiento humano Los Algarrobos, en Piura.")
    assert types(extract(text, published=PUBLISHED)) == ["killing"]


def test_people_detained_in_the_impersonal_stay_an_arrest(extract):
    text = ("Operativo en Piura\nEn el operativo del lunes se detuvo a tres personas en el asentamiento humano "
            "Los Algarrobos, en Piura.")
    assert "arrest" in types(extract(text, published=PUBLISHED))
