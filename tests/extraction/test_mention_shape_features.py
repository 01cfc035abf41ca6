"""How a mention is told, in features that name no word of its own (decide._shape_features,
features version 7): negation, a verb of intent or of reporting over the trigger, the parts of
speech around it, and how many sentences back its family was last told. Sentences written for
these tests (CC0)."""
from cronica.extraction.assemble import Sentence
from cronica.extraction.decide import DocState, mention_features
from cronica.extraction.triggers import TriggerMention


def _features(nlp, text: str, word: str, state: DocState, index: int = 0, kind: str = "attack", **marks):
    doc = nlp(text)
    sent = next(doc.sents)
    tok = next(t for t in doc if t.text == word)
    t = TriggerMention(kind, tok.i, tok.idx, tok.idx + len(tok.text), **marks)
    f = mention_features(t, Sentence(index, 1, sent, 0, len(text)), doc, state, [], [t], "none", None, False)
    state.next_sentence()
    return f


def test_a_negated_verb_is_marked_and_an_affirmed_one_is_not(nlp):
    assert "negated" in _features(nlp, "Los rebeldes no atacaron el cuartel.", "atacaron", DocState())
    assert "negated" in _features(nlp, "La columna nunca atacó el pueblo.", "atacó", DocState())
    assert "negated" not in _features(nlp, "Los rebeldes atacaron el cuartel.", "atacaron", DocState())


def test_a_trigger_under_a_verb_of_intent_is_marked(nlp):
    assert "under_intent" in _features(nlp, "Los rebeldes planeaban atacar el cuartel.", "atacar", DocState())
    assert "under_intent" not in _features(nlp, "Los rebeldes atacaron el cuartel.", "atacaron", DocState())


def test_the_verb_a_noun_trigger_hangs_from_is_told_by_its_class(nlp):
    f = _features(nlp, "El ministro condenó el ataque contra la patrulla.", "ataque", DocState())
    assert "gov_class=report" in f
    g = _features(nlp, "El ataque dejó tres heridos.", "ataque", DocState())
    assert "gov_class=other" in g
    assert not any(k.startswith("gov_class=") for k in _features(nlp, "Atacaron el cuartel.", "Atacaron", DocState()))


def test_parts_of_speech_around_the_trigger_not_its_words(nlp):
    f = _features(nlp, "Un ataque dejó dos muertos.", "ataque", DocState())
    assert f.get("pos-1=DET") == 1.0
    assert any(k.startswith("pos+1=") for k in f)
    first = _features(nlp, "Atacaron el cuartel.", "Atacaron", DocState())
    assert "pos-1=START" in first


def test_sentences_since_the_family_was_last_told(nlp):
    state = DocState()
    assert "fam_gap=none" in _features(nlp, "Atacaron el cuartel.", "Atacaron", state, 0)
    assert "fam_gap=1" in _features(nlp, "El ataque dejó dos muertos.", "ataque", state, 1)
    assert "fam_gap=8" in _features(nlp, "Otro ataque dejó un herido.", "ataque", state, 7)
    assert "fam_gap=more" in _features(nlp, "Un ataque más dejó un herido.", "ataque", state, 20)
    # another family has its own count
    assert "fam_gap=none" in _features(nlp, "Secuestraron a un comerciante.", "Secuestraron", state, 21,
                                       kind="kidnapping")


def test_the_rules_marks_of_a_reference_or_a_follow_up_are_features(nlp):
    f = _features(nlp, "Atacaron el cuartel.", "Atacaron", DocState(), reference="anniversary", follow_up=True,
                  own_date=True)
    assert {"reference", "follow_up", "own_date"} <= set(f)
    g = _features(nlp, "Atacaron el cuartel.", "Atacaron", DocState())
    assert not {"reference", "follow_up", "own_date"} & set(g)
