"""Standard exports of stored events or incidents.

    from cronica.export import write, FORMATS
    n = write(store_or_rows, "acled", unit="incident", out="acled.csv", f=EventFilter(...))

``store_or_rows`` is a :class:`cronica.store.Store` (rows streamed in batches) or an
iterable of the dicts ``Store.query_events`` / ``Store.iter_incidents`` return.
``out`` is a path, ``'-'`` (stdout) or an open stream (binary for parquet).
Returns the number of rows written. Formats: acled, ucdp, gtd (CSV with each
dataset's columns), plover and jsonl (one JSON object a line), geojson, parquet.
Rejected events are never exported (incidents aggregate only non-rejected reports).
"""
from __future__ import annotations

import csv
import importlib
import json
from typing import Any

from cronica.errors import CronicaError
from cronica.export.common import UNITS, open_out, records, text_stream

FORMATS: tuple[str, ...] = ("acled", "ucdp", "gtd", "plover", "geojson", "parquet", "jsonl")
BINARY = {"parquet"}
# Line separators that JSON leaves raw but line readers (str.splitlines, some
# JSONL tools) split on: escaped so one record is always one line.
_LINE_SEPS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps_line(obj: Any) -> str:
    """One JSON record on one line (ensure_ascii off, Unicode line separators escaped)."""
    s = json.dumps(obj, ensure_ascii=False, default=str)
    for ch, esc in _LINE_SEPS.items():
        if ch in s:
            s = s.replace(ch, esc)
    return s


class ExportError(CronicaError):
    """Unknown format/unit, or the output could not be written."""


def _module(fmt: str):
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return importlib.import_module(f"cronica.export.{fmt}")


def _rows(mod, source: Any, unit: str, f: Any):
    if getattr(mod, "RAW", False):
        it = source.iter_events(f) if (hasattr(source, "iter_events") and unit == "event") else (
            source.iter_incidents(f) if hasattr(source, "iter_events") else source)
        for d in it:
            yield mod.convert(d, unit)
        return
    for v in records(source, unit, f):
        out = mod.convert(v, unit)
        if out is not None:
            yield out


def write(source: Any, format: str, unit: str = "event", out: Any = "-", f: Any = None) -> int:
    """Write ``source`` as ``format``; see the module docstring."""
    mod = _module(format)
    if unit not in UNITS:
        raise ExportError(f"unit must be event or incident, not {unit!r}")
    rows = _rows(mod, source, unit, f)
    n = 0
    try:
        if mod.KIND == "parquet":
            return _write_parquet(mod, rows, unit, out)
        with open_out(out) as fh:
            fh = text_stream(fh)
            if mod.KIND == "csv":
                w = csv.DictWriter(fh, fieldnames=list(mod.COLUMNS), lineterminator="\n")
                w.writeheader()
                for r in rows:
                    w.writerow(r)
                    n += 1
            elif mod.KIND == "jsonl":
                for r in rows:
                    fh.write(dumps_line(r) + "\n")
                    n += 1
            elif mod.KIND == "geojson":
                fh.write('{"type": "FeatureCollection", "features": [\n')
                for r in rows:
                    fh.write((",\n" if n else "") + dumps_line(r))
                    n += 1
                fh.write("\n]}\n")
            fh.flush()
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return n


def _write_parquet(mod, rows, unit: str, out: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = mod.schema(unit)
    n = 0
    with open_out(out, binary=True) as fh:
        writer = pq.ParquetWriter(fh, schema)
        try:
            batch: list[dict] = []
            for r in rows:
                batch.append(r)
                if len(batch) >= 10000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
        finally:
            writer.close()
    return n


__all__ = ["ExportError", "FORMATS", "write"]
