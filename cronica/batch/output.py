"""The output directory of a batch run, written so that a kill at any moment is harmless.

Layout of ``DIR``::

    events/part-NNNNN.parquet   the events of partition NNNNN (same columns as
                                ``cronica extract --format jsonl``; ``spans`` a JSON string,
                                ``date_start``/``date_end`` Parquet dates)
    errors.jsonl                one line per failed document: {"id", "error", "partition", "source"}
    manifest.json               inputs, settings, counts, versions, timing
    _batch/plan.json            the settings that fix the partitioning (checked on rerun)
    _batch/part-NNNNN.done      the done marker of partition NNNNN (counts, errors)
    _batch/lock                 held (flock) while a run writes here

Commit protocol of one partition: the Parquet file is written to a hidden temp
file and renamed into place, then the done marker is written the same way. A
partition is complete iff its marker exists (and its Parquet file with it); a
rerun redoes every partition without a marker, replacing whatever half-written
file it left, so output is never duplicated. ``errors.jsonl`` and
``manifest.json`` are rebuilt from the markers at the end of every run.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from cronica.errors import CronicaError
from cronica.model import EVENT_KEYS, Event


class BatchError(CronicaError):
    """A batch run cannot go on (output directory from another run, lost cluster...)."""


_STR = pa.string()
_INT = pa.int64()
_FLOAT = pa.float64()
_DATE = pa.date32()
#: Keys holding ISO dates (YYYY-MM-DD strings in ``Event.to_dict()``): Parquet dates.
DATE_COLUMNS = ("date_start", "date_end")
#: Arrow type of every key of ``Event.to_dict()``; strings unless listed.
_TYPES: dict[str, pa.DataType] = {
    "date_start": _DATE, "date_end": _DATE,
    "time_precision": _INT, "iso": _INT, "latitude": _FLOAT, "longitude": _FLOAT,
    "geo_precision": _INT, "where_prec": _INT, "inter1": _INT, "inter2": _INT,
    "killed": _INT, "killed_low": _INT, "killed_high": _INT, "wounded": _INT,
    "kidnapped": _INT, "arrested": _INT, "evidence_start": _INT, "evidence_end": _INT,
    "confidence": _FLOAT, "flags": pa.list_(_STR),
    # casualties by side and bounds (issue 12)
    **{k: _INT for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "wounded_low",
                         "wounded_high", "wounded_a", "wounded_b", "wounded_civilians", "wounded_unknown",
                         "kidnapped_low", "kidnapped_high")},
}
#: Keys stored as JSON text (dicts/lists in ``Event.to_dict()``).
JSON_COLUMNS = ("spans",)

EVENT_SCHEMA = pa.schema([pa.field(k, _TYPES.get(k, _STR)) for k in EVENT_KEYS])

_PART_RE = re.compile(r"^part-(\d{5,})\.done$")


def event_rows(events: Iterable[Event]) -> list[dict[str, Any]]:
    """``Event.to_dict()`` rows with the JSON columns serialised as in CSV/Parquet."""
    rows = []
    for ev in events:
        d = ev.to_dict()
        for k in JSON_COLUMNS:
            d[k] = json.dumps(d[k], ensure_ascii=False, sort_keys=True)
        for k in DATE_COLUMNS:
            if isinstance(d[k], str):
                d[k] = _dt.date.fromisoformat(d[k][:10])
        rows.append(d)
    return rows


def rows_to_table(rows: list[dict[str, Any]]) -> pa.Table:
    cols = {k: [r.get(k) for r in rows] for k in EVENT_KEYS}
    return pa.Table.from_pydict(cols, schema=EVENT_SCHEMA)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a part."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def atomic_write_json(path: Path, obj: Any) -> None:
    atomic_write_bytes(path, (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


@dataclass(slots=True)
class PartitionRecord:
    """What the done marker of one partition says."""

    index: int
    fingerprint: str
    documents: int  # items in the partition (documents + read errors)
    events: int
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "fingerprint": self.fingerprint, "documents": self.documents,
                "events": self.events, "errors": self.errors, "seconds": round(self.seconds, 3)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "PartitionRecord":
        return cls(int(d["index"]), str(d["fingerprint"]), int(d["documents"]), int(d["events"]),
                   list(d.get("errors") or []), float(d.get("seconds") or 0.0))


class OutputDir:
    """The output directory: plan check, partition commit, final errors and manifest."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.events_dir = self.root / "events"
        self.state_dir = self.root / "_batch"
        self.plan_path = self.state_dir / "plan.json"
        self.errors_path = self.root / "errors.jsonl"
        self.manifest_path = self.root / "manifest.json"

    # -- set-up -----------------------------------------------------------
    def prepare(self, plan: dict[str, Any]) -> None:
        """Create the layout, or check that ``DIR`` belongs to a run with the same plan."""
        if self.root.exists() and not self.root.is_dir():
            raise BatchError(f"{self.root}: --out exists and is not a directory")
        if not self.root.exists() and not self.root.absolute().parent.is_dir():
            raise BatchError(f"the folder {self.root.absolute().parent} does not exist: create it first, "
                             "or check --out (the output directory is created, its parents are not)")
        if self.plan_path.exists():
            try:
                old = json.loads(self.plan_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as e:
                raise BatchError(f"{self.plan_path}: unreadable ({e}); use a new --out directory") from None
            if old != plan:
                diff = sorted(k for k in set(old) | set(plan) if old.get(k) != plan.get(k))
                raise BatchError(
                    f"{self.root} holds a run with different settings ({', '.join(diff)}); "
                    "rerun with the same command to resume it, or use a new --out directory")
        elif self.root.exists() and any(self.root.iterdir()):
            raise BatchError(f"{self.root}: --out is not empty and holds no batch run; use a new directory")
        self.events_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self._lock()
        if not self.plan_path.exists():
            atomic_write_json(self.plan_path, plan)
        self._remove_temp_files()

    def _lock(self) -> None:
        """One run at a time per directory; the OS drops the lock when the process dies."""
        import fcntl

        if getattr(self, "_lock_fh", None) is not None:
            return
        fh = open(self.state_dir / "lock", "a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise BatchError(f"{self.root}: another `cronica batch` is writing to this directory") from None
        self._lock_fh = fh

    def close(self) -> None:
        """Release the directory for other runs."""
        fh = getattr(self, "_lock_fh", None)
        if fh is not None:
            fh.close()
            self._lock_fh = None

    def _remove_temp_files(self) -> None:
        """Leftovers of a killed run: hidden temp files never renamed into place."""
        for d in (self.root, self.events_dir, self.state_dir):
            for p in d.glob(".*.tmp-*"):
                p.unlink(missing_ok=True)

    # -- partitions -------------------------------------------------------
    def part_path(self, index: int) -> Path:
        return self.events_dir / f"part-{index:05d}.parquet"

    def marker_path(self, index: int) -> Path:
        return self.state_dir / f"part-{index:05d}.done"

    def done(self) -> dict[int, PartitionRecord]:
        """Complete partitions (marker and Parquet file both present)."""
        out: dict[int, PartitionRecord] = {}
        for p in self.state_dir.glob("part-*.done"):
            m = _PART_RE.match(p.name)
            if not m:
                continue
            idx = int(m.group(1))
            if not self.part_path(idx).exists():
                continue  # marker without data (deleted by hand): redo the partition
            try:
                out[idx] = PartitionRecord.from_json(json.loads(p.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # unreadable marker: redo the partition
        return out

    def commit(self, record: PartitionRecord, rows: list[dict[str, Any]]) -> None:
        """Write the partition's events, then its done marker (the commit point)."""
        table = rows_to_table(rows)
        path = self.part_path(record.index)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        atomic_write_json(self.marker_path(record.index), record.to_json())

    # -- end of run -------------------------------------------------------
    def write_errors(self, records: dict[int, PartitionRecord]) -> int:
        lines = []
        for idx in sorted(records):
            for err in records[idx].errors:
                lines.append(json.dumps(err, ensure_ascii=False))
        atomic_write_bytes(self.errors_path, ("".join(l + "\n" for l in lines)).encode("utf-8"))
        return len(lines)

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        atomic_write_json(self.manifest_path, manifest)

    def read_events(self) -> pa.Table:
        """All events of the run, partitions in order (for tests and small outputs)."""
        parts = sorted(self.events_dir.glob("part-*.parquet"))
        if not parts:
            return EVENT_SCHEMA.empty_table()
        return pa.concat_tables([pq.read_table(p, schema=EVENT_SCHEMA) for p in parts])


def read_errors(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]

