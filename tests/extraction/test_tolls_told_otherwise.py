"""Casualties told without the usual words: injuries suffered or carried away ("sufrieron
contusiones", "salió con quemaduras"), "ambos", two groups the parser hangs as two subjects,
people taken ("levantaron a", "mantuvieron cautivos a", "un comando se llevó a"), and the
disappeared found dead, who are no kidnapped figure. Sentences written for these tests (issue 12
item 2)."""
import pytest

from cronica.extraction.counts import find_counts


def figures(nlp, sentence):
    return [(c.category, c.best) for c in find_counts(next(nlp(sentence).sents))]


@pytest.mark.parametrize("sentence, expected", [
    ("Cuatro vigilantes sufrieron contusiones leves durante el asalto.", [("wounded", 4)]),
    ("El cobrador de la combi salió con quemaduras en los brazos.", [("wounded", 1)]),
    ("Otros tres peones lograron escapar con quemaduras.", [("wounded", 3)]),
    ("El teniente sufrió la amputación de una pierna.", [("wounded", 1)]),
    ("Los cinco fueron rescatados con lesiones.", [("wounded", 5)]),
    # one wound the person was left with or escaped with (session 12, fresh probes k and l)
    ("Un cobrador de 40 años resultó con perdigones en la espalda.", [("wounded", 1)]),
    ("Una vecina quedó con una herida en la frente.", [("wounded", 1)]),
    ("Dos peones escaparon con heridas en las manos.", [("wounded", 2)]),
])
def test_injuries_told_without_herido(nlp, sentence, expected):
    assert figures(nlp, sentence) == expected


def test_both_are_two(nlp):
    assert figures(nlp, "Ambos quedaron heridos tras la explosión.") == [("wounded", 2)]
    assert figures(nlp, "Ambos escoltas murieron en el acto.") == [("killed", 2)]


def test_the_place_of_care_is_not_the_injured(nlp):
    # "a una clínica con fracturas": the clinic is where they were taken, not one more person
    assert figures(nlp, "Los tres obreros fueron llevados a una clínica con fracturas.") == [("wounded", 3)]


def test_two_groups_hung_as_two_subjects_add_up(nlp):
    # the parser's reading of corpus train d-039: both groups hang from the verb as subjects
    from spacy.tokens import Doc

    from cronica.extraction.counts import _co_subjects
    words = ["Doce", "gendarmes", "y", "cinco", "vecinos", "resultaron", "heridos", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NUM", "NOUN", "CCONJ", "NUM", "NOUN", "VERB", "ADJ", "PUNCT"],
              deps=["nummod", "nsubj", "cc", "nummod", "nsubj", "ROOT", "obj", "punct"],
              heads=[1, 5, 5, 4, 5, 5, 5, 5])
    assert [t.text for t in _co_subjects(doc[4])] == ["gendarmes"]
    assert [t.text for t in _co_subjects(doc[1])] == ["vecinos"]
    # one figure, no "y" between: nothing to add
    doc = Doc(nlp.vocab, words=["Cinco", "vecinos", "resultaron", "heridos"], pos=["NUM", "NOUN", "VERB", "ADJ"],
              deps=["nummod", "nsubj", "ROOT", "obj"], heads=[1, 2, 2, 2])
    assert _co_subjects(doc[1]) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Hombres armados levantaron a tres jornaleros de un rancho.", [("kidnapped", 3)]),
    ("Un grupo armado levanto a seis mineros en la sierra.", [("kidnapped", 6)]),
    ("Los presos mantuvieron cautivos durante ocho horas a cinco custodios.", [("kidnapped", 5)]),
    ("Un comando armado se llevó por la fuerza a dos ingenieros de la obra.", [("kidnapped", 2)]),
    ("Presuntos guerrilleros secuestraron el lunes al ganadero Mario Ruiz Acosta, de 58 años.",
     [("kidnapped", 1)]),
])
def test_people_taken(nlp, sentence, expected):
    assert figures(nlp, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Los vecinos levantaron barricadas en la avenida.",
    "Los socorristas levantaron a los heridos de la calzada.",
    "La jueza levantó la audiencia.",
])
def test_lifting_that_takes_no_one(nlp, sentence):
    assert not [f for f in figures(nlp, sentence) if f[0] == "kidnapped"]


