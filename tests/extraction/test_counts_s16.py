"""counts, session 16 (helper tolls3): figures of bulletins typed without accents, deaths told
with the subject dropped, and revised tolls told with the dead themselves.

- An age is no figure, also written without the tilde ("de 60 anos", "de 44 annos").
- "Murió camino al hospital": the way is no subject; one person died, named before.
- "Le dispararon y murió": a singular verb conjoined to a plural one has its own dropped subject.
- "Suben a cinco los policías muertos": a verb of rising right before the figure, then the dead
  with their article, is a revised figure that replaces the first report's.
Sentences written for these tests."""
import pytest


def _first(events, etype=None):
    return next(e for e in events if etype is None or e.type == etype)


@pytest.mark.parametrize("text", [
    "El martes hombres armados atacaron a tiros las casas de la comunidad. Una mujer de 70 anos resulto herida en el brazo.",
    "El martes hombres armados atacaron a tiros las casas de la comunidad. Una mujer de 70 annos resulto herida en el brazo.",
    "EL MARTES HOMBRES ARMADOS ATACARON A TIROS LAS CASAS DE LA COMUNIDAD. UNA MUJER DE 70 ANOS RESULTO HERIDA EN EL BRAZO.",
])
def test_an_unaccented_age_is_no_figure(extract, text):
    events = extract(text, published="2025-03-06")
    wounded = [e.wounded.best for e in events if e.wounded is not None]
    assert wounded == [1]


@pytest.mark.parametrize("text", [
    "Un comerciante de 52 años fue baleado por dos sujetos en la puerta de su tienda. Murió camino al hospital.",
    "Un comerciante de 52 años fue baleado por dos sujetos en la puerta de su tienda. Murio camino al hospital.",
])
def test_died_on_the_way_counts_one(extract, text):
    events = extract(text, published="2025-03-06")
    assert [e.killed.best for e in events if e.killed is not None] == [1]


def test_a_singular_verb_after_a_plural_one_has_its_own_subject(extract):
    text = ("El lunes dos sicarios interceptaron al concejal Pedro Ramos cuando salía de su casa. "
            "Le dispararon tres veces y murió en el lugar.")
    events = extract(text, published="2025-03-06")
    assert [e.killed.best for e in events if e.killed is not None] == [1]


def test_the_killers_are_not_the_dead(totals, nlp):
    # the plural doers of the first verb share no subject with the one who died
    assert totals(nlp, "Lo sacaron de la camioneta y murió horas después.").get("killed") == 1
    assert totals(nlp, "Los vecinos escucharon los disparos y llamaron a la policía.").get("killed") is None


@pytest.mark.parametrize("text,expected", [
    ("Suben a cuatro los soldados muertos en el ataque de Tumaco. Tres soldados murieron el sábado en el "
     "ataque con explosivos contra una patrulla en Tumaco; un cuarto falleció este lunes en el hospital.", 4),
    ("Se elevan a seis los fallecidos por el motín del penal de Tacna. Cinco internos murieron el domingo "
     "durante la riña y otro falleció ayer en el hospital regional.", 6),
])
def test_risen_to_the_dead_is_the_revised_toll(extract, text, expected):
    events = extract(text, published="2025-03-06")
    assert max(e.killed.best for e in events if e.killed is not None) == expected


@pytest.mark.parametrize("text,figure", [
    ("Suben a cuatro los soldados muertos en el ataque de Tumaco", 4),
    ("Con la muerte del conductor se elevan a tres los fallecidos del ataque al bus.", 3),
    ("Ascienden a doce los heridos por la explosión en el mercado.", 12),
])
def test_risen_to_the_dead_is_flagged_as_a_revision(nlp, text, figure):
    from cronica.extraction.counts import find_counts
    found = [c for s in nlp(text).sents for c in find_counts(s) if c.best == figure]
    assert found and all(c.update for c in found)


