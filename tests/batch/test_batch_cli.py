"""`cronica batch` refuses bad usage with one clear line, before starting any cluster."""
from __future__ import annotations

import json

from click.testing import CliRunner

from cronica.cli.main import cli


def _run(args):
    return CliRunner().invoke(cli, ["batch", *map(str, args)])


def _corpus(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Texto"}) + "\n", encoding="utf-8")
    return p


def test_workers_and_scheduler_exclude_each_other(tmp_path):
    r = _run([_corpus(tmp_path), "--out", tmp_path / "o", "--workers", 2,
              "--scheduler", "tcp://127.0.0.1:8786"])
    assert r.exit_code == 2 and "cannot be used with --scheduler" in r.output


def test_bad_memory_limit_and_published(tmp_path):
    r = _run([_corpus(tmp_path), "--out", tmp_path / "o", "--memory-limit", "mucho"])
    assert r.exit_code == 2 and "--memory-limit" in r.output
    r = _run([_corpus(tmp_path), "--out", tmp_path / "o", "--published", "ayer"])
    assert r.exit_code == 2 and "--published" in r.output


def test_out_directory_of_something_else_is_refused(tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (out / "mine.txt").write_text("x", encoding="utf-8")
    r = _run([_corpus(tmp_path), "--out", out])
    assert r.exit_code == 1
    assert r.output.strip().splitlines()[-1].startswith("cronica batch:") and "not empty" in r.output
    assert "Traceback" not in r.output


def test_help_names_the_options():
    r = CliRunner().invoke(cli, ["batch", "--help"])
    for opt in ("--out", "--db", "--workers", "--scheduler", "--partition-size", "--text-column"):
        assert opt in r.output
