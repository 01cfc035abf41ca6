"""Session 18: an eviction of an occupation by police or guards is the occupation's protest
(corpus/README.md, "Evictions"), not a security operation; buildings evacuated after a blast are no
event. Every sentence here is written for the test."""
from __future__ import annotations

from cronica.extraction.triggers import find_triggers
from event_checks import told


def _kept_types(nlp, sentence):
    doc = nlp(sentence)
    return {t.type for s in doc.sents for t in find_triggers(s) if not t.dropped}


def test_an_eviction_of_an_occupation_is_one_protest(extract):
    text = ("Unos 300 policías desalojaron el jueves una toma de terreno en la comuna de Maipú, donde "
            "unas 90 familias vivían desde hacía un año. Cuatro ocupantes resultaron heridos.")
    evs = extract(text, published="2026-04-17")
    assert [e.type for e in evs] == ["protest"], told(evs)


def test_buildings_evacuated_after_a_blast_are_no_eviction(nlp):
    assert "protest" not in _kept_types(nlp, "Tras la explosión de gas, la policía desalojó los edificios vecinos y "
                                             "el municipio realojó a 30 familias en un hotel.")
