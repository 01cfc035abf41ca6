"""The store's commands: ingest, events, incidents (show), stats, export, db."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from cronica.cli.main import cli
from storehelpers import write_corpus


@pytest.fixture
def loaded(db_url, tmp_path):
    docs, evs = write_corpus(tmp_path, 6, events_per_doc=2)
    r = CliRunner().invoke(cli, ["ingest", docs, "--events", evs, "--db", db_url])
    assert r.exit_code == 0, r.output
    assert "documents: 6 new, 0 unchanged" in r.stdout and "events added: 12" in r.stdout
    return db_url, docs, evs


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_reingest_adds_nothing(loaded):
    db, docs, evs = loaded
    r = run("ingest", docs, "--events", evs, "--db", db, "--json")
    s = json.loads(r.stdout)
    assert s["documents_unchanged"] == 6 and s["events_added"] == 0


def test_events_formats_and_filters(loaded):
    db, *_ = loaded
    r = run("events", "--db", db, "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) == 12 and {"incident_id", "status", "source_url"} <= set(rows[0])
    r = run("events", "--db", db, "--format", "csv", "--admin1", "Cusco")
    got = list(csv.DictReader(io.StringIO(r.stdout)))
    assert got and all(x["admin1"] == "Cusco" for x in got)
    assert json.loads(got[0]["spans"])["evidence"]
    r = run("events", "--db", db, "--format", "jsonl", "--since", "2010-01-08", "--until", "2010-01-10")
    assert {json.loads(x)["date"] for x in r.stdout.splitlines()} == {"2010-01-08"}
    r = run("events", "--db", db, "--format", "table", "--limit", "3")
    assert r.exit_code == 0 and "3 of 12 events" in r.output


def test_incidents_list_and_show(loaded):
    db, *_ = loaded
    r = run("incidents", "--db", db, "--format", "jsonl")
    incs = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(incs) == 6 and all(i["n_documents"] == 2 for i in incs)
    r = run("incidents", "show", incs[0]["incident_id"], "--db", db)
    assert r.exit_code == 0
    assert "why:" in r.stdout and "joined via" in r.stdout and "first report" in r.stdout
    r = run("incidents", "--db", db, "show", incs[0]["incident_id"], "--json")
    assert json.loads(r.stdout)["explanation"]
    r = run("incidents", "show", 99999, "--db", db)
    assert r.exit_code == 1 and "no incident 99999" in r.output


def test_stats(loaded):
    db, *_ = loaded
    r = run("stats", "--by", "month", "--db", db, "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert sum(x["events"] for x in rows) == 12 and rows[0]["key"] == "2010-01"
    r = run("stats", "--by", "actor", "--db", db, "--format", "csv")
    assert r.stdout.startswith("key,events,incidents,killed,wounded")


def test_export(loaded, tmp_path):
    db, *_ = loaded
    out = tmp_path / "acled.csv"
    r = run("export", "--format", "acled", "--unit", "incident", "-o", out, "--db", db)
    assert r.exit_code == 0 and "exported 6 incident(s)" in r.output
    assert len(list(csv.DictReader(open(out, encoding="utf-8")))) == 6
    r = run("export", "--format", "parquet", "--db", db)
    assert r.exit_code == 2 and "output file" in r.output


def test_clear_errors(loaded, tmp_path):
    db, docs, evs = loaded
    r = run("events", "--db", "nosuch://x")
    assert r.exit_code == 1 and r.output.startswith("error:") and "Traceback" not in r.output
    r = run("events", "--db", db, "--bbox", "1,2")
    assert r.exit_code == 1 and "bbox" in r.output
    r = run("events", "--db", db, "--since", "ayer")
    assert r.exit_code == 1 and "since" in r.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{no json\n", encoding="utf-8")
    r = run("ingest", docs, "--events", bad, "--db", db)
    assert r.exit_code == 1 and "not JSON" in r.output
    r = run("ingest", tmp_path / "missing.txt", "--events", evs, "--db", db)
    assert r.exit_code == 1 and "1 failed" in r.output
