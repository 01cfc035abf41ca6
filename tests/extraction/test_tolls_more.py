"""Tolls told across sentences: "otros"/"también" (more people than told before), members of a
group, generic nouns that tell a group again, and people taken away. Sentences written for these
tests (issue 12 item 2)."""
import pytest

import cronica
from cronica.extraction.counts import find_counts, members_of
from cronica.model import Sides


def extract(text, published="2024-05-10"):
    return cronica.extract(text, published=published, doc_id="t")


def figures(nlp, sentence):
    return [c for c in find_counts(next(nlp(sentence).sents))]


# ---- "otros" across sentences: the mark is kept on the figure (CountMention.other)

def test_more_wounded_in_a_later_sentence_add_up():
    [e] = [e for e in extract("Hombres armados atacaron el lunes una patrulla policial en Tumaco. Dos agentes "
                              "resultaron heridos en el ataque. Más tarde, otros tres policías fueron heridos "
                              "por los disparos de los francotiradores.") if e.wounded is not None]
    assert e.wounded.best == 5


def test_the_mark_survives_when_the_sentence_contrasts_it_with_the_dead(nlp):
    [dead, hurt] = sorted(figures(nlp, "Murió un vigilante y otros cuatro quedaron heridos."), key=lambda c: c.start)
    assert (dead.category, hurt.category) == ("killed", "wounded")
    assert hurt.other and not hurt.additive  # sets the wounded apart from the dead; adds to nothing


def test_a_sentence_that_opens_with_otros_keeps_it_additive(nlp):
    [c] = figures(nlp, "Otras dos personas resultaron heridas por las esquirlas.")
    assert c.other and c.additive


def test_more_people_told_again_with_the_same_figure_do_not_add():
    events = extract("Un convoy de infantes de marina cayó el domingo en una emboscada de pistoleros cerca de "
                     "Reynosa, Tamaulipas. Murió un marino y otros 3 quedaron heridos.\n"
                     "El marino muerto, un cabo de 24 años, llegó sin vida a la clínica naval. "
                     "También quedaron heridos por las balas otros 3 marinos.")
    [e] = [e for e in events if e.wounded is not None]
    assert (e.killed.best, e.wounded.best) == (1, 3)


def test_other_dead_in_a_sentence_of_their_own_do_not_add(nlp):
    # "otras N personas fueron asesinadas" on its own tells as often of other killings of that day
    [c] = figures(nlp, "Horas más tarde, otros dos hombres fueron asesinados en un barrio vecino.")
    assert c.category == "killed" and c.other and not c.additive


# ---- "también"/"además" on the casualty verb itself

def test_also_on_the_casualty_verb_adds_the_other_side():
    [e] = extract("Dos policías murieron el lunes en un enfrentamiento con una banda en el Cauca. "
                  "En el tiroteo murieron también tres integrantes de la banda.")
    assert e.killed.best == 5
    assert e.killed_sides == Sides(a=2, b=3, civilians=0, unknown=0)


@pytest.mark.parametrize("sentence", [
    "En el choque fallecieron además cuatro atacantes.",
    "También resultaron heridos dos vecinos que pasaban por el lugar.",
])
def test_also_marks_more_people(nlp, sentence):
    [c] = figures(nlp, sentence)
    assert c.other and c.additive == (c.category != "killed")  # (the dead add by their group only)


def test_also_on_a_verb_of_saying_is_no_mark(nlp):
    [c] = figures(nlp, "El ministro confirmó también la muerte de dos soldados.")
    assert not c.additive and not c.other


# ---- members of a group, and generic nouns that tell a group again

@pytest.mark.parametrize("sentence,group", [
    ("Murieron tres integrantes de la banda en el tiroteo.", "la banda"),
    ("Cinco miembros del grupo irregular resultaron abatidos.", "grupo irregular"),
])
def test_members_are_counted_for_their_group(nlp, sentence, group):
    [c] = figures(nlp, sentence)
    assert members_of(c) == group


def test_members_of_an_armed_group_are_side_b():
    [e] = extract("En el combate cayeron en cumplimiento del deber tres soldados, mientras que cinco miembros "
                  "del grupo irregular resultaron abatidos en la vereda El Carmen, en Tame.")
    assert e.killed.best == 8
    assert e.killed_sides.a == 3 and e.killed_sides.b == 5


def test_a_generic_noun_with_the_same_figure_tells_the_group_again():
    [e] = extract("Tres asaltantes muertos en tiroteo con la policía en Cali\n"
                  "Tres hombres que acababan de robar un banco murieron el lunes durante un tiroteo con agentes "
                  "de la Policía en Cali. Un patrullero resultó herido.")
    assert (e.killed.best, e.wounded.best) == (3, 1)


@pytest.mark.parametrize("sentence,best", [
    ("En la emboscada cayeron en combate dos suboficiales del Ejército.", 2),
    ("El sargento Luis Paredes cayó en cumplimiento del deber durante el asalto.", 1),
])
def test_fallen_in_combat_are_dead(nlp, sentence, best):
    assert [(c.category, c.best) for c in figures(nlp, sentence)] == [("killed", best)]


