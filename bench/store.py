"""Store benchmarks (results, with machine and command, in docs/benchmarks.md ## Store).

    # ingest rate + p95 of a filtered `events` query and of `stats --by month`
    python bench/store.py scale --events 1000000                       # SQLite (temp file)
    python bench/store.py scale --events 1000000 --db postgresql+psycopg://u@127.0.0.1/db
    # query timings at 1M without the hours of dedup: bulk fill (NO per-report dedup,
    # every report its own incident; see bulk_fill), then time the queries
    python bench/store.py scale --fill --events 1000000 --db sqlite:///big.db --plain-stats
    python bench/store.py scale --events 0 --db sqlite:///big.db [--only "text search"]
    # ingest rate WITH dedup on top of 1M stored events (item 8 of issue 13)
    python bench/store.py scale --fill --events 1000000 --ingest 20000 --db sqlite:///big.db --only none
    # clustering quality on the gold of duplicate reports
    python bench/store.py dedup

`scale` builds synthetic documents (5 events each; a third of them re-report an
incident already stored, with noise) without NLP, ingests them through
``Store.ingest`` (dedup included, one transaction per --batch-size documents), then
times --queries random event queries (first page of 100 with the total count): a
90-day window + department + type, a 365-day window, text searches (rare words of the
synthetic evidence, two words, a common phrase), actor + type + window, bounding
boxes; and --stats-runs `stats --by month` calls (whole store: the monthly summary;
one department: GROUP BY). Timings are wall clock in this process.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cronica.model import Actor, Count, DateValue, DocResult, Document, Event, Place, Span  # noqa: E402

TYPES = [("attack", 20), ("armed_clash", 15), ("killing", 15), ("ambush", 5), ("bombing", 5),
         ("arrest", 15), ("seizure", 8), ("security_operation", 7), ("protest", 8),
         ("kidnapping", 2)]
ACTORS = [("Sendero Luminoso", 2), ("Militarizado Partido Comunista del Perú", 2),
          ("Ejército del Perú", 1), ("Policía Nacional del Perú", 1), ("Civiles (Perú)", 7),
          ("Grupo armado no identificado", 3), ("Transportistas", 6), ("Comuneros", 7)]
#: Synthetic evidence: a verb phrase for the type, the place and three pseudo-words from
#: a vocabulary of VOCAB_SIZE made of Spanish-looking syllables (so a text search for one
#: word matches ~3/VOCAB_SIZE of the events, like a rare name; a verb ~ its type's share).
VERBS = {"attack": "ataque armado", "armed_clash": "enfrentamiento", "killing": "asesinato",
         "ambush": "emboscada", "bombing": "atentado explosivo", "arrest": "detención",
         "seizure": "decomiso", "security_operation": "operativo", "protest": "protesta",
         "kidnapping": "secuestro"}
SYLLABLES = ["ca", "ma", "pa", "ta", "qui", "hua", "llo", "ña", "pó", "sa", "ri", "chu", "yá",
             "to", "me", "lu", "cu", "ro", "ni", "pe", "ri", "gua", "tí", "co"]
VOCAB_SIZE = 3000
START = dt.date(1990, 1, 1)
DAYS = (dt.date(2024, 12, 31) - START).days


def places(rng: random.Random) -> list[dict]:
    out = []
    for d in range(25):
        lat0, lon0 = -4 - d * 0.6, -81 + (d % 7) * 1.2
        for k in range(8):
            out.append(dict(name=f"Lugar {d}-{k}", admin1=f"Departamento {d:02d}",
                            admin2=f"Provincia {d}-{k // 3}", admin3=f"Distrito {d}-{k}",
                            lat=lat0 + rng.uniform(-0.5, 0.5), lon=lon0 + rng.uniform(-0.5, 0.5)))
    return out


def vocabulary(seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < VOCAB_SIZE:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize())
    return sorted(out)


def new_base(rng: random.Random, pl: list[dict]) -> dict:
    """The fields of a new synthetic incident."""
    typ = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    p = rng.choice(pl)
    a1, a2 = rng.sample(ACTORS, 2)
    killed = rng.choice([None, None, 0, 1, 2, 3, 5, 8, 13])
    return dict(typ=typ, day=day, p=p, a1=a1, a2=a2, killed=killed)


def make_event(doc: Document, rng: random.Random, pl: list[dict], k: int, base=None,
               span: tuple[int, int] | None = None, noisy: bool = True) -> Event:
    """A synthetic report; with ``base`` (an earlier report's fields) a noisy re-report
    (``noisy=False``: exactly base); ``span``: the evidence offsets in doc.text
    (default: 40 characters at k * 40)."""
    if base is None:
        base = new_base(rng, pl)
    elif noisy:
        base = dict(base)
        if base["killed"] is not None and rng.random() < 0.3:
            base["killed"] += 1
    prec = rng.choices(["day", "month"], [9, 1])[0]
    day = base["day"]
    if prec == "day":
        date = DateValue(day.isoformat(), "day", day, day)
    else:
        s = day.replace(day=1)
        e = (s + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        date = DateValue(s.isoformat()[:7], "month", s, e)
    p = base["p"]
    s0, s1 = span or (k * 40, k * 40 + 40)
    return Event(
        doc_id=doc.id, type=base["typ"], evidence=Span(s0, s1, doc.text[s0:s1]),
        event_type="Battles", date=date,
        place=Place(p["name"], p["admin1"], p["admin2"], p["admin3"], "Peru", 604,
                    round(p["lat"], 4), round(p["lon"], 4), 1, 2),
        actor1=Actor(base["a1"][0], base["a1"][0], base["a1"][1]),
        actor2=Actor(base["a2"][0], base["a2"][0], base["a2"][1]),
        killed=Count(base["killed"]) if base["killed"] is not None else None,
        confidence=0.7), base


def corpus(n_events: int, per_doc: int, seed: int, rereport: float = 0.33, prefix: str = "bench"):
    """Synthetic DocResults: per_doc events a document, each with its own sentence of
    evidence; a share ``rereport`` of the reports re-report a recent stored incident."""
    rng = random.Random(seed)
    pl = places(rng)
    vocab = vocabulary()
    recent: list[dict] = []
    n_docs = n_events // per_doc
    for i in range(n_docs):
        fresh = [not (recent and rng.random() < rereport) for _ in range(per_doc)]
        bases = [new_base(rng, pl) if f else rng.choice(recent) for f in fresh]
        head = f"Documento sintético {i:08d}."
        sentences, spans, pos = [], [], len(head) + 1
        for k in range(per_doc):
            b = bases[k]
            sent = f"{VERBS[b['typ']].capitalize()} en {b['p']['name']}: " + " ".join(
                rng.sample(vocab, 3)) + "."
            sentences.append(sent)
            spans.append((pos, pos + len(sent)))
            pos += len(sent) + 1
        text = head + " " + " ".join(sentences)
        doc = Document(id=f"{prefix}-{i:08d}", text=text, url=f"https://medio{i % 13}.example/{i}")
        evs = []
        for k in range(per_doc):
            ev, b = make_event(doc, rng, pl, k, bases[k], span=spans[k], noisy=not fresh[k])
            evs.append(ev)
            if fresh[k]:
                recent.append(b)
                if len(recent) > 500:
                    recent.pop(0)
        yield DocResult(doc, evs)


def bulk_fill(store, n_events: int, per_doc: int, seed: int, docs_per_tx: int = 1000) -> int:
    """Write ``n_events`` synthetic events quickly through the store's own schema and
    row-building code — NOT through ``Store.ingest``: no per-report deduplication.

    Every report is generated unique (``corpus(rereport=0)``), so each one founds its
    own incident, exactly what the dedup assigns to a report nothing matches: the
    incident row is ``dedup.aggregate([row])``, the link says "first report". Rows are
    built by the repository's ``event_row`` / ``content_hash`` (search keys included),
    written with multi-row INSERTs (SQLite) or COPY with keys drawn from the tables'
    sequences (PostgreSQL), one transaction per ``docs_per_tx`` documents, and the monthly summary is updated by the repository's
    ``apply_month_deltas``. Why: ingest with dedup compares each report with the stored
    reports of its window (~200-500 events/s here), which made 1M events take hours;
    query timings need the data, not the dedup (its rate is measured separately)."""
    import json

    from sqlalchemy import insert

    from cronica.store import dedup
    from cronica.store.repository import (
        DOCS, EVENTS, INCIDENTS, LINKS, _incident_delta, _write_tx, apply_month_deltas,
        content_hash, event_row, fts_add,
    )

    why = json.dumps(["first report of this incident: no stored report from another "
                      "document matched"], ensure_ascii=False)
    ins_doc = insert(DOCS).returning(DOCS.c.pk, sort_by_parameter_order=True)
    ins_inc = insert(INCIDENTS).returning(INCIDENTS.c.pk, sort_by_parameter_order=True)
    ins_ev = insert(EVENTS).returning(EVENTS.c.pk, sort_by_parameter_order=True)
    done = 0
    t0 = last = time.perf_counter()
    chunk: list[DocResult] = []

    def pks(conn, table, n: int) -> list[int]:
        """n primary keys: PostgreSQL from the table's sequence (rows then go by COPY)."""
        return [k for (k,) in conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'pk')) "
            f"FROM generate_series(1, {n})")]

    def write(conn, table, ins, rows: list[dict], ids: list[int] | None = None) -> list[int]:
        if conn.dialect.name != "postgresql":
            if ins is None:
                conn.execute(insert(table), rows)
                return []
            return conn.execute(ins, rows).scalars().all()
        cols = list(table.c.keys())
        if ids is not None:
            for row, k in zip(rows, ids):
                row["pk"] = k
        raw = conn.connection.dbapi_connection
        with raw.cursor() as cur, cur.copy(
                f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row([row.get(c) for c in cols])
        return ids or []

    def flush() -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with _write_tx(store.engine) as conn:
            pg = conn.dialect.name == "postgresql"
            docs = [dict(doc_id=r.doc.id, version=1, content_hash=content_hash(r.doc),
                         is_current=True, text=r.doc.text, title=r.doc.title, url=r.doc.url,
                         published=r.doc.published, source=r.doc.source,
                         n_events=len(r.events), ingested_at=now) for r in chunk]
            doc_pks = write(conn, DOCS, ins_doc, docs, pks(conn, "documents", len(docs)) if pg else None)
            rows = []
            for r, dpk in zip(chunk, doc_pks):
                for ev in r.events:
                    row = event_row(ev.to_dict())
                    row.update(document_pk=dpk, is_current=True, status="unreviewed", revision=0,
                               needs_review=False)
                    rows.append(row)
            incs = [{**dedup.aggregate([row]), "created_at": now, "updated_at": now} for row in rows]
            inc_pks = write(conn, INCIDENTS, ins_inc, incs,
                            pks(conn, "incidents", len(incs)) if pg else None)
            for row, ipk in zip(rows, inc_pks):
                row["incident_pk"] = ipk
                row["block_id"] = ipk  # each its own block, as _recluster gives a lone report
            ev_pks = write(conn, EVENTS, ins_ev, rows, pks(conn, "events", len(rows)) if pg else None)
            for row, k in zip(rows, ev_pks):
                row["pk"] = k
            fts_add(conn, rows)  # SQLite text-search index (0010: no per-row trigger)
            write(conn, LINKS, None, [dict(event_pk=e, incident_pk=i, via_event_pk=None, score=None,
                                           reasons=why, joined_at=now)
                                      for e, i in zip(ev_pks, inc_pks)])
            apply_month_deltas(conn, [_incident_delta(None, inc) for inc in incs])

    for r in corpus(n_events, per_doc, seed, rereport=0.0):
        chunk.append(r)
        if len(chunk) >= docs_per_tx:
            flush()
            done += sum(len(x.events) for x in chunk)
            chunk = []
            if done % 100_000 < docs_per_tx * per_doc:
                now = time.perf_counter()
                print(f"  fill: {done:,} events, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
                last = now
    if chunk:
        flush()
        done += sum(len(x.events) for x in chunk)
    return done


def analyze(store) -> None:
    """Fresh planner statistics after a bulk fill (SQLite ANALYZE, PostgreSQL VACUUM ANALYZE)."""
    if store.backend == "sqlite":
        with store.engine.connect() as conn:
            with conn.begin():
                conn.exec_driver_sql("PRAGMA analysis_limit=0")
                conn.exec_driver_sql("ANALYZE")
        raw = store.engine.raw_connection()
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    else:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def server_cpu(store) -> float:
    """CPU seconds (user + system) used so far by the PostgreSQL backends connected to
    this database, read from /proc (server on this machine); 0 for SQLite (in-process)."""
    if store.backend != "postgresql":
        return 0.0
    from sqlalchemy import text

    with store.engine.connect() as conn:
        pids = [p for (p,) in conn.execute(text(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"))]
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def cpu_note(store, n: int, c0: float, s0: float) -> str:
    """Events per CPU second: this process, plus the PostgreSQL backends. On a machine
    shared with other jobs the wall-clock rate mostly measures the others; the CPU
    rate is what the ingest itself costs (client and server run one after the other,
    so on an idle machine the wall rate is close to it)."""
    cpu, srv = time.process_time() - c0, server_cpu(store) - s0
    tot = cpu + srv
    return (f"cpu: client {cpu:.1f} s + server {srv:.1f} s = {tot:.1f} s "
            f"= {n / tot if tot else 0:,.0f} events per cpu-second")


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[max(0, int(round(0.95 * len(xs))) - 1)]


ONLY: list[str] = []  # --only: time just the measures whose name contains one of these


def timed(name: str, make, runs: int, what: str = "matches") -> None:
    """Run ``make()`` -> (function, args) ``runs`` times; print p50/p95 and the mean
    result size (the query's total, or the number of stats rows)."""
    if ONLY and not any(o in name for o in ONLY):
        return
    lat, sizes = [], []
    for _ in range(runs):
        fn, a = make()
        q0 = time.perf_counter()
        out = fn(*a)
        lat.append(time.perf_counter() - q0)
        sizes.append(out[1] if isinstance(out, tuple) else len(out))
    print(f"{name}: p50 {statistics.median(lat) * 1000:.1f} ms, p95 {p95(lat) * 1000:.1f} ms "
          f"over {runs} runs (mean {what} {statistics.mean(sizes):,.0f})", flush=True)


def run_scale(args) -> None:
    from cronica.store import EventFilter, open_store

    url = args.db
    tmp = None
    if not url:
        tmp = tempfile.mkdtemp(prefix="cronica-bench-")
        url = f"sqlite:///{tmp}/bench.db"
    store = open_store(url)
    print(f"machine: {platform.node()} {platform.machine()} cpus={os.cpu_count()} "
          f"python {platform.python_version()}; backend {store.backend}; "
          f"load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    t0 = time.perf_counter()
    done = 0
    last = t0

    def batches():
        nonlocal done, last
        for r in corpus(args.events, args.per_doc, args.seed):
            yield r
            done += len(r.events)
            if done % 50000 == 0:
                now = time.perf_counter()
                print(f"  {done:,} events, {50000 / (now - last):,.0f} ev/s", file=sys.stderr)
                last = now

    if args.events and args.fill:
        n = bulk_fill(store, args.events, args.per_doc, args.seed)
        t_fill = time.perf_counter() - t0
        t1 = time.perf_counter()
        analyze(store)
        print(f"bulk fill (no dedup): {n:,} events in {t_fill:.0f} s = {n / t_fill:,.0f} events/s; "
              f"analyze {time.perf_counter() - t1:.0f} s; load {os.getloadavg()[0]:.1f}", flush=True)
    elif args.events:
        c0, s0 = time.process_time(), server_cpu(store)
        summary = store.ingest(batches(), batch_size=args.batch_size)
        t_ingest = time.perf_counter() - t0
        rate = summary.events_added / t_ingest
        print(f"ingest: {summary.events_added:,} events in {t_ingest:.1f} s = {rate:,.0f} events/s "
              f"({summary.events_joined:,} joined existing incidents); load {os.getloadavg()[0]:.1f}; "
              f"{cpu_note(store, summary.events_added, c0, s0)}", flush=True)
    if args.analyze:
        analyze(store)
    if args.ingest:
        # ingest WITH dedup on top of what is stored (after --fill or on an existing --db):
        # new synthetic reports, a third of them re-reporting an incident of this run
        before = store.counts()["events"]
        # the synthetic documents are made before the clock starts: what is timed is the
        # store's ingest (until 2026-12-03 the generator's CPU was counted in the rate)
        docs = list(corpus(args.ingest, args.per_doc, args.seed + 1000 + args.ingest_round,
                           prefix=f"more{args.ingest_round or ''}"))
        c0, s0 = time.process_time(), server_cpu(store)
        t1 = time.perf_counter()
        summary = store.ingest(docs, batch_size=args.batch_size)
        dt_i = time.perf_counter() - t1
        print(f"ingest with dedup on top of {before:,} stored events: {summary.events_added:,} events "
              f"in {dt_i:.1f} s = {summary.events_added / dt_i:,.0f} events/s "
              f"({summary.incidents_new:,} new incidents, {summary.events_joined:,} joined); "
              f"load {os.getloadavg()[0]:.1f}; {cpu_note(store, summary.events_added, c0, s0)}", flush=True)
    counts = store.counts()
    print(f"store: {counts['events']:,} events, {counts['documents']:,} documents, "
          f"{counts['incidents']:,} incidents; load {os.getloadavg()[0]:.1f}", flush=True)
    rng = random.Random(args.seed + 1)
    vocab = vocabulary()
    types = [t for t, _ in TYPES]
    q = args.queries

    def window(days: int) -> dict:
        s = START + dt.timedelta(days=rng.randrange(DAYS - days))
        return dict(since=s, until=s + dt.timedelta(days=days))

    def dept() -> str:
        return f"Departamento {rng.randrange(25):02d}"

    def box(size: float) -> tuple:
        lon, lat = rng.uniform(-81, -73), rng.uniform(-18, -4)
        return (lon, lat, lon + size, lat + size)

    def ev(**kw):
        return store.query_events, (EventFilter(**kw), 100)

    timed("events query (90-day window + admin1 + type, page of 100 + total)",
          lambda: ev(**window(90), admin1=dept(), type=rng.choice(types)), q)
    timed("events query (365-day window only, page of 100 + total)",
          lambda: ev(**window(365)), q)
    timed("text search, one rare word (page of 100 + total)",
          lambda: ev(text=rng.choice(vocab)), q)
    timed("text search, two words (page of 100 + total)",
          lambda: ev(text=" ".join(rng.sample(vocab, 2))), q)
    timed("text search, rare word upper-case + 5-year window",
          lambda: ev(text=rng.choice(vocab).upper(), **window(1825)), q)
    timed("text search, common phrase (a type's verb, 2-20% of events)",
          lambda: ev(text=VERBS[rng.choice(types)]), max(10, q // 10))
    timed("actor substring + type + 1-year window",
          lambda: ev(actor=rng.choice(["sendero", "policia", "comuneros", "ejército"]),
                     type=rng.choice(types), **window(365)), q)
    timed("bbox 0.5° x 0.5° (page of 100 + total)", lambda: ev(bbox=box(0.5)), q)
    timed("bbox 1.5° x 1.5° + 5-year window", lambda: ev(bbox=box(1.5), **window(1825)), q)
    timed(f"stats --by month (all {counts['events']:,} events, monthly summary)",
          lambda: (store.stats, ("month",)), args.stats_runs, "rows")
    timed("stats --by month --admin1 X (GROUP BY over the filter's index)",
          lambda: (store.stats, ("month", EventFilter(admin1=dept()))), args.stats_runs, "rows")
    if args.plain_stats:
        timed("stats --by month, plain GROUP BY over all events (summary=False)",
              lambda: (lambda: store.stats("month", summary=False), ()),
              max(3, args.stats_runs // 4), "rows")
        assert store.stats("month") == store.stats("month", summary=False)
        print("monthly summary == plain GROUP BY: yes", flush=True)
    store.close()
    if tmp and not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


def run_dedup(args) -> None:
    from cronica.pipeline import get_pipeline
    from cronica.store import open_store
    from cronica.store.goldeval import load_jsonl, score_documents, score_events

    data = ROOT / "tests" / "store" / "data"
    with tempfile.TemporaryDirectory() as tmp:
        syn = load_jsonl(data / "dedup_synthetic.jsonl")
        with open_store(f"sqlite:///{tmp}/s.db") as st:
            st.ingest(get_pipeline().run([Document(id=d["id"], text=d["text"], published=d["published"],
                                                   url=d["url"]) for d in syn]))
            print("synthetic reports (document pairs):", score_documents(
                st, {d["id"]: d["incident"] for d in syn}).line())
        nd = ROOT.parent / "shared" / "eval" / "news-dev"
        if nd.is_dir():
            docs, gold = load_jsonl(nd / "docs.jsonl"), load_jsonl(nd / "gold.jsonl")
            with open_store(f"sqlite:///{tmp}/n.db") as st:
                st.ingest(get_pipeline().run([Document(
                    id=d["id"], text=d["text"], published=d.get("published"), url=d.get("url"),
                    title=d.get("title")) for d in docs]))
                print("news-dev (event pairs across documents):", score_events(
                    st, docs, gold, data / "dedup_newsdev_gold.yaml").line())
        # clustering alone, on noisy synthetic re-reports (no NLP)
        with open_store(f"sqlite:///{tmp}/c.db") as st:
            truth = {}
            rng = random.Random(args.seed)
            pl = places(rng)
            results = []
            bases = []
            for i in range(args.incidents):
                for j in range(rng.choice([1, 1, 2, 2, 3, 4])):
                    doc = Document(id=f"c{i}-{j}", text="x" * 80)
                    ev, b = make_event(doc, rng, pl, 0, bases[i] if j else None)
                    if not j:
                        # squeeze incidents into 2 years so near-duplicates abound
                        b["day"] = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(730))
                        bases.append(b)
                        ev, _ = make_event(doc, rng, pl, 0, b)
                    truth[doc.id] = f"I{i}"
                    results.append(DocResult(doc, [ev]))
            rng.shuffle(results)
            st.ingest(results)
            print(f"clustering only ({args.incidents} synthetic incidents, 1-4 noisy reports each):",
                  score_documents(st, truth).line())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scale")
    s.add_argument("--db", default=None, help="database URL (default: SQLite in a temp folder)")
    s.add_argument("--events", type=int, default=1_000_000,
                   help="events to ingest (0: only time queries on an existing --db)")
    s.add_argument("--per-doc", type=int, default=5)
    s.add_argument("--batch-size", type=int, default=200, help="documents per transaction")
    s.add_argument("--queries", type=int, default=200)
    s.add_argument("--stats-runs", type=int, default=20)
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--keep", action="store_true", help="keep the temporary SQLite file")
    s.add_argument("--only", action="append", default=[],
                   help="time only measures whose name contains this (repeatable)")
    s.add_argument("--fill", action="store_true",
                   help="bulk-fill --events unique synthetic reports (no dedup; see bulk_fill) "
                        "instead of ingesting through Store.ingest")
    s.add_argument("--ingest", type=int, default=0,
                   help="then ingest this many more events WITH dedup and report the rate "
                        "(e.g. after --fill of 1,000,000)")
    s.add_argument("--ingest-round", type=int, default=0,
                   help="another set of --ingest documents (a new seed and doc ids) on the same --db")
    s.add_argument("--analyze", action="store_true",
                   help="refresh the planner statistics first (SQLite ANALYZE / VACUUM ANALYZE)")
    s.add_argument("--plain-stats", action="store_true",
                   help="also time stats --by month computed from the events and check it "
                        "equals the summary")
    d = sub.add_parser("dedup")
    d.add_argument("--incidents", type=int, default=2000)
    d.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.cmd == "scale":
        ONLY.extend(args.only)
    run_scale(args) if args.cmd == "scale" else run_dedup(args)


if __name__ == "__main__":
    main()
