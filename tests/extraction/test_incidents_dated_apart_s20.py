"""One event per incident, and incidents with their own dates stay apart (issue 10 item 2),
session 20: a clash whose sentence opens with its own day, told in the noun that frames its
deaths ("en el combate murieron ..."), after an ambush of another year; a killing whose sentence
opens with a month long before the day the story had reached. Sentences written for these
tests (CC0)."""
PUBLISHED = "2025-11-20"


def summary(evs):
    return [(e.type, e.date.value if e.date else None, e.killed.best if e.killed else None) for e in evs]


def test_a_clash_framing_its_deaths_on_another_day_is_its_own(extract):
    # an encyclopedia entry (no publication date): each incident opens with its own date
    text = ("Historia\n"
            "En agosto de 1988, una patrulla de soldados que volvía de la laguna fue emboscada cerca "
            "del caserío de Pampahuasi por una columna guerrillera; murieron tres soldados.\n"
            "El 5 de enero de 1990, una columna guerrillera intentó ocupar el caserío de Pampahuasi y "
            "fue rechazada por los comuneros; en el combate murieron siete guerrilleros.")
    evs = extract(text)
    assert len(evs) == 2, summary(evs)
    by_date = {e.date.value: e for e in evs}
    assert by_date["1988-08"].killed.best == 3, summary(evs)
    assert by_date["1990-01-05"].killed.best == 7, summary(evs)


def test_deaths_in_the_clash_just_told_join_it(extract):
    # the same framing noun with no date of its own tells the incident just told
    text = ("El 5 de enero de 1990, una columna guerrillera intentó ocupar el caserío de Pampahuasi y "
            "fue rechazada por los comuneros. En el combate murieron siete guerrilleros y un comunero.")
    evs = extract(text)
    assert len(evs) == 1, summary(evs)
    assert evs[0].killed.best == 8, summary(evs)


def test_a_killing_months_before_the_day_told_is_another_incident(extract):
    # the death is dated by the day the story reached; the sentence after it opens with a month
    # long before: an older killing recalled, with its own event (no names to tell them apart)
    text = ("El lunes 17 de noviembre, unos doscientos policías llegaron al amanecer a la comunidad La "
            "Esperanza, en Cobán, para sacar a las familias. Un campesino de 30 años murió por un "
            "disparo en el pecho, y otros cuatro quedaron heridos.\n"
            "En febrero de 2024, un dirigente de la comunidad fue asesinado a balazos cuando regresaba "
            "de Cobán.")
    evs = extract(text, published=PUBLISHED)
    killings = sorted((e for e in evs if e.type == "killing"), key=lambda e: e.date.value)
    assert [e.date.value[:7] for e in killings] == ["2024-02", "2025-11"], summary(evs)
    assert killings[0].wounded is None and killings[1].wounded.best == 4, summary(evs)


def test_a_killing_told_again_with_its_day_stays_one(extract):
    # the day the story reached and the day the sentence opens with are close: one incident
    text = ("Un campesino de 30 años murió por un disparo en la comunidad La Esperanza, en Cobán, "
            "según informó la Policía.\n"
            "El domingo 16 de noviembre, el campesino fue asesinado por dos hombres que lo esperaban "
            "en el camino.")
    evs = extract(text, published=PUBLISHED)
    assert len([e for e in evs if e.type == "killing"]) == 1, summary(evs)


def test_a_figureless_pointer_before_a_dated_arrest_is_no_incident_apart(extract):
    # a vague pointer the story dates ("no es la primera vez ...") is told by the dated sentence after it
    text = ("La Policía detuvo el viernes en Estelí a la periodista Ana Ruiz Téllez, según denunció su "
            "familia.\n"
            "La familia recordó que la periodista ya fue encarcelada antes. En agosto de 2022 fue "
            "arrestada en León junto con dos colegas, tras cubrir una protesta.")
    evs = extract(text, published=PUBLISHED)
    arrests = sorted(e.date.value[:7] for e in evs if e.type == "arrest")
    assert arrests == ["2022-08", "2025-11"], summary(evs)


def test_two_days_each_opening_its_sentence_are_two_incidents(extract):
    # a lead's span ("esta semana") holds both days; each sentence opens with its own
    text = ("El paro de transportistas dejó esta semana dos hechos de violencia en el departamento.\n"
            "El lunes, en San Ignacio, camioneros que rechazaban el paro se enfrentaron con piedras a "
            "los grupos que bloqueaban la ruta; siete personas resultaron heridas.\n"
            "El miércoles por la tarde, en Warnes, manifestantes que marchaban por la plaza prendieron "
            "fuego a la sede de un sindicato de choferes.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 2, summary(evs)


def test_a_night_and_the_dawn_after_it_stay_one_incident(extract):
    text = ("La noche del sábado 8 de noviembre, hombres armados atacaron la estación de policía de "
            "Suárez con fusiles y explosivos.\n"
            "En la madrugada del domingo 9 de noviembre, los atacantes volvieron a disparar contra la "
            "estación hasta que llegaron refuerzos del Ejército; un patrullero murió.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 1, summary(evs)
    assert evs[0].killed.best == 1, summary(evs)
