"""Actor roles, session 13 (issue 12 item 3). Sentences written for these tests (CC0).

* The remains of the dead as the subject or object of the act's word (roles.yaml
  ``remains_nouns``): whose remains they are is the victim ("los restos de un campesino fueron
  hallados": the campesino); counted remains with no one's name stand for the victims ("tres
  cuerpos fueron encontrados": the phrase); a bare "los cuerpos", the remains told before, is
  no one new.
* A communiqué's reporting body ("La Secretaría de Marina informa que ...") is who tells the act;
  a force its "que" clause names ("personal naval", "personal militar") comes first as the doer
  of an arrest or seizure told without its agent (``reports_at``).
* People told by a number alone after others of the story ("dos más fueron capturados", "la
  detención de uno más", "fueron capturados otros tres", "doce fueron detenidos", "otro fue
  detenido") are the target as written (``_counted_rest``); a year, a time or "N de X" is not.
* A light verb coordinated with the verb before it shares its subject ("los agentes abatieron a
  dos atacantes y lograron la captura de otros tres": the agentes made the arrest).
"""
import pytest

from cronica.extraction.actors import roles


PUBLISHED = "2024-05-10"


def _roles_of(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    a1, a2 = roles(tok)
    return (a1.text if a1 else None), (a2.text if a2 else None)


@pytest.mark.parametrize("text, word, target", [
    ("Cuatro cuerpos maniatados fueron encontrados el lunes a un costado de la vía a Tumbes.",
     "encontrados", "Cuatro cuerpos maniatados"),
    ("Fueron hallados los restos de un comerciante desaparecido desde marzo en la vereda El Topacio.",
     "hallados", "un comerciante desaparecido"),
    ("Por la tarde, otros tres cadáveres aparecieron dentro de un pozo abandonado.",
     "aparecieron", "otros tres cadáveres"),
    ("Pescadores encontraron el domingo dos cadáveres en la orilla del río Magdalena.",
     "encontraron", "dos cadáveres"),
])
def test_the_remains_found_name_the_victims(nlp, text, word, target):
    assert _roles_of(nlp, text, word) == (None, target)


def test_remains_told_before_are_no_one_new(nlp):
    assert _roles_of(nlp, "Los cuerpos fueron hallados en una fosa cerca del río.", "hallados") == (None, None)


def test_a_found_dead_event_takes_the_counted_remains_as_its_victims(extract):
    evs = extract("Cuatro cuerpos con impactos de bala fueron encontrados el lunes junto a una "
                  "cuneta de la carretera a Tocache.", published=PUBLISHED)
    assert [e.type for e in evs] == ["killing"]
    assert evs[0].actor2 is not None and evs[0].actor2.as_written.startswith("Cuatro cuerpos")


_COMMUNIQUE = ("SECRETARÍA DE MARINA\nCOMUNICADO DE PRENSA\nLa Secretaría de Marina informa que el 5 de junio, "
               "personal naval que realizaba recorridos de vigilancia en el poblado de San Andrés, Tamaulipas, "
               "fue agredido por civiles armados. Posteriormente, en un cateo realizado en una vivienda cercana, "
               "se logró la detención de tres personas y el aseguramiento de dos fusiles.")


def test_the_unit_a_communique_names_acted_not_the_body_that_reports(extract):
    arrests = [e for e in extract(_COMMUNIQUE, published="2024-06-07") if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].actor1 is not None and arrests[0].actor1.as_written == "personal naval"


def test_the_reporter_of_a_que_clause_is_marked(nlp):
    from cronica.extraction.actors import reports_at
    doc = nlp("La Secretaría de Marina informa que personal naval detuvo a dos hombres en Tampico.")
    sent = doc[:]
    assert reports_at(sent, sent.text.index("Secretaría"))
    assert not reports_at(sent, sent.text.index("personal"))


def test_a_light_verb_shares_the_subject_of_the_verb_before_it(nlp):
    a1, _ = _roles_of(nlp, "En Reynosa, los agentes repelieron la agresión, abatieron a dos atacantes y "
                           "lograron la captura de otros tres.", "captura")
    assert a1 == "los agentes"


@pytest.mark.parametrize("text, word, target", [
    ("Un pandillero murió y dos más fueron capturados tras la balacera en la colonia Rivera.", "capturados", "dos más"),
    ("Los agentes abatieron a un asaltante y lograron la captura de uno más en Soyapango.", "captura", "uno más"),
    ("Dos guerrilleros murieron en el combate; fueron capturados en flagrancia otros cuatro.", "capturados", "otros cuatro"),
    ("Siete comuneros resultaron heridos y once fueron detenidos durante el desalojo.", "detenidos", "once"),
    ("Uno de los ladrones escapó y otro fue detenido por los vecinos.", "detenido", "otro"),
])
def test_people_told_by_a_number_alone_are_the_target(nlp, text, word, target):
    assert _roles_of(nlp, text, word)[1] == target


def test_a_figure_of_members_is_left_to_the_counts(nlp):
    assert _roles_of(nlp, "La institución sufrió que 45 de sus integrantes fueran secuestrados por la guerrilla.",
                     "secuestrados")[1] is None


def test_a_dates_day_is_no_one(nlp):
    a1, a2 = _roles_of(nlp, "La Secretaría de Marina informa que el 9 de mayo, personal naval que patrullaba "
                            "la colonia Centro fue agredido por civiles armados.", "agredido")
    assert a2 != "9"
