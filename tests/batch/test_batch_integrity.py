"""Issue 13, batch items: a bad line costs that line only and the run says it was not
clean (1); distinct ids for equal names in different folders, refused duplicates (3);
progress on a terminal, quiet Dask logs, missing inputs before any cluster (13);
UTF-16, hidden folders, NUL, the CSV date column, Parquet dates (14)."""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import subprocess

import pytest
from click.testing import CliRunner

from batch_helpers import CRONICA, fake_extract, local_client
from cronica.batch.engine import BatchConfig, run_batch
from cronica.batch.inputs import ReadOptions, iter_items
from cronica.batch.output import OutputDir, read_errors
from cronica.errors import InputError
from cronica.model import Document

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with local_client(n_workers=1) as c:
        yield c


def _latin1_corpus(path, n, bad_line):
    """``n`` JSONL lines; line ``bad_line`` (1-based) is written in Latin-1, not UTF-8."""
    with open(path, "wb") as fh:
        for i in range(1, n + 1):
            line = json.dumps({"id": f"d{i:05d}", "text": f"Texto número {i} de Junín"}, ensure_ascii=False)
            fh.write(line.encode("latin-1" if i == bad_line else "utf-8") + b"\n")
    return path


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _errs(items):
    return [i for i in items if isinstance(i, InputError)]


