"""End to end with the real extraction pipeline (spaCy): `cronica ingest` on two
reports of one incident written for this test, then re-ingest and an update."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

pytestmark = pytest.mark.slow

# Our own sentences: two outlets report the same ambush.
DOCS = [
    {"id": "medio-uno-1", "url": "https://medio-uno.example/1", "published": "2012-05-04",
     "text": "El 3 de mayo de 2012 una emboscada de Sendero Luminoso en Pichari, Cusco, "
             "dejó tres soldados muertos y dos heridos."},
    {"id": "medio-dos-7", "url": "https://medio-dos.example/7", "published": "2012-05-04",
     "text": "Tres militares murieron y dos resultaron heridos el 3 de mayo de 2012 cuando "
             "senderistas emboscaron una patrulla en Pichari, en el Cusco."},
]


def test_ingest_with_the_real_pipeline(tmp_path):
    pipeline = pytest.importorskip("cronica.pipeline")
    from cronica.cli.main import cli
    from cronica.model import Document
    from cronica.store import open_store

    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'e2e.db'}"
    r = CliRunner().invoke(cli, ["ingest", str(src), "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["documents_new"] == 2 and s["events_added"] >= 2

    expected = {}
    for res in pipeline.get_pipeline().run([Document(id=d["id"], text=d["text"], url=d["url"],
                                                     published=d["published"]) for d in DOCS]):
        expected.update({e.event_id: e.to_dict() for e in res.events})
    with open_store(db) as store:
        rows, total = store.query_events(limit=100)
        assert total == len(expected)
        for row in rows:  # stored exactly as extracted
            assert {k: row[k] for k in expected[row["event_id"]]} == expected[row["event_id"]]
            got = store.get_event(row["event_id"])
            text = got["document"]["text"]
            assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence"]
        ambushes = [x for x in rows if x["type"] in ("ambush", "attack", "armed_clash")]
        assert {x["doc_id"] for x in ambushes} == {d["id"] for d in DOCS}
        # the two outlets' reports of the ambush form one incident
        assert len({x["incident_id"] for x in ambushes}) == 1
        inc = store.incident(ambushes[0]["incident_id"])
        assert inc["n_documents"] == 2 and inc["fatalities"] == 3

    r = CliRunner().invoke(cli, ["ingest", str(src), "--db", db, "--json"])
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["documents_unchanged"] == 2 and s["events_added"] == 0

    DOCS2 = [dict(DOCS[0], text=DOCS[0]["text"] + " La patrulla volvía de Llochegua.")]
    src.write_text(json.dumps(DOCS2[0], ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(src), "--db", db, "--json"])
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["documents_updated"] == 1
