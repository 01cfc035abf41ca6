"""Store benchmarks (results, with machine and command, in docs/benchmarks.md ## Store).

    # ingest rate + p95 of a filtered `events` query and of `stats --by month`
    python bench/store.py scale --events 1000000                       # SQLite (temp file)
    python bench/store.py scale --events 1000000 --db postgresql+psycopg://u@127.0.0.1/db
    # clustering quality on the gold of duplicate reports
    python bench/store.py dedup

`scale` builds synthetic documents (5 events each; a third of them re-report an
incident already stored, with noise) without NLP, ingests them through
``Store.ingest`` (dedup included, one transaction per --batch-size documents), then
times --queries random filtered event queries (a 90-day window + department + type,
first page of 100 with the total count) and --stats-runs `stats --by month` calls
over the whole store. Timings are wall clock in this process.
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


def make_event(doc: Document, rng: random.Random, pl: list[dict], k: int, base=None) -> Event:
    """A synthetic report; with ``base`` (an earlier report's fields) a noisy re-report."""
    if base is None:
        typ = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        p = rng.choice(pl)
        a1, a2 = rng.sample(ACTORS, 2)
        killed = rng.choice([None, None, 0, 1, 2, 3, 5, 8, 13])
        base = dict(typ=typ, day=day, p=p, a1=a1, a2=a2, killed=killed)
    else:
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
    s0 = k * 40
    return Event(
        doc_id=doc.id, type=base["typ"], evidence=Span(s0, s0 + 40, doc.text[s0:s0 + 40]),
        event_type="Battles", date=date,
        place=Place(p["name"], p["admin1"], p["admin2"], p["admin3"], "Peru", 604,
                    round(p["lat"], 4), round(p["lon"], 4), 1, 2),
        actor1=Actor(base["a1"][0], base["a1"][0], base["a1"][1]),
        actor2=Actor(base["a2"][0], base["a2"][0], base["a2"][1]),
        killed=Count(base["killed"]) if base["killed"] is not None else None,
        confidence=0.7), base


def corpus(n_events: int, per_doc: int, seed: int):
    rng = random.Random(seed)
    pl = places(rng)
    recent: list[dict] = []
    n_docs = n_events // per_doc
    for i in range(n_docs):
        text = f"Documento sintético {i:08d}. " + "x" * (per_doc * 40)
        doc = Document(id=f"bench-{i:08d}", text=text, url=f"https://medio{i % 13}.example/{i}")
        evs = []
        for k in range(per_doc):
            base = rng.choice(recent) if (recent and rng.random() < 0.33) else None
            ev, b = make_event(doc, rng, pl, k, base)
            evs.append(ev)
            if base is None:
                recent.append(b)
                if len(recent) > 500:
                    recent.pop(0)
        yield DocResult(doc, evs)


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[max(0, int(round(0.95 * len(xs))) - 1)]


def run_scale(args) -> None:
    from cronica.store import EventFilter, open_store

    url = args.db
    tmp = None
    if not url:
        tmp = tempfile.mkdtemp(prefix="cronica-bench-")
        url = f"sqlite:///{tmp}/bench.db"
    store = open_store(url)
    print(f"machine: {platform.node()} {platform.machine()} cpus={os.cpu_count()} "
          f"python {platform.python_version()}; backend {store.backend}", file=sys.stderr)
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

    if args.events:
        summary = store.ingest(batches(), batch_size=args.batch_size)
        t_ingest = time.perf_counter() - t0
        rate = summary.events_added / t_ingest
        print(f"ingest: {summary.events_added:,} events in {t_ingest:.1f} s = {rate:,.0f} events/s "
              f"({summary.events_joined:,} joined existing incidents)")
    counts = store.counts()
    print(f"store: {counts['events']:,} events, {counts['documents']:,} documents, "
          f"{counts['incidents']:,} incidents")
    rng = random.Random(args.seed + 1)
    lat = []
    totals = []
    for _ in range(args.queries):
        s = START + dt.timedelta(days=rng.randrange(DAYS - 90))
        f = EventFilter(since=s, until=s + dt.timedelta(days=90),
                        admin1=f"Departamento {rng.randrange(25):02d}",
                        type=rng.choice([t for t, _ in TYPES]))
        q0 = time.perf_counter()
        rows, total = store.query_events(f, limit=100)
        lat.append(time.perf_counter() - q0)
        totals.append(total)
    print(f"events query (90-day window + admin1 + type, page of 100 + total): "
          f"p50 {statistics.median(lat) * 1000:.1f} ms, p95 {p95(lat) * 1000:.1f} ms over "
          f"{len(lat)} queries (mean total {statistics.mean(totals):.0f})")
    lat = []
    wide = []
    for _ in range(args.queries):
        s = START + dt.timedelta(days=rng.randrange(DAYS - 365))
        f = EventFilter(since=s, until=s + dt.timedelta(days=365))
        q0 = time.perf_counter()
        rows, total = store.query_events(f, limit=100)
        lat.append(time.perf_counter() - q0)
        wide.append(total)
    print(f"events query (365-day window only, page of 100 + total): "
          f"p50 {statistics.median(lat) * 1000:.1f} ms, p95 {p95(lat) * 1000:.1f} ms "
          f"(mean total {statistics.mean(wide):.0f})")
    lat = []
    for _ in range(args.stats_runs):
        q0 = time.perf_counter()
        rows = store.stats("month")
        lat.append(time.perf_counter() - q0)
    print(f"stats --by month (all {counts['events']:,} events, {len(rows)} months): "
          f"p50 {statistics.median(lat) * 1000:.1f} ms, p95 {p95(lat) * 1000:.1f} ms over {len(lat)} runs")
    lat = []
    for _ in range(args.stats_runs):
        f = EventFilter(admin1=f"Departamento {rng.randrange(25):02d}")
        q0 = time.perf_counter()
        store.stats("month", f)
        lat.append(time.perf_counter() - q0)
    print(f"stats --by month --admin1 X: p50 {statistics.median(lat) * 1000:.1f} ms, "
          f"p95 {p95(lat) * 1000:.1f} ms")
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
    d = sub.add_parser("dedup")
    d.add_argument("--incidents", type=int, default=2000)
    d.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    run_scale(args) if args.cmd == "scale" else run_dedup(args)


if __name__ == "__main__":
    main()
