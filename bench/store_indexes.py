"""Which index serves which store call: EXPLAIN of every statement the store sends.

Runs the store's read and write calls — the ones the CLI, the web API and the exports
use: `query_events` / `iter_events` / `incidents` / `totals` with each filter,
statistics, incident details, the web API's timeline counts, review, moving an event,
ingest of new documents and of new versions — on an existing (filled) store, EXPLAINs
each statement with its parameters on the same connection, and prints, per index of
the store's tables, the calls whose plans use it ("NOT USED" when none does).

    python bench/store_indexes.py --db sqlite:////tmp/copy-of-1m.db
    python bench/store_indexes.py --db postgresql+psycopg://postgres@127.0.0.1:55500/db

It WRITES to the store (a review, a move, ~600 synthetic events): use a copy. Fill one
with `bench/store.py scale --fill`. Results: docs/benchmarks.md, Store, fifth pass.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TABLES = ("events", "documents", "incidents", "incident_links", "event_revisions", "incident_pins")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    args = ap.parse_args()

    from sqlalchemy import event

    import store as bench
    from cronica.model import DocResult, Document
    from cronica.store import EventFilter as F
    from cronica.store import open_store

    st = open_store(args.db)
    pg = st.backend == "postgresql"
    uses: dict[str, set[str]] = collections.defaultdict(set)
    label = ["?"]

    @event.listens_for(st.engine, "after_cursor_execute")
    def explain(conn, cursor, stmt, params, ctx, many):
        head = stmt.lstrip().upper()
        if many or not head.startswith(("SELECT", "WITH", "UPDATE", "DELETE")) or "PG_STAT" in head:
            return
        cur = conn.connection.dbapi_connection.cursor()
        try:
            cur.execute(("EXPLAIN " if pg else "EXPLAIN QUERY PLAN ") + stmt, params)
            plan = "\n".join(str(r[0] if pg else r[-1]) for r in cur.fetchall())
        finally:
            cur.close()
        for name in re.findall(r"(?:INDEX|using|on) (\w+)", plan):
            uses[name].add(label[0])

    def call(name, fn, *a, **kw):
        label[0] = name
        out = fn(*a, **kw)
        return list(itertools.islice(out, 3000)) if hasattr(out, "__next__") else out

    ev = st.query_events(F(), limit=1)[0][0]
    eid, inc, doc, adm = ev["event_id"], ev["incident_id"], ev["doc_id"], ev["admin1"] or "x"
    lat, lon = ev["latitude"] or 0.0, ev["longitude"] or 0.0
    filters = {
        "none": F(), "90 days + admin1 + type": F(since="2001-01-01", until="2001-03-31", admin1=adm, type="attack"),
        "365 days": F(since="2003-01-01", until="2003-12-31"), "admin1": F(admin1=adm.lower()),
        "type": F(type="bombing"), "text": F(text="emboscada"),
        "text + 5 years": F(text="emboscada", since="2010-01-01", until="2014-12-31"),
        "actor + type + year": F(actor="sendero", type="attack", since="2005-01-01", until="2005-12-31"),
        "bbox": F(bbox=(lon - 0.25, lat - 0.25, lon + 0.25, lat + 0.25)), "doc": F(doc_id=doc),
        "status": F(status="rejected"), "needs review": F(needs_review=True), "incident": F(incident=inc),
        "country + month": F(country="Peru", since="2001-01-01", until="2001-02-01"),
        "source + window": F(source="example.org", since="2001-01-01", until="2001-03-01"),
        "flag + window": F(flag=["historical"], since="2001-01-01", until="2001-03-01"),
    }
    for fname, f in filters.items():
        call(f"events {fname}", st.query_events, f, limit=100)
        call(f"export {fname}", st.iter_events, f)
        call(f"incidents {fname}", st.incidents, f)
        call(f"totals {fname}", st.totals, f)
    for by in ("month", "type", "admin1", "actor"):
        call(f"stats {by}", st.stats, by)
        call(f"stats {by} + admin1", st.stats, by, F(admin1=adm))
    call("incident_tolls", st.incident_tolls, F(since="2001-01-01", until="2002-01-01"))
    call("iter_incidents", st.iter_incidents, F(since="2001-01-01", until="2001-06-01"))
    call("incident", st.incident, inc)
    call("incident_sizes", st.incident_sizes, [inc])
    call("get_event", st.get_event, eid)
    from cronica.web import api
    call("web week counts", api._week_type_counts, st, F(since="2001-01-01", until="2001-06-01"))
    call("web month counts", api._month_type_counts, st, F(since="2001-01-01", until="2003-06-01"))
    call("review edit", st.review, eid, "edit", {"killed": 3}, reason="index audit", author="bench")
    call("review accept", st.review, eid, "accept", reason="index audit", author="bench")
    docs = list(bench.corpus(500, 5, 4242, prefix="audit"))
    call("known", st.known, docs[0].doc)
    call("ingest", st.ingest, docs, batch_size=50)
    call("ingest new versions", st.ingest, [DocResult(Document(id=r.doc.id, text=r.doc.text + " (act.)"), r.events)
                                            for r in docs[:40]], batch_size=20)
    moved = st.query_events(F(doc_id=docs[0].doc.id), limit=1)[0]
    if moved:
        call("move_event", st.move_event, moved[0]["event_id"], inc, "index audit", "bench")
    with st.engine.connect() as c:
        names = ", ".join(f"'{t}'" for t in TABLES)
        if pg:
            q = (f"SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema() "
                 f"AND tablename IN ({names}) ORDER BY 1, 2")
        else:
            q = f"SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({names}) ORDER BY 1, 2"
        indexes = c.exec_driver_sql(q).all()
    print(f"backend {st.backend}; {st.counts()['events']:,} events")
    for table, name in indexes:
        used = sorted(uses.get(name, ()))
        print(f"{table}.{name}: {'; '.join(used) if used else 'NOT USED'}")


if __name__ == "__main__":
    main()
