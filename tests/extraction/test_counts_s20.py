"""counts, session 20: the disappeared told by a clitic ("se lo llevaron", "lo detuvieron") are one
kidnapped (corpus/README.md, "Counts": disappeared and kidnapped persons are counted in kidnapped;
corpus train zb-004, p-005, u-046, dev n-009, t-008); a part of the arrested told wounded ("dos de
ellos heridos") is the incident's wounded (train x-005, zb-010, r-015); the body of a person the
lexicons do not know, told by a name or an age, is one dead (train q-039, u-084, u-011). Sentences
written for these tests."""
import pytest

import cronica


def typed(text, kind, published="2025-08-20"):
    return [e for e in cronica.extract(text, published=published, doc_id="t") if e.type == kind]


# -- the disappeared told by a clitic --------------------------------------------------------------

def test_a_person_taken_by_police_whose_whereabouts_are_unknown_is_one_disappeared():
    events = typed("El 2 de agosto de 2025 agentes policiales y civiles armados entraron en la casa del "
                   "pescador Tomás Urbina en la comarca El Zapote y se lo llevaron esposado. En la "
                   "delegación niegan tenerlo y su familia desconoce su paradero.",
                   "disappearance") + typed(
                   "El 2 de agosto de 2025 agentes policiales y civiles armados entraron en la casa del "
                   "pescador Tomás Urbina en la comarca El Zapote y se lo llevaron esposado. En la "
                   "delegación niegan tenerlo y su familia desconoce su paradero.", "kidnapping")
    assert events and all(e.kidnapped is not None and e.kidnapped.best == 1 for e in events)


def test_a_woman_taken_away_by_armed_men_is_one_kidnapped():
    events = typed("Hombres armados irrumpieron el lunes en una finca de la vereda El Triunfo y se la "
                   "llevaron hacia la montaña; desde entonces no se sabe nada de la agricultora.",
                   "kidnapping") + typed(
                   "Hombres armados irrumpieron el lunes en una finca de la vereda El Triunfo y se la "
                   "llevaron hacia la montaña; desde entonces no se sabe nada de la agricultora.",
                   "disappearance")
    assert events and all(e.kidnapped is not None and e.kidnapped.best == 1 for e in events)


@pytest.mark.parametrize("sentence,expected", [
    ("Los agentes entraron a la casa y se lo llevaron esposado.", True),
    ("Unos soldados lo detuvieron en un retén de la carretera.", True),
    ("Los encapuchados se la llevaron de la escuela.", True),
    # plural clitics and a figure after the personal "a" are not one person
    ("Los encapuchados se los llevaron de la escuela.", False),
    ("Los encapuchados se llevaron a tres maestros de la escuela.", False),
])
def test_one_taken_reads_a_singular_clitic(nlp, sentence, expected):
    from cronica.extraction.counts import one_taken

    verb = next(t for t in nlp(sentence) if t.lower_.startswith(("llevaron", "detuvieron")))
    assert one_taken(verb) is expected


# -- a part of the arrested told wounded -----------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Los soldados capturaron a cuatro hombres, dos de ellos heridos, tras el enfrentamiento.",
     {"wounded": 2}),
    ("Tras el tiroteo fueron detenidas cinco personas, una de ellas herida de bala.", {"wounded": 1}),
    ("La patrulla aprehendió a otros tres, uno de ellos lesionado.", {"wounded": 1}),
])
def test_a_part_of_the_arrested_told_wounded(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


def test_the_wounded_among_the_arrested_are_the_clash_toll():
    text = ("ZACATECAS, 3 ago (Agencia) - Un enfrentamiento entre militares y un grupo armado dejó cuatro "
            "atacantes muertos el sábado en el municipio de Jerez. Los soldados detuvieron a cinco "
            "hombres, dos de ellos heridos, y aseguraron seis fusiles.")
    [clash] = [e for e in cronica.extract(text, published="2025-08-04", doc_id="t") if e.type == "armed_clash"]
    assert clash.killed.best == 4 and clash.wounded is not None and clash.wounded.best == 2


def test_a_figure_of_part_of_a_group_is_not_read_elsewhere(totals, nlp):
    # "de ellos" with no casualty word right after it counts no one wounded
    assert "wounded" not in totals(nlp, "Detuvieron a cinco hombres, dos de ellos menores de edad.")


# -- the body of a person the lexicons do not know ---------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("El cuerpo de un ebanista de 41 años fue hallado el martes en un cañaveral.", {"killed": 1}),
    ("Fue encontrado el cadáver de la costurera Irma Beltrán en una acequia.", {"killed": 1}),
    ("Hallaron el cuerpo de la estudiante Nadia Rosales, de 19 annos, junto al río.", {"killed": 1}),
])
def test_the_body_of_a_person_told_by_a_name_or_an_age(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Un cuerpo de seguridad llegó al lugar del hecho.",
    "El cuerpo de élite de la Policía Nacional llegó a la zona.",
    "El cuerpo de bomberos de Cali atendió el incendio.",
])
def test_a_body_of_no_person_is_no_dead(totals, nlp, sentence):
    assert "killed" not in totals(nlp, sentence)


def test_a_named_person_with_an_age_after_the_name_is_one(nlp):
    from cronica.extraction.counts import _count_np

    doc = nlp("Mataron a la comerciante Rosa Quispe, de 45 años, en su tienda.")
    noun = next(t for t in doc if t.lower_ == "comerciante")
    got = _count_np(noun)
    assert got is not None and got[0] == 1 and doc[got[4]].lower_ != "años"


# -- the remains nouns as data -----------------------------------------------------------------------

def test_remains_subsets_are_read_from_data_with_their_unaccented_spellings():
    from cronica.extraction.counts import load_remains

    words = load_remains()
    # a bulletin's "cadaver" joins every subset of "cadáver", and no subset it is not in
    for name in ("bodies", "of_whom", "found"):
        assert {"cadáver", "cadaver"} <= getattr(words, name)
    assert "cadáver" not in words.counted and "cadaver" not in words.counted
    assert "cadaveres" in words.counted
    # the subsets differ on purpose: the singular "cuerpo" is a body found, not a remains noun
    # counted only after "de"
    assert "cuerpo" in words.found and "cuerpo" not in words.of_whom


def test_bad_remains_data_is_a_clear_error(monkeypatch):
    from cronica.errors import DataFileError
    from cronica.extraction import counts

    monkeypatch.setattr(counts, "read_data_yaml", lambda name: {"subsets": {"bodies": ["cuerpo"]},
                                                                "unaccented": {}})
    counts.load_remains.cache_clear()
    try:
        with pytest.raises(DataFileError, match="remains.yaml"):
            counts.load_remains()
    finally:
        monkeypatch.undo()
        counts.load_remains.cache_clear()
