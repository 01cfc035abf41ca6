"""Web API latency (results, with machine and command, in docs/benchmarks.md ## Web API).

    python bench/web.py --events 100000            # builds a temporary SQLite store
    python bench/web.py --db sqlite:///big.db       # reuse a store built before (--keep)

Builds --events synthetic events with bench/store.py's generator (through
``Store.ingest``, dedup included), serves the app with uvicorn on 127.0.0.1 in this
process, and times --requests HTTP requests per kind with httpx over loopback
(wall clock: HTTP, JSON encoding, validation and the database query):
``GET /api/events`` with filters (the target: p95 < 100 ms), and the page's other
calls (/api/points, /api/timeline, /api/stats).
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import platform
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _bench_store():
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: Filters the store answers from its indexes (date window, admin1, type, status); the
#: others (substring of the evidence or of actor names, a bounding box alone) scan rows.
INDEXED = ("events: 90-day window + admin1 + type", "events: 365-day window",
           "events: status + admin1, page 5")


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[max(0, int(round(0.95 * len(xs))) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="use this store as is (no build) if it has events")
    ap.add_argument("--keep", metavar="PATH", default=None, help="build the store at this SQLite path and keep it")
    ap.add_argument("--requests", type=int, default=200, help="requests per kind")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    import httpx
    import uvicorn

    from cronica.store import open_store
    from cronica.web import WebSettings, create_app

    bs = _bench_store()
    url = args.db or (f"sqlite:///{Path(args.keep).absolute()}" if args.keep else
                      f"sqlite:///{tempfile.mkdtemp(prefix='cronica-webbench-')}/web.db")
    store = open_store(url)
    print(f"machine: {platform.node()} {platform.machine()} cpus={os.cpu_count()} "
          f"python {platform.python_version()}; backend {store.backend}", file=sys.stderr)
    if store.counts()["events"] == 0:
        t0 = time.perf_counter()
        store.ingest(bs.corpus(args.events, 5, args.seed), batch_size=200)
        print(f"built {store.counts()['events']:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    n = store.counts()["events"]

    app = create_app(WebSettings(), store=store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)

    rng = random.Random(args.seed + 1)
    types = [t for t, _ in bs.TYPES]
    vocab = bs.vocabulary()  # words of the synthetic evidence (each in ~0.1% of events)

    def window(days: int) -> dict:
        s = bs.START + dt.timedelta(days=rng.randrange(bs.DAYS - days))
        return {"since": s.isoformat(), "until": (s + dt.timedelta(days=days)).isoformat()}

    def bbox() -> dict:
        lon, lat = rng.uniform(-80, -70), rng.uniform(-17, -4)
        return {"bbox": f"{lon:.2f},{lat:.2f},{lon + 1.5:.2f},{lat + 1.5:.2f}"}

    kinds = {
        "events: 90-day window + admin1 + type": lambda: ("/api/events", {
            **window(90), "admin1": f"Departamento {rng.randrange(25):02d}", "type": rng.choice(types)}),
        "events: 365-day window": lambda: ("/api/events", window(365)),
        "events: bbox 1.5° + 5-year window": lambda: ("/api/events", {**bbox(), **window(1825)}),
        "events: actor substring + type": lambda: ("/api/events", {
            "actor": rng.choice(["sendero", "policía", "comuneros", "ejército"]), "type": rng.choice(types)}),
        "events: status + admin1, page 5": lambda: ("/api/events", {
            "status": "unreviewed", "admin1": f"Departamento {rng.randrange(25):02d}", "offset": 400}),
        "events: text search in evidence (1 word)": lambda: ("/api/events", {"q": rng.choice(vocab)}),
        "events: text search, common word": lambda: ("/api/events", {
            "q": bs.VERBS[rng.choice(types)].split()[0]}),
        "points (map, 5000) + 1-year window": lambda: ("/api/points", window(365)),
        "timeline (13 types) + 1-year window": lambda: ("/api/timeline", window(365)),
        "stats by month (all events)": lambda: ("/api/stats", {"by": "month"}),
    }
    results = {}
    filtered_all: list[float] = []
    indexed: list[float] = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        client.get("/api/events")  # warm up
        for name, make in kinds.items():
            print(f"  timing {name} ...", file=sys.stderr)
            lat = []
            reps = args.requests if name.startswith("events") else max(20, args.requests // 5)
            for _ in range(reps):
                path, params = make()
                t0 = time.perf_counter()
                r = client.get(path, params=params)
                lat.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
            results[name] = lat
            if name.startswith("events"):
                filtered_all.extend(lat)
                if name in INDEXED:
                    indexed.extend(lat)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()
    print(f"GET over HTTP on 127.0.0.1, {n:,} stored events, {args.requests} requests per "
          f"events kind:")
    for name, lat in results.items():
        print(f"  {name:<40} p50 {statistics.median(lat) * 1000:6.1f} ms   p95 {p95(lat) * 1000:6.1f} ms")
    print(f"  {'GET /api/events, indexed filters':<40} p50 {statistics.median(indexed) * 1000:6.1f} ms   "
          f"p95 {p95(indexed) * 1000:6.1f} ms  (target < 100 ms)")
    print(f"  {'GET /api/events, all filtered kinds':<40} p50 {statistics.median(filtered_all) * 1000:6.1f} ms   "
          f"p95 {p95(filtered_all) * 1000:6.1f} ms  (target < 100 ms)")


if __name__ == "__main__":
    main()
