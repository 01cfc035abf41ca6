"""actors: roles from the parse and normalisation through the alias lexicon."""
from cronica.extraction.actors import normalise_actor, roles
from cronica.extraction.triggers import find_triggers
from cronica.nlp.lexicons import load_actors


def actor_texts(nlp, sentence):
    doc = nlp(sentence)
    t = next(t for s in doc.sents for t in find_triggers(s) if not t.dropped)
    a1, a2 = roles(doc[t.token_i])
    return (a1.text if a1 else None), (a2.text if a2 else None)


def test_active_verb_subject_and_object(nlp):
    a1, a2 = actor_texts(nlp, "Una columna senderista emboscó a una patrulla militar en la selva.")
    assert "columna senderista" in a1 and "patrulla militar" in a2


def test_passive_agent_and_subject(nlp):
    a1, a2 = actor_texts(nlp, "El dirigente cocalero fue secuestrado por hombres armados.")
    assert a1 == "hombres armados" and "dirigente" in a2


def test_noun_trigger_complements(nlp):
    a1, a2 = actor_texts(nlp, "La captura del cabecilla fue realizada por la Dircote.")
    assert "cabecilla" in a2
    a1, _ = actor_texts(nlp, "Una emboscada del remanente senderista dejó dos heridos.")
    assert "remanente senderista" in a1


def test_places_are_not_actors(nlp):
    a1, a2 = actor_texts(nlp, "El atentado en la provincia de Huanta dejó tres heridos.")
    assert a2 is None or "provincia" not in a2


def test_normalisation_and_inter():
    lex = load_actors()
    actor = normalise_actor(_Mention("la columna del MPCP", 0, 19), lex, lambda s, e: (s, e, "la columna del MPCP"[s:e]))
    assert actor.name == "Militarizado Partido Comunista del Perú" and actor.inter == 2
    actor = normalise_actor(_Mention("unos forasteros", 0, 15), lex, lambda s, e: (s, e, "unos forasteros"))
    assert actor.name is None and actor.as_written == "unos forasteros" and actor.inter is None


class _Mention:
    def __init__(self, text, start, end):
        self.text, self.start, self.end = text, start, end
