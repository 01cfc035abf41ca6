"""counts, session 22. Sentences written for these tests."""
from importlib import resources

import pytest
import yaml

import cronica
from cronica.errors import DataFileError
from cronica.extraction import counts as counts_mod
from cronica.extraction.counts import load_count_cues


def taken(text, published="2025-08-20"):
    """The kidnappings and disappearances of one text (the type is not what these tests test)."""
    return [e for e in cronica.extract(text, published=published, doc_id="t")
            if e.type in ("kidnapping", "disappearance")]


# -- the arrest verbs, read from data --------------------------------------------------------------

def test_arrest_lemmas_come_from_the_data_file_and_are_arrest_triggers():
    lemmas = load_count_cues().arrest_lemmas
    assert {"detener", "capturar", "aprehender", "arrestar"} <= lemmas
    assert not hasattr(counts_mod, "_ARREST_LEMMAS")  # one source of truth
    # each is the lemma of an arrest trigger of triggers.yaml
    raw = yaml.safe_load(resources.files("cronica.data.es").joinpath("triggers.yaml").read_text("utf-8"))
    arrest_verbs = set()
    for entry in raw["triggers"]["arrest"]:
        lemma = entry.get("lemma")
        arrest_verbs.update([lemma] if isinstance(lemma, str) else lemma or [])
    assert lemmas <= arrest_verbs


def test_broken_arrest_lemmas_are_refused(monkeypatch):
    raw = counts_mod.read_data_yaml("counts.yaml")
    broken = dict(raw, arrest_lemmas=[])
    monkeypatch.setattr(counts_mod, "read_data_yaml", lambda name: broken)
    load_count_cues.cache_clear()
    try:
        with pytest.raises(DataFileError, match="arrest_lemmas"):
            load_count_cues()
    finally:
        monkeypatch.undo()
        load_count_cues.cache_clear()


def test_one_detained_then_vanished_is_one_disappeared():
    events = taken("Vecinos contaron que soldados lo capturaron el sábado en un retén de la carretera a "
                   "Quillabamba y desde entonces se desconoce su paradero.")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 1