# ---------------------------------------------------------------- item 1
def test_a_line_that_is_not_utf8_costs_that_line_only(client, tmp_path):
    corpus = _latin1_corpus(tmp_path / "c.jsonl", 300, bad_line=185)
    out = tmp_path / "out"
    s = run_batch(BatchConfig(inputs=[str(corpus)], out=str(out), partition_size=40),
                  process=fake_extract, preload=None, client=client, stream=io.StringIO())
    rows = OutputDir(out).read_events().to_pylist()
    assert len(rows) == 299  # every other line's document was processed
    assert "d00185" not in {r["doc_id"] for r in rows}
    errors = read_errors(out / "errors.jsonl")
    assert len(errors) == 1 and errors[0]["source"] == f"{corpus}:185"
    assert "UTF-8" in errors[0]["error"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "complete_with_errors" and s.status == "complete_with_errors"
    assert manifest["counts"]["documents"] == 300 and manifest["counts"]["errors"] == 1


def test_gzipped_jsonl_with_a_bad_line_reads_the_rest(tmp_path):
    import gzip

    plain = _latin1_corpus(tmp_path / "c.jsonl", 50, bad_line=2)
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    items = list(iter_items([str(gz)]))
    assert len(_docs(items)) == 49
    assert [e.source for e in _errs(items)] == [f"{gz}:2"]


def test_cli_exit_code_and_stderr_say_the_run_was_not_clean(tmp_path):
    """A real `cronica batch`: exit 3, the bad line named file:line, no Dask INFO lines."""
    corpus = _latin1_corpus(tmp_path / "c.jsonl", 6, bad_line=3)
    r = subprocess.run([str(CRONICA), "batch", str(corpus), "--out", str(tmp_path / "o"),
                        "--workers", "1", "--no-progress"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 3, r.stderr[-3000:]
    assert f"{corpus}:3" in r.stderr and "not clean" in r.stderr
    assert "INFO" not in r.stderr, r.stderr  # Dask's chatter stays off stderr by default
    clean = tmp_path / "ok.jsonl"
    clean.write_text(json.dumps({"id": "a", "text": "Un texto."}) + "\n", encoding="utf-8")
    r = subprocess.run([str(CRONICA), "-v", "batch", str(clean), "--out", str(tmp_path / "o2"),
                        "--workers", "1", "--no-progress"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "INFO" in r.stderr  # -v shows it
    assert json.loads((tmp_path / "o2" / "manifest.json").read_text())["status"] == "complete"


# ---------------------------------------------------------------- item 3
def test_equal_names_in_different_folders_get_distinct_ids(tmp_path):
    for country in ("peru", "colombia"):
        (tmp_path / "news" / country).mkdir(parents=True)
        (tmp_path / "news" / country / "nota1.txt").write_text(f"Nota de {country}.", encoding="utf-8")
        (tmp_path / "news" / country / "lote.jsonl").write_text(
            json.dumps({"text": f"Sin id, {country}."}) + "\n", encoding="utf-8")
    items = list(iter_items([str(tmp_path / "news")]))
    assert not _errs(items)
    assert sorted(d.id for d in _docs(items)) == [
        "colombia/lote:1", "colombia/nota1", "peru/lote:1", "peru/nota1"]


def test_duplicate_ids_in_one_jsonl_are_refused_line_by_line(tmp_path):
    p = tmp_path / "dup.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in
                         [("a", "uno"), ("b", "dos"), ("a", "otro texto"), ("a", "uno")]), encoding="utf-8")
    items = list(iter_items([str(p)]))
    assert [d.id for d in _docs(items)] == ["a", "b"]
    assert [d.text for d in _docs(items)] == ["uno", "dos"]
    errs = _errs(items)
    assert [e.source for e in errs] == [f"{p}:3", f"{p}:4"]
    assert all("duplicate id 'a'" in str(e) for e in errs)


# ---------------------------------------------------------------- item 13
def test_missing_input_fails_before_a_cluster_starts(tmp_path):
    from cronica.cli.main import cli

    r = CliRunner().invoke(cli, ["batch", str(tmp_path / "no-such.jsonl"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "no such file or directory" in r.output and "no-such.jsonl" in r.output
    assert "Dask" not in r.output and "starting" not in r.output
    assert not (tmp_path / "o").exists()


def test_progress_bar_is_drawn_on_a_terminal_that_reports_no_size():
    """os.openpty() gives a terminal of 0x0, as `docker exec -t` and CI runners do."""
    from cronica.batch.progress import Progress

    master, slave = os.openpty()
    try:
        with open(slave, "w", closefd=False) as tty:
            p = Progress(None, stream=tty)
            assert p._bar is not None
            p.set_total(30)
            for _ in range(3):
                p.advance(10)
            p.close()
        os.set_blocking(master, False)
        data = b""
        try:
            while True:
                chunk = os.read(master, 65536)
                if not chunk:
                    break
                data += chunk
        except (BlockingIOError, OSError):
            pass
    finally:
        os.close(master)
        os.close(slave)
    assert b"30/30" in data, data


# ---------------------------------------------------------------- item 14
def test_utf16_files_are_read_not_called_binary(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "nota.txt").write_bytes(codecs.BOM_UTF16_LE + "Ataque en Junín.".encode("utf-16-le"))
    (d / "lote.jsonl").write_bytes(codecs.BOM_UTF16_LE + (json.dumps(
        {"id": "j1", "text": "Emboscada en Pichari."}, ensure_ascii=False) + "\n").encode("utf-16-le"))
    with open(d / "tabla.csv", "w", encoding="utf-16", newline="") as fh:
        csv.writer(fh).writerows([["id", "text"], ["c1", "Atentado en Cúcuta."]])
    items = list(iter_items([str(d)]))
    assert not _errs(items), [str(e) for e in _errs(items)]
    assert {x.id: x.text for x in _docs(items)} == {
        "j1": "Emboscada en Pichari.", "nota": "Ataque en Junín.", "c1": "Atentado en Cúcuta."}


def test_files_in_hidden_folders_are_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "nota.txt").write_text("oculto", encoding="utf-8")
    (tmp_path / "sub" / ".cache").mkdir(parents=True)
    (tmp_path / "sub" / ".cache" / "x.jsonl").write_text('{"id": "h", "text": "oculto"}\n', encoding="utf-8")
    (tmp_path / "sub" / "ok.txt").write_text("Visible.", encoding="utf-8")
    assert [d.id for d in _docs(iter_items([str(tmp_path)]))] == ["sub/ok"]


def test_nul_in_text_becomes_a_space_in_every_reader(tmp_path):
    from cronica.text.readers import iter_documents

    p = tmp_path / "n.jsonl"
    p.write_text(json.dumps({"id": "n", "text": "Ataque\u0000en Junín."}) + "\n", encoding="utf-8")
    # batch and extract read it alike (ingest too: tests/store/test_store_integrity.py)
    assert [d.text for d in _docs(iter_items([str(p)]))] == ["Ataque en Junín."]
    assert [d.text for d in _docs(iter_documents([str(p)]))] == ["Ataque en Junín."]


def test_csv_published_column_option(tmp_path):
    c = tmp_path / "t.csv"
    c.write_text("id,text,fecha\na,Un ataque ayer.,2021-03-04\n", encoding="utf-8")
    docs = _docs(iter_items([str(c)], ReadOptions(published_column="fecha")))
    assert docs[0].published == "2021-03-04"
    errs = _errs(iter_items([str(c)], ReadOptions(published_column="dia")))
    assert errs and "--published-column" in str(errs[0])
    from cronica.cli.main import cli

    assert "--published-column" in CliRunner().invoke(cli, ["batch", "--help"]).output


def test_parquet_dates_are_dates(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cronica.batch.output import EVENT_SCHEMA, event_rows, rows_to_table
    from cronica.model import DateValue, Event, Span

    ev = Event(doc_id="a", type="attack", evidence=Span(0, 4, "Algo"),
               date=DateValue("2012-05", "month", dt.date(2012, 5, 1), dt.date(2012, 5, 31), None))
    assert EVENT_SCHEMA.field("date_start").type == pa.date32()
    pq.write_table(rows_to_table(event_rows([ev])), tmp_path / "p.parquet")
    row = pq.read_table(tmp_path / "p.parquet").to_pylist()[0]
    assert row["date_start"] == dt.date(2012, 5, 1) and row["date_end"] == dt.date(2012, 5, 31)
    assert row["date"] == "2012-05"
