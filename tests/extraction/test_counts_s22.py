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


def killed_of(text, published="2025-08-20"):
    """The killed figures of the violent events of one text."""
    return [e.killed.best for e in cronica.extract(text, published=published, doc_id="t")
            if e.killed is not None]


# -- one victim told by a noun and a name --------------------------------------------------------

def test_an_age_hung_on_the_name_still_counts_one_victim():
    # the parser hangs "de 45 años" on the name; the phrase ends at the name, not at "años"
    assert killed_of("Tres hombres encapuchados le cegaron la vida con arma blanca a la madre comunitaria "
                     "Rosa Elena Ortiz Vargas, de 47 años, en su casa del barrio El Progreso el 3 de "
                     "agosto de 2025.") == [1]


def test_the_life_cut_short_of_a_person_after_a():
    # "segar la vida de X" and, with the person after "a", "le segaron la vida a X"
    assert killed_of("Hombres armados le segaron la vida a balazos al líder comunal Pedro Pablo Rincón "
                     "Salas, de 58 años, en su finca.") == [1]
    assert killed_of("Pandilleros segaron la vida de dos agentes de la Policía.") == [2]


def test_a_person_after_the_personal_a_read_as_an_oblique_is_one_victim():
    # the parser takes the place or the name further on for the object; the person right after "a" is it
    assert killed_of("La noche del 2 de agosto, dos hombres en moto asesinaron a la tesorera de la "
                     "asociación de padres de la vereda El Porvenir, Gloria Cano, de 52 años, frente a "
                     "su casa, delante de sus hijos.") == [1]
    assert killed_of("Ayer mataron a la profe Lucía en la tarde en el caserío Los Pinos, San Marcos, dos "
                     "tipos en moto.") == [1]


def test_a_place_or_manner_after_the_personal_a_is_no_victim(nlp):
    from cronica.extraction.counts import _object_read_as_oblique

    for text in ("Lo mataron a la salida del colegio.", "Los ejecutaron a la orilla del río."):
        doc = nlp(text)
        verb = next(t for t in doc if t.pos_ == "VERB")
        assert _object_read_as_oblique(verb) is None


def test_one_of_a_group_by_name_is_one_victim():
    assert killed_of("A mediados de mes, uno de sus conductores, Julio Paredes, de 41 años, fue asesinado "
                     "a balazos cuando manejaba su unidad por el distrito de La Esperanza.") == [1]


def test_a_passive_read_as_a_copula_still_counts_its_subject():
    assert killed_of("Según la Fiscalía, el 2 de agosto la víctima, identificada como Raúl \"N\", de 38 "
                     "años, fue privada de la vida con arma de fuego en un camino de la tenencia de "
                     "Santa Ana, en Uruapan.") == [1]


def test_a_person_after_a_dateline_read_as_an_adjective_is_counted():
    events = cronica.extract("CÚCUTA, 3 ago (Agencia) - Un patrullero de la Policía murió y otro resultó "
                             "herido la noche del sábado durante un ataque con fusiles contra la estación "
                             "de Policía de Tibú, informó el comandante del departamento.",
                             published="2025-08-05", doc_id="t")
    assert events and events[0].killed is not None and events[0].killed.best == 1
    assert events[0].wounded is not None and events[0].wounded.best == 1


# -- a participle set off after the person it describes ---------------------------------------------

def test_a_participle_after_the_person_rescued_counts_one_taken():
    # the parser hangs "secuestrado" on the verb of the release; it tells of the person freed
    events = taken("Agentes de la Policía Nacional liberaron este lunes en una vivienda del barrio Las "
                   "Palmas a un conductor de 29 años, secuestrado el jueves cuando terminaba su turno.")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 1


def test_a_plural_participle_is_not_counted_by_the_article_of_another_noun():
    # "una" is the company's; "secuestrados" agrees with the five workers
    events = taken("Rescatan a cinco empleados de una constructora secuestrados en Guerrero")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 5


# -- the people an act is laid on are not its victims --------------------------------------------

def test_the_people_blamed_for_a_killing_are_not_its_dead():
    assert killed_of("Dos sicarios en moto asesinaron el lunes a un comerciante en Soyapango. La Policía "
                     "atribuye el asesinato a cinco pandilleros de la clica local.") == [1]


def test_the_people_blamed_for_a_kidnapping_are_not_its_captives():
    events = taken("Hombres armados secuestraron el martes a un ganadero en Horqueta. La Fiscalía "
                   "atribuye el secuestro a cuatro integrantes de una banda.")
    assert events and events[0].kidnapped is not None and events[0].kidnapped.best == 1
