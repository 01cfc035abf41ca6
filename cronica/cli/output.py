"""Shared output helpers for commands: jsonl / csv / table writers and stderr messages."""
from __future__ import annotations

import csv
import json
import sys
from typing import Iterable, NoReturn, Optional, Sequence

import click

from cronica.model import EVENT_KEYS, Event

TABLE_COLUMNS = ("doc_id", "type", "date", "location", "admin1", "actor1", "actor2", "killed", "wounded",
                 "kidnapped", "evidence")


def warn(message: str) -> None:
    click.echo(f"cronica: error: {message}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"cronica: error: {message}", err=True)
    sys.exit(code)


def default_format() -> str:
    """table on a terminal, jsonl otherwise."""
    return "table" if sys.stdout.isatty() else "jsonl"


def _cell(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def emit_rows(rows: Iterable[dict], fmt: str, keys: Sequence[str] = EVENT_KEYS,
              table_columns: Optional[Sequence[str]] = None, title: str = "") -> int:
    """Write dict rows to stdout as jsonl, csv (``keys`` as columns; dicts and lists as
    JSON strings) or a Rich table (``table_columns``, default ``keys``); returns the count."""
    n = 0
    if fmt == "jsonl":
        from cronica.export import dumps_line  # one record a line, Unicode line separators escaped

        out = sys.stdout
        for row in rows:
            out.write(dumps_line(row) + "\n")
            n += 1
        out.flush()
        return n
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(keys), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
            n += 1
        return n
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title or None)
    columns = list(table_columns or keys)
    for col in columns:
        table.add_column(col, overflow="fold", max_width=60 if col == "evidence" else 24)
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c))[:200] for c in columns])
        n += 1
    Console().print(table)
    return n


def emit_events(events: Iterable[Event], fmt: str) -> int:
    return emit_rows((e.to_dict() for e in events), fmt, EVENT_KEYS, TABLE_COLUMNS)
