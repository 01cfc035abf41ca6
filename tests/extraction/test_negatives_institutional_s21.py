"""Session 21 (corpus part zh): hard negatives of communiqués, NGO bulletins and institutional texts -
a communiqué's denial in the first person, the forces' controlled destruction of explosives, a search
that took only phones and papers, the members of a counted total, a charge "contra" someone "por" an
incident, and the Colombian "en lo corrido del año" (our own sentences, CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


PUBLISHED = "2026-03-10"


def found(nlp, text):
    """[(type, trigger text, why dropped, reference)] for every trigger of the text's sentences."""
    doc = nlp(text)
    return [(m.type, doc.text[m.start:m.end], m.dropped, m.reference) for s in doc.sents for m in find_triggers(s)]


def kept_types(nlp, text):
    return sorted(t for t, _, why, _ in found(nlp, text) if not why)


def why_of(nlp, text, word):
    return next(why for _, w, why, _ in found(nlp, text) if w == word)


def types(events):
    return sorted(e.type for e in events)


# -- a communiqué's denial, in the first person plural

@pytest.mark.parametrize("text, word", [
    ("Desmentimos que en la zona hayan ocurrido combates entre las tropas y un grupo armado.", "combates"),
    ("Negamos que se haya producido un ataque contra la base naval de Tumaco.", "ataque"),
    ("Descartamos que la explosión del depósito haya sido un atentado.", "atentado"),
])
def test_a_denial_in_the_first_person_plural_drops_the_incident(nlp, text, word):
    assert (why_of(nlp, text, word) or "").startswith("denied")


def test_a_communique_denying_a_clash_gives_no_events(extract):
    text = ("EJÉRCITO NACIONAL\nComunicado oficial\nDesmentimos categóricamente que el sábado se hayan "
            "registrado enfrentamientos con disidencias en la vereda Alto Mira, de Tumaco. La información "
            "difundida en redes no corresponde a la realidad.")
    assert extract(text, published=PUBLISHED) == []


def test_a_clash_the_communique_reports_stays_an_event(nlp):
    text = "Informamos que el sábado nuestras tropas sostuvieron combates con disidencias en la vereda Alto Mira."
    assert "armed_clash" in kept_types(nlp, text)


# -- the forces' controlled destruction of explosives or munitions

@pytest.mark.parametrize("text", [
    "Los técnicos antiexplosivos detonaron de forma controlada una granada hallada en un lote baldío.",
    "Las explosiones que oyeron los vecinos correspondieron a la destrucción controlada de munición vencida.",
    "El artefacto fue llevado a una cantera, donde lo hicieron estallar de manera controlada.",
])
def test_a_controlled_disposal_is_no_bombing(nlp, text):
    assert "bombing" not in kept_types(nlp, text)


def test_a_real_blast_beside_a_controlled_one_stays_a_bombing(nlp):
    text = ("Un artefacto explosivo estalló frente a la alcaldía de Saravena y otro fue detonado de manera "
            "controlada por los técnicos.")
    assert "bombing" in kept_types(nlp, text)


def test_a_controlled_area_is_no_disposal(nlp):
    text = "La zona quedó controlada después de que los disidentes atacaron la estación de policía con fusiles."
    assert "attack" in kept_types(nlp, text)


def test_an_army_note_on_destroying_old_munitions_gives_no_events(extract):
    text = ("FUERZA ARMADA\nNota informativa\nLa Fuerza Armada informa que las detonaciones escuchadas este "
            "martes en el cantón El Tablón correspondieron a la destrucción controlada de 800 granadas y "
            "proyectiles vencidos. No hubo daños.")
    assert extract(text, published=PUBLISHED) == []


# -- a search that took only phones, computers, papers or cash

@pytest.mark.parametrize("text", [
    "En el registro de la casa se intervinieron tres teléfonos móviles y dos ordenadores.",
    "Durante el allanamiento se incautaron dos celulares, documentos y dinero en efectivo.",
])
def test_phones_and_papers_alone_are_no_seizure(nlp, text):
    assert "seizure" not in kept_types(nlp, text)


@pytest.mark.parametrize("text", [
    "En el registro de la casa se intervinieron dos teléfonos móviles y una pistola.",
    "Durante el allanamiento se incautaron dos celulares y un machete.",
    "En la camioneta se aseguraron 20 kilos de cocaína y dos teléfonos satelitales.",
])
def test_goods_with_an_arm_or_a_drug_stay_a_seizure(nlp, text):
    assert "seizure" in kept_types(nlp, text)


# -- the members of a counted total

