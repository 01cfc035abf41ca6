"""Copy a SQLite Cronica store into a new PostgreSQL store with COPY — used only to
time PostgreSQL queries at a size the loaded benchmark machine could not ingest in
time (see docs/benchmarks.md ## Store). Not an ingest path.

    python bench/store_copy_pg.py SQLITE_FILE "host=127.0.0.1 port=5432 user=u dbname=empty_db"
"""
from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(src_path: str, conninfo: str) -> None:
    import psycopg

    from cronica.store import open_store

    open_store("postgresql+psycopg:///?" + "&".join(conninfo.split())).close()  # schema
    src = sqlite3.connect(src_path)
    dst = psycopg.connect(conninfo)
    t = time.time()
    # the monthly summary tables (migration 0004) are rebuilt from the events below
    for table in ("documents", "incidents", "events", "incident_links", "event_revisions"):
        info = list(src.execute(f"PRAGMA table_info({table})"))
        cols = [r[1] for r in info]
        bools = [i for i, r in enumerate(info) if r[2] == "BOOLEAN"]
        with dst.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
            for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                if bools:
                    row = list(row)
                    for i in bools:
                        row[i] = bool(row[i])
                cp.write_row(row)
        dst.commit()
        print(f"{table}: {time.time() - t:.1f} s", file=sys.stderr)
    for table in ("documents", "incidents", "events", "event_revisions"):
        dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                    f"GREATEST(1, (SELECT max(pk) FROM {table})))")
    dst.commit()
    from cronica.store.repository import rebuild_month_stats

    with open_store("postgresql+psycopg:///?" + "&".join(conninfo.split())) as st:
        with st.engine.begin() as conn:
            rebuild_month_stats(conn)
    dst.autocommit = True
    dst.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
