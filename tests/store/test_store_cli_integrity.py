"""Issue 13 at the command line, on SQLite and PostgreSQL: equal file names in
different folders and repeated ids never supersede each other (3); every unusable
line of `ingest --events` is reported and nothing stored means exit 1 (4); reading
commands refuse a missing database, writing ones create files but not folders (12)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cronica.cli.main import cli
from storehelpers import doc, event

TEXT = "Un ataque de Sendero Luminoso dejó tres militares muertos en Pichari el jueves."


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _events_line(doc_id, text=TEXT, **kw):
    d = doc(doc_id, text)
    return event(d, **kw).to_json()


def _current_docs(db):
    from cronica.store import open_store

    with open_store(db) as s:
        rows, _ = s.query_events(limit=100)
        return sorted({r["doc_id"] for r in rows}), s.counts()


# ---------------------------------------------------------------- item 3
def test_equal_names_in_different_folders_are_two_documents(db_url, tmp_path):
    news = tmp_path / "news"
    for country in ("peru", "colombia"):
        (news / country).mkdir(parents=True)
        (news / country / "nota1.txt").write_text(TEXT, encoding="utf-8")
    evs = tmp_path / "ev.jsonl"
    evs.write_text(_events_line("peru/nota1") + "\n" + _events_line("colombia/nota1") + "\n", encoding="utf-8")
    r = run("ingest", news, "--events", evs, "--db", db_url)
    assert r.exit_code == 0, r.output
    assert "documents: 2 new" in r.output
    ids, counts = _current_docs(db_url)
    assert ids == ["colombia/nota1", "peru/nota1"] and counts["documents"] == 2


def test_a_repeated_id_in_one_jsonl_is_an_error_not_a_new_version(db_url, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n"
                    + json.dumps({"id": "a", "text": TEXT + " Otra cosa."}) + "\n", encoding="utf-8")
    evs = tmp_path / "ev.jsonl"
    evs.write_text(_events_line("a") + "\n", encoding="utf-8")
    r = run("ingest", docs, "--events", evs, "--db", db_url)
    assert r.exit_code == 0, r.output
    assert f"{docs}:2" in r.output and "duplicate id 'a'" in r.output
    assert "documents: 1 new, 0 unchanged, 0 updated, 1 failed" in r.output
    _, counts = _current_docs(db_url)
    assert counts["document_versions"] == 1


# ---------------------------------------------------------------- item 4
def test_ingest_events_reports_every_unusable_line(db_url, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in ("a", "b", "c")),
                    encoding="utf-8")
    evs = tmp_path / "ev.jsonl"
    lacking = json.loads(_events_line("b"))
    del lacking["type"]
    evs.write_text("\n".join([
        _events_line("a"),                       # 1 good
        "{esto no es json",                      # 2 not JSON
        json.dumps(lacking, ensure_ascii=False),  # 3 document b: no type
        json.dumps({"type": "attack"}),          # 4 no doc_id
        _events_line("zzz"),                     # 5 a document not given
        _events_line("c", text="Otro texto distinto del documento c."),  # 6 evidence of another text
    ]) + "\n", encoding="utf-8")
    r = run("ingest", docs, "--events", evs, "--db", db_url)
    assert r.exit_code == 0, r.output  # document a was stored
    for n in (2, 3, 4, 6):
        assert f"{evs}:{n}" in r.output, (n, r.output)
    assert "not given as INPUT" in r.output and "zzz" in r.output
    assert "documents: 1 new, 0 unchanged, 0 updated, 2 failed" in r.output
    ids, _ = _current_docs(db_url)
    assert ids == ["a"]


def test_ingest_events_with_nothing_usable_exits_1(db_url, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    evs = tmp_path / "ev.jsonl"
    evs.write_text(json.dumps({"type": "attack"}) + "\n" + json.dumps({"doc": "a"}) + "\n", encoding="utf-8")
    r = run("ingest", docs, "--events", evs, "--db", db_url)
    assert r.exit_code == 1, r.output
    assert f"{evs}:1" in r.output and f"{evs}:2" in r.output and "no event of" in r.output
    only_orphans = tmp_path / "orphans.jsonl"
    only_orphans.write_text(_events_line("b") + "\n", encoding="utf-8")
    r = run("ingest", docs, "--events", only_orphans, "--db", db_url)
    assert r.exit_code == 1 and "not given as INPUT" in r.output


# ---------------------------------------------------------------- item 12
@pytest.mark.parametrize("command", [["events"], ["stats"], ["incidents"], ["export", "--format", "jsonl"]])
def test_reading_commands_refuse_a_missing_database(db_url, command):
    """SQLite: the file does not exist; PostgreSQL: the schema holds no store."""
    from cronica.store.repository import sqlite_path

    r = run(*command, "--db", db_url)
    assert r.exit_code == 1, r.output
    assert "no database" in r.output or "no Cronica store" in r.output, r.output
    path = sqlite_path(db_url)
    assert path is None or not path.exists()


def test_db_status_never_creates_the_database(tmp_path):
    missing = tmp_path / "typo.db"
    r = run("db", "status", "--db", missing)
    assert r.exit_code == 1 and "no database" in r.output and not missing.exists()


def test_writing_commands_create_files_not_folders(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    evs = tmp_path / "ev.jsonl"
    evs.write_text(_events_line("a") + "\n", encoding="utf-8")
    typo = tmp_path / "dtaa" / "x.db"
    r = run("ingest", docs, "--events", evs, "--db", typo)
    assert r.exit_code == 1 and "does not exist" in r.output and not typo.parent.exists()
    r = run("db", "upgrade", "--db", typo)
    assert r.exit_code == 1 and not typo.parent.exists()
    good = tmp_path / "x.db"
    r = run("ingest", docs, "--events", evs, "--db", good)
    assert r.exit_code == 0 and good.exists()
    out = tmp_path / "exprts" / "e.csv"
    r = run("export", "--format", "acled", "--db", good, "-o", out)
    assert r.exit_code == 1 and "does not exist" in r.output and not out.parent.exists()
    r = run("export", "--format", "acled", "--db", good, "-o", tmp_path / "e.csv")
    assert r.exit_code == 0 and (tmp_path / "e.csv").exists()
    r = run("batch", docs, "--out", tmp_path / "no" / "such" / "out")
    assert r.exit_code == 1 and "does not exist" in r.output and not (tmp_path / "no").exists()
