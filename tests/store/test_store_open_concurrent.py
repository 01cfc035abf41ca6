"""Opening a SQLite store while another process writes to the still-new file: the
switch to WAL mode must wait for the writer instead of failing at once with
"database is locked" (SQLite does not apply busy_timeout to that switch). Two
`cronica ingest` started together on a fresh --db hit this in CI."""
from __future__ import annotations

import sqlite3
import threading
import time

from sqlalchemy import text

from cronica.store.repository import make_engine


def test_opening_waits_for_a_writer_instead_of_failing(tmp_path):
    path = tmp_path / "new.db"
    writer = sqlite3.connect(path, check_same_thread=False)  # rollback-journal mode, as any new file
    writer.isolation_level = None
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE other_process(x)")
    opening = threading.Event()

    def commit_while_opening() -> None:
        # half a second after the opener starts (not after this thread starts: on a loaded
        # machine the opener could start late, after the commit, and wait for nothing)
        opening.wait(60)
        time.sleep(0.5)
        writer.execute("COMMIT")

    committed = threading.Thread(target=commit_while_opening)
    committed.start()
    started = time.monotonic()
    opening.set()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("SELECT count(*) FROM other_process")).scalar() == 0
    finally:
        engine.dispose()
        committed.join()
        writer.close()
    assert time.monotonic() - started >= 0.4  # it waited for the writer's commit


def test_a_store_already_in_wal_is_opened_without_switching(tmp_path):
    path = tmp_path / "wal.db"
    first = make_engine(f"sqlite:///{path}")
    with first.connect() as conn:
        conn.execute(text("SELECT 1"))
    reader = sqlite3.connect(path)  # another process reading keeps its shared lock
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    second = make_engine(f"sqlite:///{path}")
    try:
        with second.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        reader.close()
        first.dispose()
        second.dispose()