@pytest.mark.parametrize("text, word", [
    ("El observatorio documentó 215 agresiones contra periodistas, entre ellas amenazas, detenciones y "
     "6 asesinatos.", "asesinatos"),
    ("La fiscalía registró 87 denuncias en la provincia: 12 homicidios, 40 extorsiones y 5 secuestros.",
     "homicidios"),
    ("El informe reúne 64 quejas contra la policía, de las cuales 3 ataques contra manifestantes.", "ataques"),
])
def test_a_member_of_a_counted_total_is_a_tally(nlp, text, word):
    assert (why_of(nlp, text, word) or "").startswith("tally")


def test_a_report_launch_with_its_figures_gives_no_events(extract):
    text = ("INFORME ANUAL\nLa Mesa de Defensoras presenta el viernes su informe anual, que documenta 178 "
            "agresiones contra lideresas, entre ellas hostigamientos, amenazas y 7 asesinatos.\nCAUCA - POPAYAN")
    assert extract(text, published=PUBLISHED) == []


def test_incidents_with_their_own_clause_after_a_colon_stay(nlp):
    # a verb between the marker and the noun: a clause that tells, not a list of members
    text = "Hubo 12 detenidos en la protesta: en la noche dos ataques destruyeron la sede del partido."
    assert "attack" in kept_types(nlp, text)


# -- a charge or a sentence "contra" someone "por" an incident

@pytest.mark.parametrize("text", [
    "Corte confirma condena contra dos exsoldados por el asesinato de un dirigente campesino",
    "Se reanudó el juicio contra el exalcalde por la masacre de la vereda El Cedro.",
])
def test_a_charge_against_someone_for_an_incident_is_a_reference(nlp, text):
    refs = [(t, ref) for t, _, why, ref in found(nlp, text) if t in ("killing", "attack") and not why]
    assert refs and all((ref or "").startswith("reference") for _, ref in refs)


def test_shots_fired_against_a_mayor_stay_an_attack(nlp):
    text = "Dos sicarios dispararon contra el alcalde por la espalda cuando salía de su casa."
    assert any(not why and not ref for _, _, why, ref in found(nlp, text))


def test_a_court_note_confirming_an_old_sentence_gives_no_events(extract):
    text = ("PODER JUDICIAL\nNota de prensa\nCorte confirma condena contra exmando por el asesinato de un "
            "alcalde\nLa sala suprema declaró no haber nulidad en la sentencia que condenó a 25 años de "
            "prisión a un exmando por el asesinato del alcalde de Acobamba en 1990.")
    assert extract(text, published=PUBLISHED) == []


# -- "en lo corrido del año": a running count

def test_killings_in_lo_corrido_del_ano_are_a_tally(nlp):
    text = "En lo corrido del año han sido asesinados 23 líderes sociales en el departamento."
    assert (why_of(nlp, text, "asesinados") or "").startswith("tally")


def test_a_killing_of_the_day_beside_it_stays(nlp):
    text = "Hombres armados asesinaron este lunes a un líder comunal en la vereda La Pradera de Tumaco."
    assert "killing" in kept_types(nlp, text)


# -- goods seized before and destroyed now: a ceremony of old stock

@pytest.mark.parametrize("text", [
    "La Policía incineró este martes 3 toneladas de marihuana decomisadas en distintos operativos.",
    "El Ejército destruyó 2.100 armas de fuego que habían sido incautadas a bandas criminales.",
])
def test_goods_seized_before_and_destroyed_now_are_no_seizure(nlp, text):
    assert "seizure" not in kept_types(nlp, text)


@pytest.mark.parametrize("text", [
    "Los soldados destruyeron un laboratorio y aseguraron 200 kilos de cocaína en la vereda El Retiro.",
    "Agentes decomisaron 40 fusiles ocultos en un camión en la vía a Cúcuta.",
])
def test_a_seizure_of_the_day_stays(nlp, text):
    assert "seizure" in kept_types(nlp, text)


# -- a mine that collapses, told with "colapso"

def test_a_mine_collapse_gives_no_events(extract):
    text = ("Colapso de socavón en Ananea deja tres mineros muertos\nTres mineros perdieron la vida el domingo "
            "luego de que colapsara una galería de una mina artesanal en el distrito de Ananea, en Puno.")
    assert extract(text, published=PUBLISHED) == []


def test_miners_shot_inside_an_adit_stay_a_killing(extract):
    text = ("Matan a tres mineros dentro de un socavón en Ananea\nHombres armados mataron a balazos el domingo "
            "a tres mineros dentro de un socavón de una mina artesanal en el distrito de Ananea, en Puno.")
    assert {"killing", "attack"} & set(types(extract(text, published=PUBLISHED)))