# ---- people taken away ("llevarse")

@pytest.mark.parametrize("sentence,best", [
    ("Unos hombres armados se llevaron el martes a tres jóvenes de la vereda Los Pinos.", 3),
    ("Un grupo armado se llevó por la fuerza a cuatro obreros de la obra.", 4),
    ("Llegaron unos tipos armados en una camioneta y se lo llevaron de su casa.", 1),
])
def test_people_taken_away_are_kidnapped(nlp, sentence, best):
    assert [(c.category, c.best) for c in figures(nlp, sentence)] == [("kidnapped", best)]


@pytest.mark.parametrize("sentence", [
    "Los agentes se llevaron detenidos a dos hombres tras el asalto.",
    "Los policías se llevaron a los dos sospechosos a la comisaría.",
    "Los paramédicos se llevaron a los heridos al hospital.",
    "Los vecinos llevaron a tres niños a la escuela.",
])
def test_taking_the_arrested_or_the_wounded_is_no_kidnapping(nlp, sentence):
    assert not [c for c in figures(nlp, sentence) if c.category == "kidnapped"]


@pytest.mark.parametrize("sentence,expected", [
    ("Los presos retienen a nueve custodios en el penal.", [("kidnapped", 9)]),
    ("Los comuneros retienen dos camiones de la empresa.", []),  # things held, no people
    ("Los mineros retuvieron tres volquetas.", []),
])
def test_people_held_take_the_personal_a(nlp, sentence, expected):
    assert [(c.category, c.best) for c in figures(nlp, sentence)] == expected


# ---- detained and never seen again: the disappeared

@pytest.mark.parametrize("sentence,best", [
    ("Una patrulla detuvo a siete comuneros, cuyo paradero nunca se conoció.", 7),
    ("Los soldados detuvieron a doce campesinos en la plaza; cinco de ellos nunca volvieron a ser vistos.", 5),
    ("Agentes detuvieron a cuatro jóvenes y desde entonces se desconoce su paradero.", 4),
])
def test_people_detained_who_vanished_are_kidnapped(nlp, sentence, best):
    assert [(c.category, c.best) for c in figures(nlp, sentence)] == [("kidnapped", best)]


def test_an_arrest_with_no_vanishing_stays_an_arrest(nlp):
    found = figures(nlp, "La policía detuvo a tres sospechosos del robo, que fueron llevados a la comisaría.")
    assert [(c.category, c.best) for c in found] == [("arrested", 3)]


# ---- listed groups and the wounded in care

def test_a_description_of_a_listed_group_is_no_predicate(nlp):
    found = figures(nlp, "La columna ejecutó al alcalde y a dos concejales acusados de colaborar con el Ejército.")
    assert sum(c.best for c in found if c.category == "killed") == 3


def test_a_place_joined_to_a_group_is_no_victim(nlp):
    doc = nlp("Choque armado en la frontera sur: tres irregulares muertos y un soldado herido\n"
              "QUITO, 9 abr (Agencia) - Militares y miembros de un grupo armado se enfrentaron el sábado.")
    found = find_counts(next(doc.sents))
    assert sorted((c.category, c.best) for c in found) == [("killed", 3), ("wounded", 1)]


@pytest.mark.parametrize("sentence,best", [
    ("Otros seis estudiantes fueron atendidos por asfixia y golpes en el hospital.", 6),
    ("Murieron cuatro reos y otros dos recibieron atención en un hospital.", 2),
    ("En la pelea murieron dos internos y otros cuatro resultaron lesionados, quienes reciben atención médica.", 4),
])
def test_people_cared_for_are_wounded(nlp, sentence, best):
    assert [c.best for c in figures(nlp, sentence) if c.category == "wounded"] == [best]


def test_care_that_is_no_medical_care_is_no_wound(nlp):
    assert figures(nlp, "Los desplazados reciben atención humanitaria en el albergue.") == []


# ---- running totals and joint figures

@pytest.mark.parametrize("sentence", [
    "Con este ataque, ya son 14 los policías asesinados este año en el estado.",
    "Van nueve soldados muertos en lo que va del mes.",
    "Desde enero, la violencia ha dejado 120 muertos en la región.",
])
def test_running_totals_are_cumulative(nlp, sentence):
    [c] = figures(nlp, sentence)
    assert c.cumulative


@pytest.mark.parametrize("sentence", [
    "Son tres los policías muertos en el ataque del lunes.",
    "Desde el jueves, el ataque ha dejado cinco muertos.",
])
def test_an_incident_figure_is_not_a_running_total(nlp, sentence):
    [c] = figures(nlp, sentence)
    assert not c.cumulative


@pytest.mark.parametrize("sentence", [
    "La explosión dejó 23 víctimas entre muertos y heridos.",
    "El atentado causó una veintena de víctimas entre muertos y heridos en el mercado.",
    "El ataque dejó 12 muertos y heridos.",
])
def test_the_dead_and_wounded_counted_together_tell_neither(nlp, sentence):
    assert [c for c in figures(nlp, sentence) if c.category in ("killed", "wounded")] == []


