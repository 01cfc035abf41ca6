"""`cronica train --only document`: the document model fitted alone on the train split, written
beside the other models without touching them; deterministic for a seed. `cronica train
heldout` (cronica/learn/heldout.py): each corpus part gated by a document model that never saw
it. `cronica train --recipe` (cronica/learn/recipe.py): the whole set as a recipe says, the same
files twice for a seed; `cronica train` never writes the shipped models unless --out names them.
A tiny corpus of our own sentences, in two parts."""
import json

import pytest

from click.testing import CliRunner

REPORTS = [
    ("r1", "Un grupo armado atacó el martes un puesto policial en Tumaco y dejó dos agentes heridos.",
     "attack"),
    ("r2", "Desconocidos asesinaron a balazos a un comerciante el sábado en el barrio La Esperanza de Cúcuta.",
     "killing"),
    ("r3", "Una patrulla del Ejército y una columna guerrillera se enfrentaron el domingo cerca de Pichari. "
           "Murieron tres insurgentes.", "armed_clash"),
    ("r4", "Hombres armados secuestraron el jueves a un ingeniero en una carretera de Arauca.", "kidnapping"),
]
NEGATIVES = [
    ("n1", "El equipo local ganó el clásico del domingo con un ataque veloz y dos goles en el segundo tiempo."),
    ("n2", "La bolsa cayó un 3 % el lunes arrastrada por los bancos y el precio del cobre."),
    ("n3", "El festival de cine abrió el viernes con una comedia sobre una familia que vuelve al pueblo."),
    ("n4", "El Congreso aprobó el jueves el presupuesto de educación para el próximo año."),
]


def _part_of(i):
    """Two parts, each with two reports and two negatives."""
    return "x" if i in ("r1", "r2", "n1", "n2") else "y"


def _tiny_corpus(root):
    all_docs = []
    for name in ("x", "y"):
        part = root / name
        part.mkdir(parents=True)
        docs = [{"id": f"{name}-{i}", "text": t, "published": "2024-03-09", "negative": False}
                for i, t, _ in REPORTS if _part_of(i) == name]
        docs += [{"id": f"{name}-{i}", "text": t, "published": "2024-03-09", "negative": True}
                 for i, t in NEGATIVES if _part_of(i) == name]
        gold = [{"doc": f"{name}-{i}", "event_type": ty, "date": None, "date_precision": None, "location": None,
                 "admin1": None, "country": None, "actor1": None, "actor2": None, "killed": None, "wounded": None,
                 "kidnapped": None, "evidence": t.split(". ")[0].rstrip(".") + ".", "evidence_more": []}
                for i, t, ty in REPORTS if _part_of(i) == name]
        (part / "docs.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
        (part / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), "utf-8")
        all_docs += docs
    # every document in train (a recorded split never moves)
    (root / "splits.tsv").write_text("# test corpus\n" + "".join(f"{d['id']}\ttrain\n" for d in all_docs), "utf-8")
    return root


def test_only_the_document_model_is_written_and_the_rest_is_kept(tmp_path):
    from cronica.cli.main import cli

    corpus = _tiny_corpus(tmp_path / "corpus")
    out = tmp_path / "models"
    out.mkdir()
    (out / "thresholds.json").write_text('{"document": 0.3}\n', "utf-8")
    (out / "manifest.json").write_text('{"trained_on": "elsewhere"}\n', "utf-8")
    args = ["train", "--only", "document", "--corpus", str(corpus), "--out", str(out), "-C", "0.25", "--seed", "0"]
    runs = []
    for _ in range(2):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 0, r.output
        runs.append((out / "document.json").read_text("utf-8"))
    assert runs[0] == runs[1]  # deterministic for a seed
    model = json.loads(runs[0])
    assert model["name"] == "document" and model["meta"]["features_version"] == 6
    # the eight documents and the one-sentence view of the only two-sentence one (r3, a report)
    assert model["meta"]["labels"] == {"1": 5, "0": 4}
    assert sorted(p.name for p in out.iterdir()) == ["document.json", "manifest.json", "thresholds.json"]
    assert (out / "thresholds.json").read_text("utf-8") == '{"document": 0.3}\n'
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["trained_on"] == "elsewhere"
    assert manifest["document_model"]["train_docs"] == 8 and manifest["document_model"]["one_sentence_views"] == 1 and manifest["document_model"]["C"] == 0.25


