"""The output directory: Parquet schema, atomic partition commits, plan checks."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from cronica.batch.output import (
    EVENT_SCHEMA, BatchError, OutputDir, PartitionRecord, event_rows, rows_to_table,
)
from cronica.model import EVENT_KEYS, Count, Event, Place, Span


def _event(doc_id="n1"):
    return Event(doc_id=doc_id, type="ambush", evidence=Span(3, 12, "emboscada"),
                 place=Place(name="Pichari", admin1="Cusco", latitude=-12.5, longitude=-73.8, iso=604),
                 killed=Count(2, 2, 2, Span(20, 23, "dos")), confidence=0.8)


def test_schema_has_every_extract_column_in_order():
    assert tuple(EVENT_SCHEMA.names) == EVENT_KEYS


def test_rows_round_trip_through_parquet(tmp_path):
    ev = _event()
    table = rows_to_table(event_rows([ev]))
    pq.write_table(table, tmp_path / "x.parquet")
    row = pq.read_table(tmp_path / "x.parquet").to_pylist()[0]
    want = ev.to_dict()
    assert json.loads(row.pop("spans")) == want.pop("spans")
    assert row == want


def test_empty_partition_still_has_the_schema():
    assert rows_to_table([]).schema == EVENT_SCHEMA


def test_commit_writes_data_then_marker(tmp_path):
    out = OutputDir(tmp_path / "run")
    out.prepare({"plan": 1})
    rec = PartitionRecord(3, "abc", 10, 1, [{"id": "x", "error": "e"}])
    out.commit(rec, event_rows([_event()]))
    assert out.part_path(3).exists() and out.marker_path(3).exists()
    assert list(out.done()) == [3]
    assert not list((tmp_path / "run").rglob(".*tmp*"))
    # a marker whose data file is gone does not count as done
    out.part_path(3).unlink()
    assert out.done() == {}


def test_rerun_with_other_settings_is_refused(tmp_path):
    OutputDir(tmp_path / "run").prepare({"partition_size": 10})
    OutputDir(tmp_path / "run").prepare({"partition_size": 10})  # same plan: fine
    with pytest.raises(BatchError, match="partition_size"):
        OutputDir(tmp_path / "run").prepare({"partition_size": 20})


def test_a_foreign_non_empty_directory_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(BatchError, match="not empty"):
        OutputDir(tmp_path).prepare({"partition_size": 10})


def test_prepare_removes_temp_files_of_a_killed_run(tmp_path):
    out = OutputDir(tmp_path / "run")
    out.prepare({"p": 1})
    leftover = out.events_dir / ".part-00000.parquet.tmp-999"
    leftover.write_bytes(b"half")
    out.prepare({"p": 1})
    assert not leftover.exists()


def test_two_runs_cannot_write_the_same_directory(tmp_path):
    first = OutputDir(tmp_path / "run")
    first.prepare({"p": 1})
    with pytest.raises(BatchError, match="another `cronica batch`"):
        OutputDir(tmp_path / "run").prepare({"p": 1})
    first.close()
    OutputDir(tmp_path / "run").prepare({"p": 1})
