"""Flagged events (historical, denied, hedged, disputed) are stored, shown, and can be
kept or left out by queries, statistics' filters, the CLI and the exports (issue 13,
item 11), on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from dataclasses import replace

from click.testing import CliRunner

from cronica.cli.main import cli
from cronica.store import EventFilter
from storehelpers import doc, event, result


def _load(store):
    out = {}
    for k, (place, fl) in {"h": ("Pichari", ("historical",)), "d": ("Tocache", ("denied",)),
                           "m": ("Lima", ("disputed", "hedged")), "p": ("Llochegua", ())}.items():
        d = doc(k, f"Texto propio {k}: un ataque.")
        ev = replace(event(d, "attack", place=place, killed=1), flags=fl)
        store.ingest([result(d, ev)])
        out[k] = ev.event_id
    return out


def test_flags_are_stored_and_filtered(store):
    _load(store)
    rows, _ = store.query_events(EventFilter(doc_id="m"))
    assert rows[0]["flags"] == ["disputed", "hedged"]
    assert store.query_events(EventFilter(doc_id="p"))[0][0]["flags"] == []

    def docs(**kw):
        return {e["doc_id"] for e in store.query_events(EventFilter(**kw), limit=100)[0]}
    assert docs(flag=("denied",)) == {"d"}
    assert docs(flag=("any",)) == {"h", "d", "m"}
    assert docs(no_flag=("any",)) == {"p"}
    assert docs(no_flag=("historical", "denied")) == {"m", "p"}
    assert docs(flag=("hedged",), no_flag=("disputed",)) == set()
    (row,) = store.stats("month", EventFilter(no_flag=("any",)))
    assert row["incidents"] == 1


def test_flags_survive_a_roundtrip_and_an_edit(store):
    ids = _load(store)
    ev = store.get_event(ids["p"])
    assert ev["machine"]["flags"] == []
    ev = store.review(ids["p"], "edit", {"flags": "denied"}, reason="desmentido oficial", author="ana")
    assert ev["flags"] == ["denied"]
    assert ev["history"][-1]["fields"]["set"]["flags"] == ["denied"]
    assert {e["doc_id"] for e in store.query_events(EventFilter(flag=("denied",)))[0]} == {"d", "p"}


def test_cli_and_exports_filter_on_flags(store, tmp_path):
    _load(store)
    db = store.url
    r = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl", "--no-flag", "any"])
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["doc_id"] for x in r.stdout.splitlines()] == ["p"]
    r = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl", "--flag", "historical"])
    assert [json.loads(x)["doc_id"] for x in r.stdout.splitlines()] == ["h"]
    out = tmp_path / "x.jsonl"
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "--no-flag", "historical",
                                 "--no-flag", "denied", "-o", str(out)])
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert sorted(e["doc_id"] for e in got) == ["m", "p"]
    acled = tmp_path / "a.csv"
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "acled", "--flag", "denied", "-o", str(acled)])
    assert r.exit_code == 0 and len(acled.read_text().splitlines()) == 2
    r = CliRunner().invoke(cli, ["events", "--db", db, "--flag", "bogus"])
    assert r.exit_code == 1 and "unknown flag" in r.output