def test_each_part_is_judged_by_a_model_that_never_saw_it(tmp_path, pipeline):
    from cronica.learn.align import Example
    from cronica.learn.corpus import load_corpus, opening_views
    from cronica.learn.heldout import document_rows, leave_one_part_out, tallies

    corpus = load_corpus(_tiny_corpus(tmp_path / "corpus"))
    rows = document_rows(pipeline, corpus)
    views = document_rows(pipeline, opening_views(corpus))
    assert sorted((r.part, r.gold) for r in rows) == [("x", 0)] * 2 + [("x", 1)] * 2 + [("y", 0)] * 2 + [("y", 1)] * 2
    assert all(r.train is not None and r.train.label == ("1" if r.gold else "0") for r in rows)
    # the features the pipeline reads at run time, of the current version (unit lemmas)
    assert all(r.run.get("bias") == 1.0 for r in rows)
    assert {v for r in rows for k, v in r.run.items() if k.startswith("l=")} == {1.0}
    assert [v.id for v in views] == ["y-r3#opening"]
    probs = leave_one_part_out(rows, views, c=1.0)
    assert set(probs) == {r.id for r in rows + views}
    # flipping part x's training labels changes nothing for part x: its model never saw them
    flipped = [type(r)(r.id, r.part, r.gold, r.pred, r.matched,
                       Example(r.train.doc, r.train.features, "0" if r.train.label == "1" else "1"), r.run)
               if r.part == "x" else r for r in rows]
    again = leave_one_part_out(flipped, views, c=1.0)
    assert all(again[r.id] == probs[r.id] for r in rows if r.part == "x")
    assert any(again[r.id] != probs[r.id] for r in rows if r.part == "y")
    per = tallies(rows, lambda r: True)
    assert per["all"].gold == per["x"].gold + per["y"].gold == 4
    assert per["all"].negatives == 4


def _recipe(path, parts_of_document="x-y", search=(), keep=(), parts="x-y"):
    from cronica.learn.train import DEFAULT_THRESHOLDS

    lines = ["features_version: 6", "seed: 0", "folds: 2", "models:",
             f"  document: {{parts: {parts_of_document}, C: 0.25, min_count: 1}}"]
    lines += [f"  {n}: {{keep: an earlier fit}}" if n in keep else f"  {n}: {{parts: {parts}, C: 1.0, min_count: 1}}"
              for n in ("mention", "sentence", "pair", "type")]
    lines += ["thresholds:"] + [f"  {n}: {{value: {v}, how: {'set' if n == 'document' else 'chosen'}}}"
                                for n, v in DEFAULT_THRESHOLDS.items()]
    lines += [f"search: [{', '.join(search)}]", "choose_with: []"]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _files(out):
    """The written set and its manifest (which holds no run time, so a rerun writes the same bytes)."""
    files = {p.name: p.read_text("utf-8") for p in sorted(out.iterdir())}
    manifest = json.loads(files["manifest.json"])
    assert "seconds" not in manifest
    return files, manifest


def test_without_out_nothing_is_trained_and_the_shipped_models_stay(tmp_path):
    from cronica.cli.main import cli
    from cronica.extraction.decide import default_models_dir

    before = {p.name: p.read_bytes() for p in default_models_dir().iterdir() if p.is_file()}
    corpus = _tiny_corpus(tmp_path / "corpus")
    for args in (["train", "--corpus", str(corpus)], ["train", "--only", "document", "--corpus", str(corpus)]):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 2 and "--out" in r.output and "cronica/models" in r.output, r.output
    assert {p.name: p.read_bytes() for p in default_models_dir().iterdir() if p.is_file()} == before


def test_a_recipe_fits_the_set_it_describes_and_twice_gives_the_same_files(tmp_path, pipeline):
    from cronica.learn.recipe import load_recipe, train_with_recipe

    corpus = _tiny_corpus(tmp_path / "corpus")
    # the document model learns from part x only; the search tries the document threshold again
    recipe = load_recipe(_recipe(tmp_path / "recipe.yaml", parts_of_document="[x]", search=("document",)))
    runs = []
    for n in range(2):
        out = tmp_path / f"models{n}"
        r = train_with_recipe(recipe, corpus, out, pipe=pipeline)
        runs.append(_files(out))
    assert runs[0] == runs[1]  # deterministic for a seed: every file the same
    files, manifest = runs[0]
    document = json.loads(files["document.json"])
    # part x: two reports and two negatives, all one sentence (no views)
    assert document["meta"]["labels"] == {"1": 2, "0": 2} and document["meta"]["min_count"] == 1
    assert json.loads(files["mention.json"])["meta"]["C"] == 1.0
    assert manifest["recipe"]["models"]["document"]["parts"] == "x"
    assert manifest["recipe"]["search"] == ["document"]
    # the thresholds not searched stay as written
    thresholds = json.loads(files["thresholds.json"])
    assert {k: v for k, v in thresholds.items() if k != "document"} == \
        {k: v for k, v in recipe.thresholds.items() if k != "document"}
    assert r.thresholds == thresholds


