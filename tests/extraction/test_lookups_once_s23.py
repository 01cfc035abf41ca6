"""Session 23 speed pass (speed7): the faster forms answer what the slower ones answered.

Each test runs the new form and the form it replaced (written out here) on texts of our own and
asserts that they agree, so a later change to either side shows up."""
from __future__ import annotations

import random
import re

from cronica.extraction.decide import LinearModel
from cronica.extraction.entities import _has_any
from cronica.geo.resolve import PlaceIndex
from cronica.nlp.lexicons import fold
from cronica.taxonomy import FAMILY, family_of


def _has_any_one_by_one(folded: str, phrases) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(fold(p))}(?!\w)", folded) for p in phrases)


def test_has_any_answers_as_each_phrase_searched_in_turn():
    phrases = ("hombres armados", "sicarios", "un grupo armado", "la columna")
    texts = ("dos hombres armados llegaron en moto", "los sicarioss huyeron", "sicarios",
             "un grupo armado ilegal", "la columnata del templo", "segun la columna, nadie murio",
             "hombres armadosx", "", "xsicarios y otros")
    for text in texts:
        folded = fold(text)
        for ps in (phrases, phrases[:1], (), list(phrases[2:])):
            assert _has_any(folded, ps) == _has_any_one_by_one(folded, ps), (text, ps)


def _para_by_scan(paras, pos: int) -> int:
    for k, (a, b) in enumerate(paras):
        if a <= pos < b or pos < a:
            return k
    return len(paras) - 1


def test_place_index_line_of_a_position_is_the_scans():
    texts = ("Titular del día\n\nPrimer párrafo con un ataque.\nSegundo párrafo.\n\n\nCierre",
             "una sola línea", "\n\nempieza tras dos saltos\n", "")
    for text in texts:
        index = PlaceIndex(text, [], [])
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        for pos in range(-1, len(text) + 2):
            assert index._para(pos) == _para_by_scan(paras, pos), (text, pos)


def _scores_by_class_loop(model: LinearModel, feats: dict) -> list:
    z = list(model.intercept)
    for f, v in feats.items():
        w = model.weights.get(f)
        if w is not None:
            for k in range(len(z)):
                z[k] += w[k] * v
    return z


def test_three_class_scores_are_the_loops_sums_bit_for_bit():
    rng = random.Random(23)
    weights = {f"f{i}": [rng.uniform(-3, 3) for _ in range(3)] for i in range(50)}
    model = LinearModel("m", ["new", "none", "retell"], weights, [0.1, -0.2, 0.05])
    for _ in range(200):
        feats = {f"f{rng.randrange(70)}": rng.choice((1.0, 0.5, 1 / 3, 0.7071)) for _ in range(30)}
        assert model.scores(feats) == _scores_by_class_loop(model, feats)


def test_family_mapping_remembers_what_the_table_says():
    for fine in ("ambush", "armed_clash", "kidnapping", "arrest", "protest", "seizure"):
        assert FAMILY[fine] == family_of(fine)
        assert FAMILY[fine] == family_of(fine)  # (the second read, from the memo)


def test_punctuation_and_alphabetic_arrays_are_the_tokens_flags(nlp):
    from cronica.nlp.load import doc_attr

    for text in ("Según la Policía, el ataque (en Añaza) dejó 3 muertos... ¿Quién disparó?",
                 "«Fue una emboscada», dijo el vocero — y nada más.", ""):
        doc = nlp(text)
        assert [bool(x) for x in doc_attr(doc, "IS_PUNCT")] == [t.is_punct for t in doc]
        assert [bool(x) for x in doc_attr(doc, "IS_ALPHA")] == [t.is_alpha for t in doc]
