"""`cronica extract` as a user runs it: formats, stdin, exit codes, messages on stderr only."""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed.txt"


def run(*args, stdin=None):
    exe = Path(sys.executable).parent / "cronica"
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "200"}, timeout=300)


@pytest.fixture(scope="module")
def seed_jsonl():
    r = run("extract", str(SEED), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    return r


def test_jsonl_on_the_bundled_seed(seed_jsonl):
    lines = [json.loads(line) for line in seed_jsonl.stdout.splitlines()]
    assert len(lines) >= 10
    text = SEED.read_text(encoding="utf-8")
    for ev in lines:
        assert ev["doc_id"] == "seed"
        assert text[ev["evidence_start"]:ev["evidence_end"]] == ev["evidence"]
    assert "Traceback" not in seed_jsonl.stderr
    assert "processed" in seed_jsonl.stderr  # the summary goes to stderr, not stdout


def test_csv_has_all_keys_and_spans_as_json(seed_jsonl):
    from cronica.model import EVENT_KEYS

    r = run("extract", str(SEED), "--format", "csv", "-q")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert tuple(rows[0].keys()) == EVENT_KEYS
    assert len(rows) == len(seed_jsonl.stdout.splitlines())
    assert isinstance(json.loads(rows[0]["spans"]), dict)


def test_table_format():
    r = run("extract", str(SEED), "--format", "table", "-q")
    assert r.returncode == 0 and "ambush" in r.stdout


def test_stdin_and_published():
    r = run("extract", "-", "--published", "2023-03-14", "--format", "jsonl", "-q",
            stdin="La tarde del lunes una patrulla fue emboscada en el distrito de Vizcatán del Ene, Junín.")
    ev = json.loads(r.stdout.splitlines()[0])
    assert ev["doc_id"] == "stdin" and ev["date"] == "2023-03-13" and ev["admin1"] == "Junín"


def test_bad_published_is_a_usage_error():
    r = run("extract", str(SEED), "--published", "ayer")
    assert r.returncode == 2 and "published" in r.stderr and "Traceback" not in r.stderr


def test_exit_code_nonzero_only_when_nothing_was_processed(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Un atentado con explosivos dejó dos heridos en Lima.", encoding="utf-8")
    r = run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "ok.txt"), "--format", "jsonl")
    assert r.returncode == 0
    assert "empty.txt" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout.strip()
    r = run("extract", str(tmp_path / "empty.txt"), "--format", "jsonl")
    assert r.returncode == 1 and r.stdout == ""


def test_strict_stops_at_the_first_failure(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Un ataque en Pichari dejó un herido.", encoding="utf-8")
    r = run("extract", str(tmp_path), "--strict", "--format", "jsonl")
    assert r.returncode == 1 and r.stdout == "" and "--strict" in r.stderr


def test_big_document_refused_with_a_clear_message(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Una emboscada. " * 2000, encoding="utf-8")
    r = run("extract", str(big), "--max-chars", "10000", "--format", "jsonl")
    assert r.returncode == 1 and "--max-chars" in r.stderr and "Traceback" not in r.stderr


def test_user_lexicon(tmp_path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("# Source: test\nactors:\n  - name: Frente Sur\n    inter: 2\n    aliases: [Frente Sur]\n",
                   encoding="utf-8")
    r = run("extract", "-", "--lexicon", str(lex), "--format", "jsonl", "-q",
            stdin="El Frente Sur emboscó a una patrulla militar en Satipo.")
    ev = json.loads(r.stdout.splitlines()[0])
    assert ev["actor1"] == "Frente Sur" and ev["inter1"] == 2
