"""nlp: the spaCy model loads with our entity rulers; extensions are set up idempotently."""
from cronica.nlp.load import load_nlp, setup_extensions


def test_rulers_mark_actor_aliases(nlp):
    doc = nlp("Una columna del MPCP y el remanente senderista huyeron por el sendero hacia el camarada José.")
    ents = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("MPCP", "Militarizado Partido Comunista del Perú") in ents
    assert ("remanente senderista", "Sendero Luminoso") in ents
    assert ("camarada José", "Víctor Quispe Palomino") in ents
    assert not any(e.text == "sendero" for e in doc.ents)  # a path, not the group


def test_model_is_cached_and_setup_is_idempotent(nlp):
    setup_extensions()
    setup_extensions()
    assert load_nlp() is nlp
    assert "actor_ruler" in nlp.pipe_names and nlp.pipe_names.index("actor_ruler") < nlp.pipe_names.index("ner")
