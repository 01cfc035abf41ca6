"""Standard exports of stored events or incidents.

    from cronica.export import write, FORMATS
    n = write(store_or_rows, "acled", unit="incident", out="acled.csv", f=EventFilter(...))

``store_or_rows`` is a :class:`cronica.store.Store` (rows streamed in batches) or an
iterable of the dicts ``Store.query_events`` / ``Store.iter_incidents`` return.
``out`` is a path, ``'-'`` (stdout) or an open stream (binary for parquet).
Returns the number of rows written. Formats: acled, ucdp, gtd (CSV with each
dataset's columns), plover and jsonl (one JSON object a line), geojson, parquet.
Rejected events are never exported (incidents aggregate only non-rejected reports).

Each dataset format holds only the rows its dataset would (``include`` in its module:
UCDP organised violence with a death and known sides, ACLED dated and located events,
GTD's inclusion criteria); rows flagged ``denied`` are left out of every format by
default. ``report`` (an :class:`ExportReport`) receives what was left out and why;
``include_all=True`` writes every row (``cronica export --include-all``).
Text cells of the CSV formats are escaped against spreadsheet formula injection.
See docs/exports.md for every column.
"""
from __future__ import annotations

import csv
import importlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from cronica.errors import CronicaError
from cronica.export.common import UNITS, csv_safe, flags, open_out, records, text_stream

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


#: Flags whose rows no export includes unless asked (an officially denied report is no event).
DEFAULT_EXCLUDED_FLAGS: tuple[str, ...] = ("denied",)


@dataclass
class ExportOptions:
    """What a caller may choose beyond format and unit."""

    include_all: bool = False  # ignore the format's inclusion rules and the flag filter
    exclude_flags: tuple[str, ...] = DEFAULT_EXCLUDED_FLAGS  # rows with any of these are left out
    acled_inter: str = "labels"  # ACLED inter1/inter2/interaction as "labels" (API default) or "codes"


@dataclass
class ExportReport:
    """What an export wrote and what it left out, by reason."""

    written: int = 0
    left_out: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        if not self.left_out:
            return "nothing left out"
        parts = ", ".join(f"{n} {why}" for why, n in self.left_out.most_common())
        return f"left out {sum(self.left_out.values())}: {parts}"


def _module(fmt: str):
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return importlib.import_module(f"cronica.export.{fmt}")


def _raw(source: Any, unit: str, f: Any) -> Iterable[dict]:
    if hasattr(source, "iter_events"):
        return source.iter_events(f) if unit == "event" else source.iter_incidents(f)
    return source


def _rows(mod, source: Any, unit: str, f: Any, opts: ExportOptions, report: ExportReport):
    """The converted rows of ``source``, with the inclusion rules and flag filter applied."""
    excluded = set() if opts.include_all else set(opts.exclude_flags)
    raw = getattr(mod, "RAW", False)
    ctx = mod.prepare(_views(source, unit, f), unit, opts) if hasattr(mod, "prepare") else opts
    it = _raw(source, unit, f) if raw else records(source, unit, f)
    for v in it:
        hit = excluded.intersection(flags(v) if raw else v.get("flags", ()))
        if hit:
            report.left_out[f"flagged {sorted(hit)[0]}"] += 1
            continue
        if not opts.include_all and hasattr(mod, "include"):
            why = mod.include(v, unit, ctx)
            if why:
                report.left_out[why] += 1
                continue
        out = mod.convert(v, unit, ctx)
        if out is not None:
            yield out


def _views(source: Any, unit: str, f: Any):
    """A second pass over the rows (formats whose rows depend on the whole set)."""
    if hasattr(source, "iter_events"):
        return lambda: records(source, unit, f)
    rows = list(source) if not isinstance(source, list) else source
    return lambda: records(rows, unit, f)


def write(source: Any, format: str, unit: str = "event", out: Any = "-", f: Any = None,
          options: Optional[ExportOptions] = None, report: Optional[ExportReport] = None) -> int:
    """Write ``source`` as ``format``; see the module docstring."""
    mod = _module(format)
    if unit not in UNITS:
        raise ExportError(f"unit must be event or incident, not {unit!r}")
    opts = options or ExportOptions()
    if opts.acled_inter not in ("labels", "codes"):
        raise ExportError(f"acled_inter must be 'labels' or 'codes', not {opts.acled_inter!r}")
    report = report if report is not None else ExportReport()
    if not hasattr(source, "iter_events") and not isinstance(source, list):
        source = list(source)  # read twice at most (inclusion context), so keep it
    rows = _rows(mod, source, unit, f, opts, report)
    n = 0
    try:
        if mod.KIND == "parquet":
            n = _write_parquet(mod, rows, unit, out)
            report.written = n
            return n
        with open_out(out) as fh:
            fh = text_stream(fh)
            if mod.KIND == "csv":
                w = csv.DictWriter(fh, fieldnames=list(mod.COLUMNS), lineterminator="\n")
                w.writeheader()
                for r in rows:
                    w.writerow({k: csv_safe(x) for k, x in r.items()})
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
    report.written = n
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


__all__ = ["DEFAULT_EXCLUDED_FLAGS", "ExportError", "ExportOptions", "ExportReport", "FORMATS", "write"]
