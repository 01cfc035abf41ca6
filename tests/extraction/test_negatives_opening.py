"""Texts whose opening frames them, and words that only compare or generalise, found no event:
balances of a period (police, army and observatory counts), court news about an old case, an
incident named by its year, a comparison ("parecía un bombardeo"), "cada" (every one of a kind),
and a headline's planned attack. A new incident told with a day of its own still counts. Our own
sentences (CC0); the classes come from the spurious events on negative documents of the shared
sets and of corpus parts c-i (issue 10)."""
import pytest

from cronica.extraction.triggers import find_triggers


PUBLISHED = "2025-03-11"


def marks(nlp, text):
    """{trigger text: (strength, reference, dropped)} for the triggers of the text's sentences."""
    doc = nlp(text)
    return {doc.text[m.start:m.end]: (m.strength, m.reference, m.dropped) for s in doc.sents for m in find_triggers(s)}


# -- balances of a period

@pytest.mark.parametrize("text", [
    # an army's yearly balance in the first person plural
    "Balance operacional de la Brigada 17 en 2024\n"
    "Durante el año, las tropas de la brigada neutralizamos a 140 integrantes de grupos ilegales y capturamos a 380.\n"
    "Además incautamos 95 fusiles y destruimos 60 laboratorios en zona rural.\n"
    "Agradecemos a las comunidades por su confianza.",
    # a prosecutor's half-year count, with its figures in a later sentence
    "La Fiscalía de Nariño presentó las cifras del primer semestre\n"
    "Entre enero y junio se registraron 212 homicidios en el departamento, un 9 por ciento menos que en 2023.\n"
    "Según el informe, 31 policías resultaron heridos en procedimientos durante el semestre.\n"
    "El fiscal pidió más investigadores para los municipios de la costa.",
])
def test_a_balance_of_a_period_gives_no_event(extract, text):
    assert extract(text, published=PUBLISHED) == []


def test_the_figures_of_a_count_over_a_period_found_no_toll(extract):
    # the count's own figures ("95 homicidios") are not an incident's dead
    text = ("El observatorio publicó su informe de invierno. Entre enero y marzo hubo 95 homicidios en la provincia, "
            "según el documento.")
    assert extract(text, published=PUBLISHED) == []


def test_a_balance_headline_still_lets_a_new_incident_with_its_day_through(extract):
    text = ("El municipio cierra el año con 140 homicidios\n"
            "Un comerciante de 52 años fue asesinado a tiros la tarde del domingo frente a su tienda del barrio "
            "San Martín, en Cúcuta, Norte de Santander.\n"
            "Con este crimen, la ciudad suma 140 homicidios en lo que va del año, según la Policía.")
    evs = extract(text, published=PUBLISHED)
    assert len(evs) == 1 and evs[0].type == "killing"


def test_what_is_coordinated_with_a_count_is_the_count(nlp):
    got = marks(nlp, "Balance trimestral de la Policía. Desde enero se han detenido 900 personas y se han "
                     "incautado 40 toneladas de droga.")
    assert got["incautado"][2] and got["incautado"][2].startswith("tally")


# -- court news about an old case

def test_court_news_about_an_old_case_gives_no_event(extract):
    text = ("Tribunal rechaza la excarcelación de un exjefe de banda\n"
            "Un tribunal de Guayaquil rechazó este lunes el pedido de libertad de un hombre acusado de dirigir una "
            "red de extorsión.\n"
            "El procesado fue capturado en 2021 en una finca de Durán y desde entonces está en prisión preventiva.\n"
            "Según la acusación, sus hombres incendiaron dos buses de una cooperativa que se negó a pagar.")
    assert extract(text, published=PUBLISHED) == []


def test_court_news_keeps_a_new_arrest_told_with_its_day(nlp):
    got = marks(nlp, "Juez aplaza la audiencia de un exalcalde.\nEl juicio se retomará en abril. Su hermano fue "
                     "detenido el jueves en Piura por agentes de la Dirincri.")
    assert got["detenido"][0] == "strong" and not got["detenido"][2]


def test_an_incident_named_by_its_year_is_a_reference(nlp):
    got = marks(nlp, "Hubo una vigilia frente a la iglesia. Los familiares piden justicia por la masacre de 1997 "
                     "en el caserío.")
    strength, reference, dropped = got["masacre"]
    assert dropped or strength == "weak"
    got = marks(nlp, "Ratifican pena contra exmilitar por ataque de 1990")
    assert got["ataque"][2]  # a headline's bare noun named by its year stays dropped


# -- comparisons, distributives, plans in a headline

@pytest.mark.parametrize("text, word", [
    ("Los aviones de la exhibición pasaron muy bajo sobre el estadio y el ruido parecía un bombardeo.", "bombardeo"),
    ("Con tanta pirotecnia en Año Nuevo, la avenida sonaba como si fuera una balacera.", "balacera"),
])
def test_a_comparison_is_no_incident(nlp, text, word):
    assert marks(nlp, text)[word][2]


def test_every_one_of_a_kind_is_no_incident(nlp):
    got = marks(nlp, "El problema no se resuelve con cárceles. Cada cabecilla capturado es sustituido en pocos días.")
    assert got["capturado"][2]


def test_a_planned_attack_in_a_headline_is_no_incident(extract):
    text = ("Inteligencia dice que la banda preparaba ataques contra comisarías\n"
            "El ministro afirmó este martes que la organización preparaba atentados con explosivos contra tres "
            "comisarías de la capital. No hubo detenciones.")
    assert extract(text, published=PUBLISHED) == []


