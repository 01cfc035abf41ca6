"""`cronica train --only document`: the document model fitted alone on the train split, written
beside the other models without touching them; deterministic for a seed. A tiny corpus of our
own sentences."""
import json

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


def _tiny_corpus(root):
    part = root / "x"
    part.mkdir(parents=True)
    docs = [{"id": f"x-{i}", "text": t, "published": "2024-03-09", "negative": False} for i, t, _ in REPORTS]
    docs += [{"id": f"x-{i}", "text": t, "published": "2024-03-09", "negative": True} for i, t in NEGATIVES]
    gold = [{"doc": f"x-{i}", "event_type": ty, "date": None, "date_precision": None, "location": None,
             "admin1": None, "country": None, "actor1": None, "actor2": None, "killed": None, "wounded": None,
             "kidnapped": None, "evidence": t.split(". ")[0].rstrip(".") + ".", "evidence_more": []}
            for i, t, ty in REPORTS]
    (part / "docs.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    (part / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), "utf-8")
    # every document in train (a recorded split never moves)
    (root / "splits.tsv").write_text("# test corpus\n" + "".join(f"{d['id']}\ttrain\n" for d in docs), "utf-8")
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
    assert model["name"] == "document" and model["meta"]["features_version"] == 5
    # the eight documents and the one-sentence view of the only two-sentence one (r3, a report)
    assert model["meta"]["labels"] == {"1": 5, "0": 4}
    assert sorted(p.name for p in out.iterdir()) == ["document.json", "manifest.json", "thresholds.json"]
    assert (out / "thresholds.json").read_text("utf-8") == '{"document": 0.3}\n'
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["trained_on"] == "elsewhere"
    assert manifest["document_model"]["train_docs"] == 8 and manifest["document_model"]["one_sentence_views"] == 1 and manifest["document_model"]["C"] == 0.25
