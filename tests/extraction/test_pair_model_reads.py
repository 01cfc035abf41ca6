"""The pair model is read only where its probability can change the incident a mention joins.

With ``pair_keep`` at 0 or below (shipped: -1), every probability reaches it, so the rules'
antecedent is kept whatever the model says and its probabilities are not computed. The same
models with ``pair_keep`` just above 0 (every probability the logistic gives, at least
1 / (1 + e^30), still reaches it) take the slow path: the events must be the same."""
import json
import shutil

import pytest

from cronica.extraction.decide import default_models_dir
from cronica.model import Document
from cronica.pipeline import Pipeline

# Our own reports: incidents told again in later sentences (the rules' antecedent), a second
# incident of another day, a toll told after the incident.
_TEXTS = (
    "Una patrulla del Ejército fue emboscada el martes en el distrito de Pichari. En el ataque murieron "
    "dos soldados. La emboscada fue atribuida a una columna armada. Los atacantes huyeron hacia el monte.",
    "Desconocidos asesinaron a un comerciante en Tumbes el lunes. El crimen ocurrió en el mercado. "
    "El jueves, otro hombre fue asesinado en Piura. La policía investiga ambos asesinatos.",
    "Un grupo armado atacó una comisaría en Tame. Tres policías resultaron heridos. "
    "Horas después, los militares se enfrentaron con los atacantes y un guerrillero murió en el combate.",
)


def _events(pipe: Pipeline) -> list[dict]:
    docs = [Document(f"t{i}", text, "2024-05-10") for i, text in enumerate(_TEXTS)]
    return [e.to_dict() for r in pipe.run(docs) for e in r.events]


def _count_reads(pipe: Pipeline, monkeypatch) -> list[int]:
    dec = pipe.assembler.decider
    calls = [0]
    same = dec.same

    def counted(feats):
        calls[0] += 1
        return same(feats)
    monkeypatch.setattr(dec, "same", counted)
    return calls


def test_kept_antecedent_skips_the_pair_model_with_the_same_events(tmp_path, monkeypatch):
    shipped = json.loads((default_models_dir() / "thresholds.json").read_text("utf-8"))
    if shipped.get("pair_keep", -1.0) > 0.0:
        pytest.skip("the shipped pair_keep threshold lets the model doubt the rules' antecedent")
    slow_dir = tmp_path / "models"
    shutil.copytree(default_models_dir(), slow_dir)
    (slow_dir / "thresholds.json").write_text(json.dumps({**shipped, "pair_keep": 1e-14}), "utf-8")
    fast, slow = Pipeline(), Pipeline(models=str(slow_dir))
    fast_reads, slow_reads = _count_reads(fast, monkeypatch), _count_reads(slow, monkeypatch)
    got, want = _events(fast), _events(slow)
    assert got == want and got  # the same events, read or not
    assert slow_reads[0] > fast_reads[0]  # the kept antecedents were not scored