def test_each_figure_of_its_own_is_kept(nlp):
    assert sorted((c.category, c.best) for c in figures(nlp, "El ataque dejó 3 muertos y 9 heridos.")) == [
        ("killed", 3), ("wounded", 9)]


def test_a_running_total_does_not_reach_the_incident():
    events = extract("Pistoleros asesinaron el lunes a un agente de la policía estatal en Celaya, Guanajuato. "
                     "Con este crimen, ya son 14 los policías asesinados este año en el estado.")
    assert [e.killed.best for e in events if e.type == "killing"] == [1]
    assert all(e.killed is None or e.killed.best != 14 for e in events)


# ---- a toll told before its incident

def test_a_death_during_a_protest_told_before_the_protest_is_its_toll():
    events = extract("El alcalde lamentó la muerte de Julio Soto, un estudiante de 20 años, caído en la marcha "
                     "de docentes del martes en el centro de Arequipa. El funcionario pidió una "
                     "investigación imparcial.\n\nLa familia exigió justicia en una conferencia de prensa. Varias "
                     "organizaciones convocaron vigilias en su memoria.\n\nLa protesta del martes, convocada por "
                     "el sindicato de maestros, dejó más de 30 heridos, entre ellos diez policías.")
    [e] = [e for e in events if e.type == "protest"]
    assert (e.killed.best, e.wounded.best) == (1, 30)


def test_a_toll_of_no_named_kind_still_waits_only_a_sentence_or_two():
    events = extract("Un hombre murió el lunes en el centro de Tacna.\n\nLa familia pidió justicia. Sus vecinos "
                     "organizaron una colecta. El barrio exige más patrullaje.\n\nEl martes, cientos de "
                     "transportistas marcharon hacia la prefectura para exigir seguridad.")
    assert all(e.killed is None for e in events if e.type == "protest")


def test_care_in_a_purpose_clause_counts_nobody(nlp):
    assert figures(nlp, "Los lesionados fueron llevados a la clínica del barrio para recibir atención médica.") == []


# ---- revised tolls: the dead who had been wounded, a tally that names no category, the wounded left

def test_a_revision_for_a_wounded_man_who_died_moves_him_to_the_dead():
    [e] = [e for e in extract("Dos soldados murieron y otros seis resultaron heridos el martes en una emboscada "
                              "contra una patrulla del Ejército en Tame, Arauca. Este jueves la cifra de militares "
                              "muertos se elevó a tres, luego de que un cabo que había sido evacuado en estado "
                              "crítico falleciera en una clínica de Arauca.") if e.killed is not None]
    assert (e.killed.best, e.wounded.best) == (3, 5)


def test_a_rise_of_a_bare_tally_after_a_death_is_the_dead(nlp):
    found = figures(nlp, "La cifra se elevó a cinco tras la muerte de una mujer en el hospital.")
    assert [(c.best, c.update) for c in found if c.category == "killed" and c.update] == [(5, True)]
    assert figures(nlp, "El número aumentó a seis por la llegada de más agentes.") == []


def test_the_wounded_still_in_care_after_a_revision_are_the_wounded_figure():
    [e] = extract("CULIACÁN, 19 feb (Agencia) - Un ataque con drones cargados de explosivos contra la comunidad "
                  "de El Palmar, en el municipio de Badiraguato, dejó tres civiles y un policía comunitario muertos "
                  "el sábado, informaron autoridades estatales. Este lunes la cifra se elevó a cinco, luego de que "
                  "una mujer herida muriera en el hospital; otros seis lesionados siguen internados.")
    assert (e.killed.best, e.wounded.best) == (5, 6)


def test_people_still_in_care_are_no_more_people(nlp):
    [c] = figures(nlp, "Otros siete lesionados siguen internados en el hospital regional.")
    assert c.other and not c.additive


def test_a_victim_wounded_in_another_incident_is_one_more_dead(nlp):
    [c] = figures(nlp, "Dos hombres armados irrumpieron en el hospital y le quitaron la vida a un paciente que se "
                       "recuperaba de heridas de bala.")
    assert c.category == "killed" and not c.from_wounded


def test_a_number_not_told_is_no_group(nlp):
    found = figures(nlp, "En los incidentes resultaron además heridos 12 policías y un número no determinado de civiles.")
    assert [c.best for c in found if c.category == "wounded"] == [12]


# ---- the object of a relative clause is its antecedent

@pytest.mark.parametrize("sentence,expected", [
    ("La guerrilla liberó el martes al ganadero al que había secuestrado en marzo.", [("kidnapped", 1)]),
    ("La banda soltó a la comerciante a la que retuvo durante una semana.", [("kidnapped", 1)]),
    ("Los vecinos recordaron a los tres jóvenes a quienes asesinaron en 2010.", [("killed", 3)]),
])
def test_the_object_of_a_relative_clause_is_its_antecedent(nlp, sentence, expected):
    assert [(c.category, c.best) for c in figures(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence", ["La familia salió ilesa.", "La familia salio ilesa del incendio."])
def test_unharmed_whatever_the_tagger_reads(nlp, sentence):
    assert sorted((c.category, c.best) for c in figures(nlp, sentence)) == [("killed", 0), ("wounded", 0)]
