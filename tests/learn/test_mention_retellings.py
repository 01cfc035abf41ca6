"""What the mention model learns about retellings (issue 10 item 2): a recap of an incident
already told joins it, two incidents on different days stay apart, and a mention model
fitted without the words of the text (a recipe's ``exclude``) still tells a retelling from a
new incident. Texts of our own writing (CC0): invented incidents in real municipalities."""
import pytest

from cronica.extraction.decide import Decider, load_decider
from cronica.learn.train import fit, heldout_accuracy
from cronica.model import Document

#: the mention features that name a word of the text (session 21's word-free trials)
WORD_FAMILIES = frozenset({"near", "w-1", "w-2", "w-3", "w+1", "w+2", "w+3", "root", "head", "gov", "lemma",
                           "lemma_type"})

# the attack, its toll, a statement on the next day, then the attack told again in other words:
# the rules alone found a second incident on the day of the statement
RECAP = ("El sábado un grupo armado atacó un puesto policial en Llochegua. Un policía murió en el ataque. "
         "El domingo la Policía informó que envió refuerzos a la zona. Hombres encapuchados dispararon "
         "contra el puesto desde una loma.")

# two attacks of one kind in one town, on a Monday and a Thursday
TWO_DAYS = ("El lunes, hombres armados atacaron una tienda en el barrio Panamá de Tumaco y dejaron dos heridos. "
            "El jueves, hombres armados atacaron la estación de policía del barrio Viento Libre, en Tumaco, "
            "y mataron a un agente.")


def _extract(pipeline, text: str, published: str, thresholds: dict):
    shipped = load_decider()
    if shipped is None or not shipped.has("mention"):
        pytest.skip("no shipped mention model")
    saved = pipeline.assembler.decider
    pipeline.assembler.decider = Decider(shipped.models, {**shipped.thresholds, **thresholds})
    try:
        return pipeline.extract(Document(id="t", text=text, published=published))
    finally:
        pipeline.assembler.decider = saved


def test_the_shipped_mention_model_joins_a_recap_the_rules_would_tell_as_a_second_incident(pipeline):
    joined = _extract(pipeline, RECAP, "2024-08-12", {})
    assert len(joined) == 1
    assert joined[0].type == "attack" and joined[0].killed.best == 1
    # with the mention model's retelling decision switched off, the recap founds an incident
    split = _extract(pipeline, RECAP, "2024-08-12", {"retell_join": 2.0, "retell_share": 2.0})
    assert len(split) == 2


def test_two_attacks_on_different_days_in_one_town_stay_two_events(pipeline):
    events = _extract(pipeline, TWO_DAYS, "2024-05-18", {})
    assert len(events) == 2
    assert len({e.date.value for e in events}) == 2


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values)


def test_a_mention_model_without_words_tells_a_retelling_from_a_new_incident(corpus_sample):
    """Fitted on part of the corpus's train split without the word families, judged on the
    mentions of other documents: it beats the majority class, and the mentions the gold calls
    retellings get a higher retelling belief than new incidents (and the reverse)."""
    fitted, held = corpus_sample["fit"].mentions, corpus_sample["held"].mentions
    model = fit(fitted, "mention", seed=0, c=0.25, exclude=WORD_FAMILIES)
    assert not any(k.split("=", 1)[0] in WORD_FAMILIES for k in model.weights)
    r = heldout_accuracy(model, held, [e.label for e in fitted])
    assert r["macro_f1"] >= r["majority_macro_f1"] + 0.15, r
    p = {label: [model.proba(e.features) for e in held if e.label == label] for label in ("new", "retell")}
    assert p["retell"] and p["new"]
    assert _mean(x["retell"] for x in p["retell"]) > _mean(x["retell"] for x in p["new"]) + 0.1
    assert _mean(x["new"] for x in p["new"]) > _mean(x["new"] for x in p["retell"]) + 0.1
    # deterministic for the seed
    assert fit(fitted, "mention", seed=0, c=0.25, exclude=WORD_FAMILIES).to_json() == model.to_json()