def test_the_dead_after_a_plain_verb_are_no_revision(nlp):
    from cronica.extraction.counts import find_counts
    found = [c for s in nlp("Murieron cinco los policías en la emboscada de la sierra.").sents for c in find_counts(s)]
    assert not any(c.update for c in found)


@pytest.mark.parametrize("text", [
    # the person who died, told again with the article and something between subject and verb
    "Un vigilante murió el lunes en el asalto a la bodega. El vigilante, de 45 años, recibió tres disparos en el pecho.",
    "Un vigilante murió el lunes en el asalto a la bodega. El vigilante salió a la calle y recibió tres disparos.",
])
def test_a_wound_received_by_someone_told_before_is_no_new_wounded(totals, nlp, text):
    assert totals(nlp, text) == {"killed": 1}


def test_a_wound_received_by_someone_new_is_a_wounded(totals, nlp):
    assert totals(nlp, "Un vigilante murió el lunes en el asalto. Un transeúnte recibió un disparo en la pierna.") \
        == {"killed": 1, "wounded": 1}


def test_neutralized_and_arrested_each_their_own(totals, nlp):
    # two groups, each with its participle: the first are dead
    assert totals(nlp, "Como resultado, tres delincuentes fueron neutralizados y cuatro fueron detenidos.").get("killed") == 3
    # one group subdued and arrested: nobody dead
    assert totals(nlp, "El asaltante fue neutralizado y detenido por los agentes.").get("killed") is None


def test_a_weapon_named_with_de_is_no_wave_of_attacks(totals, nlp):
    # "ola de" (a wave of attacks) is no part of "pistola de": the hostages are this incident's
    text = ("Tres hombres armados con una pistola de fabricación casera tomaron como rehenes al chofer "
            "y a cuatro pasajeros del bus.")
    assert totals(nlp, text).get("kidnapped") == 5


def test_a_wave_of_attacks_is_still_a_running_total(nlp):
    from cronica.extraction.counts import find_counts
    text = "La ola de atentados contra comisarías dejó 14 policías muertos en el departamento."
    found = [c for s in nlp(text).sents for c in find_counts(s) if c.best == 14]
    assert found and all(c.cumulative for c in found)


@pytest.mark.parametrize("text,figure", [
    ("Un segundo guardia murió en el hospital, con lo que son ya dos los vigilantes fallecidos en el asalto.", 2),
    ("Otra mujer murió en la clínica; con ello son ya cuatro las personas fallecidas por el ataque al mercado.", 4),
    ("Un cuarto pasajero falleció ayer, con lo que son cuatro los muertos del ataque al bus.", 4),
])
def test_with_it_the_dead_are_n_is_the_revised_toll(nlp, text, figure):
    from cronica.extraction.counts import find_counts
    found = [c for s in nlp(text).sents for c in find_counts(s) if c.best == figure]
    assert found and all(c.update and not c.cumulative for c in found)


def test_with_it_the_dead_of_the_year_are_a_running_total(nlp):
    from cronica.extraction.counts import find_counts
    text = "Con este crimen son ya 40 los líderes sociales asesinados en lo que va del año en el departamento."
    found = [c for s in nlp(text).sents for c in find_counts(s) if c.best == 40]
    assert found and all(c.cumulative and not c.update for c in found)


def test_many_shots_are_not_many_dead(nlp):
    # "varios" counts the shots; the leader after them is one person
    from cronica.extraction.counts import find_counts
    text = "Fue asesinado de varios disparos el dirigente campesino Juan Ramón Mejía cuando volvía a su parcela."
    found = [(c.category, c.best) for s in nlp(text).sents for c in find_counts(s)]
    assert found == [("killed", 1)]


def test_a_vague_quantity_of_the_people_is_still_a_floor(nlp):
    from cronica.extraction.counts import find_counts
    found = [(c.category, c.best, c.low) for s in nlp("La explosión dejó decenas de heridos en el mercado.").sents
             for c in find_counts(s)]
    assert found == [("wounded", None, 10)]