def test_a_foiled_plot_is_an_arrest_at_most(extract):
    text = ("La Policía frustró un atentado contra una subestación eléctrica y detuvo el sábado a dos hombres "
            "con explosivos en Soacha, Cundinamarca.")
    types = {e.type for e in extract(text, published=PUBLISHED)}
    assert "arrest" in types and not types & {"bombing", "attack"}


# -- communiqués in the first person plural; doers of a class

def test_a_communique_s_first_person_plural_is_no_future(nlp):
    # the tagger calls "incautamos" future; its written form is the preterite (or the present)
    got = marks(nlp, "Nota de prensa. Esta madrugada capturamos a tres integrantes de una banda de extorsionadores "
                     "en Chiclayo e incautamos dos revólveres.")
    assert not got["incautamos"][2] and not got["capturamos"][2]
    # ... while a future written as such stays a future, whatever the tagger says
    got = marks(nlp, "Mañana incautaremos la maquinaria de la mina ilegal, anunció el fiscal.")
    assert got["incautaremos"][2] and got["incautaremos"][2].startswith("future")


def test_a_doer_of_a_class_describes_a_person(nlp):
    got = marks(nlp, "Trasladaron a la capital al cabecilla, el asesino de comerciantes y transportistas más buscado "
                     "del norte.")
    assert got["asesino"][2]
    got = marks(nlp, "La Policía identificó ayer al asesino del concejal de Tame.")
    assert not got["asesino"][2]


def test_a_column_or_review_comments_incidents_and_reports_none(extract):
    text = ("Opinión: las emboscadas que nadie cuenta\n"
            "En las carreteras del sur, cada semana una patrulla cae en una emboscada y el país se entera por un "
            "comunicado de tres líneas.\n"
            "El último ataque contra un convoy dejó cuatro soldados muertos y ningún debate en el Congreso.")
    assert extract(text, published=PUBLISHED) == []


def test_a_headline_verb_the_lemmatiser_left_as_written_still_plans(nlp):
    # "evalúa" keeps its written form as lemma; it is still "evaluar": the deployment is planned
    got = marks(nlp, "Gobierno evalúa despliegue militar en cinco distritos")
    assert got["despliegue"][2] and "announced" in got["despliegue"][2]


# -- how far an opening line's other sense reaches

def test_an_opening_that_names_a_weapon_keeps_its_sense_to_itself(extract):
    # "cancha" is a sports word, but the opening tells an armed attack: the body's shooting counts
    text = ("Dos muertos en ataque armado contra una cancha de fútbol en Tumaco\n"
            "Hombres armados dispararon la noche del viernes contra un grupo de jóvenes que jugaban en una cancha "
            "del barrio Viento Libre, en Tumaco, Nariño.")
    assert len(extract(text, published=PUBLISHED)) == 1


def test_a_compared_sense_frames_nothing(extract):
    # "parecía una película" compares; the shooting it describes is real
    text = ("\"Parecía una película\": disparan contra un cuartel policial en Chiclayo\n"
            "Desconocidos dispararon en la madrugada del domingo contra la fachada de la comisaría de Chiclayo, "
            "en Lambayeque, sin causar heridos.")
    assert len(extract(text, published=PUBLISHED)) == 1


def test_a_sports_opening_still_frames_its_story(extract):
    text = ("Golazo y fútbol total: el Cristal pasó por encima del Melgar\n"
            "El ataque celeste fue imparable y cada disparo del delantero encontró la red.")
    assert extract(text, published=PUBLISHED) == []


def test_quantity_nouns_count_incidents(nlp):
    got = marks(nlp, "Entre 2010 y 2015 la región sufrió decenas de atentados con artefactos explosivos.")
    means = [v for k, v in got.items() if k.startswith("artefactos")]
    assert means and all(v[2] and v[2].startswith("tally") for v in means)


def test_an_earlier_incident_recalled_with_a_bare_year_founds_nothing(extract):
    text = ("Atacan a tiros la sede de un sindicato en Barrancabermeja\n"
            "Desconocidos dispararon la noche del martes contra la puerta de la sede sindical, en el centro de "
            "Barrancabermeja, Santander, sin causar heridos.\n"
            "La misma sede ya había sido atacada con un explosivo en 2015, cuando se negoció el último convenio.")
    assert len(extract(text, published=PUBLISHED)) == 1


def test_a_new_incident_compared_with_an_old_one_stays(nlp):
    got = marks(nlp, "La finca fue invadida en 2019. Hombres armados la atacaron otra vez el sábado y quemaron "
                     "un tractor.")
    assert got["atacaron"][0] == "strong" and not got["atacaron"][2]


def test_remembered_victims_are_named_not_reported(nlp):
    got = marks(nlp, "El acto duró dos horas. Las madres recordaron a sus hijos asesinados y pidieron verdad.")
    assert got["asesinados"][0] == "weak" or got["asesinados"][2]
    got = marks(nlp, "Los vecinos recordaron a los dos jóvenes asesinados el sábado en la plaza de Tame.")
    assert got["asesinados"][0] == "strong"


def test_a_quantity_counts_the_people_a_participle_describes(nlp):
    got = marks(nlp, "Las fuentes de la época hablan de miles de rebeldes capturados en la sierra.")
    assert got["capturados"][2] and got["capturados"][2].startswith("tally")


def test_a_kind_of_crime_is_no_incident(nlp):
    got = marks(nlp, "Los fiscales coinciden en algo: el sicariato se volvió un negocio en los puertos del Pacífico.")
    assert got["sicariato"][2]
    got = marks(nlp, "El secuestro del ganadero se convirtió en una pesadilla para su familia.")
    assert not got["secuestro"][2]