def test_a_kept_model_is_written_out_as_it_is_and_the_others_refitted(tmp_path, pipeline):
    import pytest

    from cronica.errors import DataFileError
    from cronica.learn.recipe import load_recipe, train_with_recipe

    corpus = _tiny_corpus(tmp_path / "corpus")
    home = tmp_path / "home"
    home.mkdir()
    path = _recipe(home / "recipe.yaml", keep=("mention",))
    with pytest.raises(DataFileError, match="no mention.json beside the recipe"):
        load_recipe(path)
    # the kept file: a mention model fitted on part x alone (the run would fit x and y)
    train_with_recipe(load_recipe(_recipe(tmp_path / "x.yaml", parts_of_document="[x]", parts="[x]")), corpus,
                      tmp_path / "earlier", pipe=pipeline)
    earlier = (tmp_path / "earlier" / "mention.json").read_text("utf-8")
    (home / "mention.json").write_text(earlier, "utf-8")
    recipe = load_recipe(path)
    assert recipe.kept() == ["mention"]
    train_with_recipe(recipe, corpus, tmp_path / "out", pipe=pipeline)
    files, manifest = _files(tmp_path / "out")
    assert files["mention.json"] == earlier
    assert manifest["recipe"]["models"]["mention"] == {"keep": "an earlier fit"}
    assert manifest["thresholds_chosen_with"] == []  # no search: the thresholds are the recipe's
    # the others refitted as written: the document model on both parts (8 documents and a view)
    assert json.loads(files["document.json"])["meta"]["examples"] == 9
    assert json.loads((tmp_path / "earlier" / "document.json").read_text("utf-8"))["meta"]["examples"] == 4


def test_a_recipe_decides_the_fitting_options_alone(tmp_path):
    from cronica.cli.main import cli

    corpus = _tiny_corpus(tmp_path / "corpus")
    recipe = _recipe(tmp_path / "recipe.yaml")
    r = CliRunner().invoke(cli, ["train", "--recipe", str(recipe), "--seed", "3", "--corpus", str(corpus),
                                 "--out", str(tmp_path / "m")])
    assert r.exit_code == 2 and "--recipe decides seed" in r.output, r.output
    assert not (tmp_path / "m").exists()


def test_bad_recipes_are_refused_with_where_they_are_wrong(tmp_path):
    import pytest

    from cronica.errors import DataFileError
    from cronica.learn.recipe import load_recipe

    good = _recipe(tmp_path / "good.yaml").read_text("utf-8")
    for broken, says in ((good.replace("features_version: 6", "features_version: 5"), "features version 5"),
                         (good.replace("  type_cross: {value: 2.0, how: chosen}\n", ""), "thresholds must name"),
                         (good.replace("how: set", "how: guessed"), "threshold document"),
                         (good.replace("search: []", "search: [documento]"), "unknown thresholds"),
                         (good.replace("parts: x-y, C: 0.25", "parts: 7, C: 0.25"), "model document: parts")):
        path = tmp_path / "bad.yaml"
        path.write_text(broken, "utf-8")
        with pytest.raises(DataFileError, match=says):
            load_recipe(path)


def test_the_shipped_recipe_describes_the_shipped_files():
    """cronica/models/recipe.yaml: the thresholds as shipped, each model's C, min_count and seed
    as its file records; the document model's parts as the manifest's train documents say."""
    from cronica.extraction.decide import default_models_dir
    from cronica.learn.recipe import default_recipe_path, load_recipe

    recipe = load_recipe(default_recipe_path())
    models = default_models_dir()
    assert recipe.home == models
    assert recipe.thresholds == json.loads((models / "thresholds.json").read_text("utf-8"))
    # the shipped set is this recipe's output (its run records the recipe in the manifest)
    assert json.loads((models / "manifest.json").read_text("utf-8"))["recipe"] == recipe.as_dict()
    for name, m in recipe.models.items():
        if m.keep:
            continue  # the file itself (load_recipe checks it is there)
        meta = json.loads((models / f"{name}.json").read_text("utf-8"))["meta"]
        assert (meta["C"], meta["min_count"], meta["seed"]) == (m.c, m.min_count, recipe.seed), name


def test_a_recipe_excludes_feature_families_of_a_model(tmp_path):
    from cronica.errors import DataFileError
    from cronica.learn.recipe import load_recipe

    path = _recipe(tmp_path / "recipe.yaml")
    text = path.read_text("utf-8").replace("  mention: {parts: x-y, C: 1.0, min_count: 1}",
                                           "  mention: {parts: x-y, C: 1.0, min_count: 1, exclude: [near, lemma]}")
    path.write_text(text, "utf-8")
    recipe = load_recipe(path)
    assert recipe.models["mention"].exclude == frozenset({"near", "lemma"})
    assert recipe.models["pair"].exclude == frozenset()
    assert recipe.as_dict()["models"]["mention"]["exclude"] == ["lemma", "near"]
    assert "exclude" not in recipe.as_dict()["models"]["pair"]
    path.write_text(text.replace("exclude: [near, lemma]", "exclude: [near=ataque]"), "utf-8")
    with pytest.raises(DataFileError, match="feature families"):
        load_recipe(path)
