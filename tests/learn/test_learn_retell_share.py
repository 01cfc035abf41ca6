"""The mention model's retelling belief among the readings of a trigger as an incident
(``retell_share``), and each model's regularisation chosen by cross-validation
(``choose_regularisation``). Sentences of our own writing."""
import math

import pytest

from cronica.extraction.assemble import Mention
from cronica.extraction.decide import MODEL_NAMES, Decider, LinearModel
from cronica.learn.align import Example
from cronica.learn.train import C_GRID, GRID, _model_of, choose_regularisation
from cronica.model import Document

# a recap after the story has moved to another day ("El martes ..."): the rules found a second
# incident for it; the toll was told with the first one
RECAP = ("El lunes un grupo armado atacó una patrulla militar en Pichari. Dos soldados murieron en el ataque. "
         "El martes el Ejército informó que reforzó la zona. Varios encapuchados dispararon contra los militares "
         "desde un cerro.")


def _constant_mention_model(p_new: float, p_none: float, p_retell: float) -> LinearModel:
    return LinearModel("mention", ["new", "none", "retell"], {}, [math.log(p_new), math.log(p_none), math.log(p_retell)])


def test_the_retell_share_leaves_out_the_none_belief():
    m = Mention(None, None, "attack", "strong", p_new=0.3, p_retell=0.45)
    assert m.retell_share == pytest.approx(0.6)
    assert Mention(None, None, "attack", "strong", p_new=0.0, p_retell=0.0).retell_share == 0.0


def test_the_retell_share_is_a_threshold_of_the_mention_model_searched_from_off():
    assert GRID["retell_share"][0] > 1.0  # the search starts with it switched off (the rules decide)
    assert _model_of("retell_share") == "mention"


@pytest.mark.parametrize("thresholds, events", [
    ({"retell_join": 0.6}, 2),  # retelling 0.45 < 0.6: the rules found a second, toll-less incident
    ({"retell_join": 0.6, "retell_share": 0.6}, 1),  # 0.45 / (0.3 + 0.45) = 0.6: told again, joined
])
def test_a_recap_the_model_reads_as_told_again_joins_the_incident_with_its_toll(pipeline, thresholds, events):
    saved = pipeline.assembler.decider
    pipeline.assembler.decider = Decider({"mention": _constant_mention_model(0.3, 0.25, 0.45),
                                          "pair": LinearModel("pair", ["0", "1"], {}, [0.0])}, thresholds)
    try:
        out = pipeline.extract(Document(id="recap", text=RECAP, published="2024-03-07"))
    finally:
        pipeline.assembler.decider = saved
    assert len(out) == events
    assert out[0].killed.best == 2 and out[0].type == "attack"
    assert all(e.killed is None or e.killed.best is None for e in out[1:])


def _examples(n: int, signal: bool) -> list[Example]:
    """``n`` examples of two labels; with ``signal`` one feature tells the label, else only
    noise features (one of their own each) do."""
    out = []
    for i in range(n):
        label = "1" if i % 2 else "0"
        feats = {"bias": 1.0, f"noise{i % 7}": 1.0}
        if signal:
            feats["cue=" + label] = 1.0
        out.append(Example(f"d{i}", feats, label))
    return out


def test_each_model_gets_the_regularisation_its_held_out_examples_prefer():
    data = {name: _examples(80, signal=False) for name in MODEL_NAMES}
    data["pair"] = _examples(80, signal=True)
    chosen = choose_regularisation(data, seed=0, min_count=2, folds=4)
    assert set(chosen) == set(MODEL_NAMES) and set(chosen.values()) <= set(C_GRID)
    assert chosen["pair"] == max(C_GRID)  # a clean cue: the weakest prior lets it speak
    assert chosen["document"] == min(C_GRID)  # noise only: the strongest prior
