"""Session 14 (speed): work the stages did once per candidate or per token, done once per
sentence or per process, with the same answers.

* ``span_words``: a sentence's lower-case words as a set, once per Doc and span; the count rules
  that look for a word of a list in every token (``_people_with_wounds``, ``_wounded_at_a_site``,
  ``_death_of_one_wounded``, ``_told_as_more``, ``_tallies``, ``_zeros``) skip a sentence without one;
* ``reports_at``: the subjects of the sentence's reporting verbs found once per sentence, not once
  per party the sentence names;
* ``load_actors()`` and ``load_actors(())`` are one lexicon (read and compiled once);
* the geocoder's "near" endings are one tuple, its naming words looked up by their first word.

Sentences of our own writing."""
from __future__ import annotations

import pytest

_TEXTS = (
    "Tres soldados murieron y otros dos resultaron heridos cuando una columna atacó la base.",
    "Dos policías quedaron con heridas de bala y un vecino con quemaduras leves tras el tiroteo.",
    "Un campesino fue trasladado al hospital herido en una pierna después del ataque.",
    "La fiscalía confirmó la muerte de uno de los tres heridos del atentado del martes.",
    "En el choque murieron también dos atacantes, informó el comandante de la brigada.",
    "La cifra de muertos subió a nueve, según el último balance de las autoridades.",
    "Cinco personas resultaron con lesiones y fueron atendidas por contusiones en el centro de salud.",
    "Los manifestantes bloquearon la carretera durante la mañana sin que hubiera incidentes.",
    "El alcalde anunció nuevas obras para el distrito y habló con los dirigentes vecinales.",
    "Con golpes y fracturas quedaron cuatro mineros, y el número de heridos ascendió a 14.",
    "Además fueron detenidos tres sospechosos, y resultaron además heridos dos agentes.",
    "El chofer no resultó herido y no hubo víctimas mortales en el asalto al bus.",
    "Los pasajeros del segundo vehículo salieron ilesos, según los bomberos.",
)


def test_span_words_are_the_lower_case_words_of_the_span_made_once(nlp):
    from cronica.nlp.load import span_words

    doc = nlp("Dos Soldados murieron. El ATAQUE ocurrió de noche.")
    sents = list(doc.sents)
    assert span_words(sents[0]) == {"dos", "soldados", "murieron", "."}
    assert span_words(sents[1]) == {t.lower_ for t in sents[1]}
    assert span_words(sents[0]) is span_words(sents[0])  # kept per Doc and span
    assert span_words(doc) == {t.lower_ for t in doc}


def test_count_rules_find_the_same_figures_with_and_without_the_word_gates(nlp, monkeypatch):
    import cronica.extraction.counts as counts

    docs = [nlp(t) for t in _TEXTS]
    gated = [[counts.find_counts(s) for s in d.sents] for d in docs]
    assert any(c for per_doc in gated for per_sent in per_doc for c in per_sent)  # figures are found
    cues = counts.load_count_cues()
    every = frozenset().union(counts._INJURIES, counts._ONE_WOUNDED, counts._WOUND_NOUNS, counts._DEATH_NOUNS,
                              cues.also_words, cues.tally_nouns, counts._zero_words())  # no gate skips
    monkeypatch.setattr(counts, "span_words", lambda span: every)
    ungated = [[counts.find_counts(s) for s in nlp(t).sents] for t in _TEXTS]
    assert gated == ungated


@pytest.mark.parametrize("rule", ["_people_with_wounds", "_wounded_at_a_site", "_death_of_one_wounded",
                                  "_told_as_more", "_tallies", "_zeros"])
def test_a_sentence_without_the_rules_words_is_not_walked(nlp, monkeypatch, rule):
    import cronica.extraction.counts as counts

    sent = next(nlp("El alcalde anunció nuevas obras para el distrito.").sents)
    walked = []
    monkeypatch.setattr(counts, "span_tokens", lambda span: walked.append(span) or list(span))
    assert getattr(counts, rule)(sent, []) == []
    assert walked == []


def test_reports_at_answers_as_a_scan_of_the_sentence_and_finds_the_subjects_once(nlp):
    from cronica.extraction.actors import reports_at

    doc = nlp("El Ministerio de Defensa informó que una patrulla del Ejército capturó a dos hombres en la selva.")
    sent = doc[:]
    text = sent.text
    assert reports_at(sent, text.index("Ministerio"))
    assert reports_at(sent, text.index("Defensa"))
    assert not reports_at(sent, text.index("patrulla"))
    assert not reports_at(sent, text.index("hombres"))
    assert list(doc.user_data["cronica_reporting_subjects"]) == [(sent.start, sent.end)]  # one scan


def test_the_actor_lexicon_is_read_once_however_it_is_asked_for():
    from cronica.nlp.lexicons import load_actors

    assert load_actors() is load_actors(()) is load_actors([])


def test_near_endings_and_naming_words(geocoder_rec):
    near = geocoder_rec.recognise("Los soldados fueron atacados en las inmediaciones de Huanta, en Ayacucho.")
    assert [t for t in near if t.near]
    at = geocoder_rec.recognise("Los soldados fueron atacados en Huanta, en Ayacucho.")
    assert not [t for t in at if t.near]
    named = geocoder_rec.recognise("La policía halló armas en la zona denominada Sanabamba, en Ayacucho.")
    assert any(text_of(t, "La policía halló armas en la zona denominada Sanabamba, en Ayacucho.") == "Sanabamba"
               for t in named)


def text_of(t, text: str) -> str:
    return text[t.name_start:t.name_end]


@pytest.fixture(scope="module")
def geocoder_rec():
    from cronica.geo import Geocoder

    return Geocoder().rec


def test_the_entities_parts_from_cues_and_lexicon_are_made_once_and_are_what_build_reads(nlp):
    from cronica.extraction.actors import load_role_cues
    from cronica.extraction.entities import DocumentEntities, _bare, _build_parts
    from cronica.nlp.lexicons import load_actors

    cues, lexicon = load_role_cues(), load_actors()
    parts = _build_parts(cues, lexicon)
    assert _build_parts(cues, lexicon) is parts or _build_parts(cues, lexicon) == parts
    assert all(a is b for a, b in zip(_build_parts(cues, lexicon), parts))  # not made again
    assert parts[0] == {_bare(e.name) for d in cues.armed_descriptions + cues.state_descriptions
                        if (e := lexicon.lookup(d)) is not None and e.generic}
    doc = nlp("Juan Pérez Soto, alias «Tigre», fue capturado. El grupo armado atacó el puesto.")
    one, two = DocumentEntities.build(list(doc.sents), lexicon), DocumentEntities.build(list(doc.sents), lexicon)
    assert one.generic == two.generic == set(parts[0]) and one.generic is not two.generic  # each its own set
    assert one.aliases == two.aliases and "tigre" in one.aliases