@pytest.mark.parametrize("sentence", [
    "Hallan los restos de un albañil desaparecido desde junio en Tuxpan.",
    "La fiscalía confirmó que los restos hallados en la finca pertenecen a dos hermanos desaparecidos en mayo.",
    "Localizan el cuerpo de enfermera desaparecida en Cobán",
    "Los forenses hallaron una osamenta junto al río, que corresponde al pescador Luis Tum, desaparecido en enero.",
])
def test_the_disappeared_found_dead_are_no_kidnapped_figure(nlp, sentence):
    assert not [f for f in figures(nlp, sentence) if f[0] == "kidnapped"]


def test_the_disappeared_still_missing_are_counted(nlp):
    assert ("kidnapped", 1) in figures(nlp, "Un comerciante desaparecido desde junio fue visto por última vez en el mercado de Tuxpan.")


@pytest.mark.parametrize("sentence, expected", [
    ("Un cabo perdió una pierna al pisar una mina en la vereda.", [("wounded", 1)]),
    ("El 3 de mayo un joven de 17 años perdió la visión de un ojo por una bala de goma.", [("wounded", 1)]),
])
def test_a_limb_or_the_sight_lost_is_a_wound(nlp, sentence, expected):
    assert figures(nlp, sentence) == expected


def test_the_year_of_a_date_is_no_figure(nlp):
    found = figures(nlp, "El 4 de marzo de 2021 Mario Quispe Rojas, agricultor de 40 años, perdió la vida en la vía.")
    assert found == [("killed", 1)]


def test_a_bulletin_without_accents_is_read_as_the_accented_text():
    import cronica

    [e] = cronica.extract("Ataque en Tumaco. El 3 de mayo de 2022 hombres armados dispararon contra el lider "
                          "comunal Jose Cuero, de 45 annos, frente a su casa. Murio en el lugar.\n"
                          "NARINO - TUMACO", published=None, doc_id="t")
    assert e.killed is not None and e.killed.best == 1


def test_producto_de_is_no_subject(nlp):
    # military communiqués: "Producto de X," is "as a result of X", not who died
    found = figures(nlp, "Producto del combate, falleció un sargento del Ejército y otro resultó herido.")
    assert found == [("killed", 1), ("wounded", 1)]
    found = figures(nlp, "Producto de la refriega cayeron en cumplimiento del deber tres efectivos del batallón.")
    assert found == [("killed", 3)]


def test_also_dead_of_an_unnamed_side_add_to_the_known_side():
    import cronica

    [e] = cronica.extract("Dos soldados murieron el lunes en un combate con una columna en el Cauca. "
                          "En el combate murieron también tres integrantes del grupo.",
                          published="2024-05-10", doc_id="t")
    assert e.killed.best == 5


def test_hostages_told_in_a_relative_clause(nlp):
    # the relative pronoun is the verb's object: its antecedent was taken
    assert figures(nlp, "Se trata de dos ingenieros de una minera que el ELN había tomado como rehenes "
                        "el 2 de junio.") == [("kidnapped", 2)]
    # a relative clause on the last of two groups tells of both
    found = figures(nlp, "Los cinco obreros y tres policías que habían sido tomados como rehenes fueron liberados "
                         "el viernes.")
    assert sum(n for cat, n in found if cat == "kidnapped") == 8


def test_a_ruling_carries_no_toll_of_the_crime_it_judges():
    import cronica

    events = cronica.extract("Condenan a tres hombres por la masacre de Tumbes. El Tribunal de Tumbes condenó este "
                             "jueves a 30 años de prisión a tres hombres por el asesinato de cinco personas en una "
                             "vivienda. Según la Fiscalía, el 3 de marzo de 2022 los sentenciados ingresaron armados "
                             "a la casa y dispararon contra los presentes; cinco personas murieron.",
                             published="2024-05-10", doc_id="t")
    ruling = [e for e in events if e.type == "other"]
    assert ruling and all(e.killed is None for e in ruling)
    assert [e.killed.best for e in events if e.type != "other" and e.killed is not None] == [5]


