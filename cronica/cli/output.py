"""Shared output helpers for commands: jsonl / csv / table writers and stderr messages."""
from __future__ import annotations

import csv
import json
import sys
from typing import Iterable, NoReturn

import click

from cronica.model import EVENT_KEYS, Event

TABLE_COLUMNS = ("doc_id", "type", "date", "location", "admin1", "actor1", "actor2", "killed", "wounded",
                 "kidnapped", "evidence")


def warn(message: str) -> None:
    click.echo(f"cronica: error: {message}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"cronica: error: {message}", err=True)
    sys.exit(code)


def _flat(row: dict) -> dict:
    out = dict(row)
    if isinstance(out.get("spans"), dict):
        out["spans"] = json.dumps(out["spans"], ensure_ascii=False)
    return out


def emit_rows(rows: Iterable[dict], fmt: str, keys: tuple[str, ...] = EVENT_KEYS,
              table_columns: tuple[str, ...] = TABLE_COLUMNS) -> int:
    """Write dict rows to stdout in ``fmt``; returns the number written."""
    n = 0
    if fmt == "jsonl":
        out = sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        out.flush()
        return n
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(keys), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(_flat(row))
            n += 1
        return n
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in table_columns:
        table.add_column(col, overflow="fold", max_width=60 if col == "evidence" else 24)
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c))[:200] for c in table_columns])
        n += 1
    Console().print(table)
    return n


def emit_events(events: Iterable[Event], fmt: str) -> int:
    return emit_rows((e.to_dict() for e in events), fmt)