def test_shots_received_by_the_person_told_before_are_no_new_wounded(nlp):
    doc = nlp("Hombres armados le quitaron la vida a Juan Pérez cuando iba a su finca. Recibió varios disparos.")
    second = list(doc.sents)[1]
    from cronica.extraction.counts import find_counts as fc
    assert fc(second) == []
    assert figures(nlp, "Un campesino recibió un disparo en la pierna.") == [("wounded", 1)]


def test_a_captivity_going_on_counts_its_captives(nlp):
    # session 21: the figure of a captivity told in the present is the captives' count (the gold of
    # train u-060, k-019: "mantiene retenidos a cuatro trabajadores" is the kidnapping's 4); whether
    # the captivity is the text's incident or background is the event's decision, not the figure's
    assert figures(nlp, "Desde septiembre el EPP mantiene cautivo a un exvicepresidente.") == [("kidnapped", 1)]


def test_a_captivity_going_on_is_no_toll_of_the_operation_before_it(extract):
    events = extract("Efectivos de la Fuerza de Tarea Conjunta ingresaron el martes a una zona boscosa de la "
                     "colonia Primavera, distrito de Horqueta, y destruyeron un campamento que habría sido usado "
                     "por una columna del grupo armado. En el lugar hallaron carpas, alimentos y panfletos; no "
                     "hubo enfrentamiento. Desde octubre el EPP mantiene cautivo a un ganadero de la zona.",
                     "2021-11-12")
    operations = [e for e in events if e.type == "security_operation"]
    assert operations and all(e.kidnapped is None for e in operations)


def test_a_place_after_a_is_not_one_more_victim(nlp):
    # the known bug of issue 12: "a la salida de la cancha" read as a second person killed
    assert figures(nlp, "Un sicario asesinó a un futbolista aficionado a la salida de la cancha.") == [("killed", 1)]
    assert figures(nlp, "Los sicarios asesinaron a un comerciante de 44 años, a su esposa y a su hijo.") == [
        ("killed", 1), ("killed", 1), ("killed", 1)]


def test_a_wounded_person_told_before(nlp):
    doc = nlp("Acaban de balear a un cambista en la plaza. Está herido, lo llevaron al hospital.")
    from cronica.extraction.counts import find_counts as fc
    assert [(c.category, c.best) for c in fc(list(doc.sents)[1])] == [("wounded", 1)]
    assert figures(nlp, "Resultó herido en el brazo.") == [("wounded", 1)]
    assert figures(nlp, "Fue herido de bala y falleció en el hospital.") == []


def test_otro_is_of_the_group_told_before_it():
    import cronica

    # "otro" is another guard: a passer-by wounded later is another group and adds up
    [e] = cronica.extract("Un guardia de seguridad murió y otro resultó herido este martes cuando una banda atacó a "
                          "balazos un blindado en Santa Cruz. Un transeúnte sufrió una herida leve por una bala "
                          "perdida.", published="2024-05-10", doc_id="t")
    assert (e.killed.best, e.wounded.best) == (1, 2)
    # the wounded soldier told again adds nothing
    [e] = cronica.extract("Un soldado murió y otro resultó herido en una emboscada en el Cauca. El soldado herido fue "
                          "evacuado a Popayán.", published="2024-05-10", doc_id="t")
    assert (e.killed.best, e.wounded.best) == (1, 1)


def test_a_dates_day_taken_for_the_object_is_no_figure(nlp):
    # the parser takes "el 20 de noviembre" for the object of "neutralizaron" (fresh probe k-015)
    got = figures(nlp, "Tropas del Ejército neutralizaron el 20 de noviembre a alias Cejas, cabecilla de la "
                       "estructura, en la vereda Puerto Antioquia.")
    assert ("killed", 20) not in got
    assert figures(nlp, "Sicarios asesinaron el 3 de mayo a dos comerciantes en el mercado.") == [("killed", 2)]
