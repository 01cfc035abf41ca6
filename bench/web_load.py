"""Reads under extraction load (issue 15, item 12; results in docs/benchmarks.md,
``## Web API under extraction load``).

    python bench/web_load.py                       # 20,000 events, 50 extract clients, 30 s
    python bench/web_load.py --db sqlite:///big.db --seconds 60

Builds --events synthetic events (bench/store.py's generator) in a temporary SQLite
store unless --db has events, starts ``cronica serve`` as a separate process on
127.0.0.1 (a free port; loopback only) with its extraction worker pool, then:

1. baseline: --reads sequential ``GET /api/events`` (alternately the newest page and a
   filtered one), nothing else running;
2. load: --clients threads each posting ``/api/extract`` in a loop (a text of about
   2,000 characters of our own sentences, with the token, so no per-client limit
   applies; a refused one (503 busy) is retried after its Retry-After, as the page does,
   or after 50 ms with --hostile)
   while one reader times sequential ``GET /api/events`` as in 1.

Bounded: the load phase stops after --seconds (and after --reads timed reads); every
request has a 60 s timeout; the server is stopped at the end (and killed if it does
not exit). Prints the machine, the command, p50/p95/p99 of the reads in both phases
and what the extraction requests got.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import multiprocessing
import os
import platform
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Our own sentences (not from any news text), joined to make the extraction texts.
SENTENCES = [
    "El 12 de agosto de 2021 una columna armada atacó un puesto policial en las afueras de Huanta.",
    "Según la fiscalía, tres agentes murieron y otros dos quedaron heridos durante el ataque.",
    "Dos días después, el ejército detuvo a cuatro sospechosos en un caserío cercano al río.",
    "Los vecinos marcharon por la plaza principal para exigir más seguridad en la provincia.",
    "En otro hecho, desconocidos secuestraron a un comerciante cuando volvía de la feria semanal.",
    "La policía incautó dos fusiles y abundante munición en una vivienda del distrito.",
]


def _bench_store():
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[max(0, int(round(q * len(xs))) - 1)] if xs else float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def extract_clients(base: str, auth: dict, text: str, clients: int, seconds: float, hostile: bool,
                    results) -> None:
    """``clients`` threads posting /api/extract for ``seconds``; puts (outcomes, latencies)."""
    import httpx

    stop = threading.Event()
    outcomes: Counter = Counter()
    done_lat: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(base_url=base, timeout=60) as ec:
            while not stop.is_set():
                t0 = time.perf_counter()
                r = None
                try:
                    r = ec.post("/api/extract", json={"text": text}, headers=auth)
                    key = f"{r.status_code} {r.json().get('error', {}).get('code', 'ok')}"
                except httpx.HTTPError as exc:
                    key = f"client error {type(exc).__name__}"
                with lock:
                    outcomes[key] += 1
                    if key == "200 ok":
                        done_lat.append(time.perf_counter() - t0)
                if key.startswith("200"):
                    continue
                if hostile:
                    stop.wait(0.05)
                    continue
                try:  # as a client should: wait Retry-After
                    wait = float(r.headers.get("retry-after", 1)) if r is not None else 1.0
                except ValueError:
                    wait = 1.0
                stop.wait(min(wait, 5.0))

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    stop.wait(seconds)
    stop.set()
    for t in threads:
        t.join(timeout=70)
    results.put((dict(outcomes), done_lat))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--db", default=None, help="this store (built there when it has no events)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent extraction clients")
    ap.add_argument("--seconds", type=float, default=30.0, help="length of the load phase")
    ap.add_argument("--reads", type=int, default=3000, help="timed reads per phase (at most)")
    ap.add_argument("--hostile", action="store_true", help="clients ignore Retry-After and retry "
                    "a refused request after 50 ms")
    ap.add_argument("--workers", type=int, default=1, help="cronica serve --extract-workers")
    ap.add_argument("--chars", type=int, default=2000, help="characters per extraction text")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not (1 <= args.clients <= 200 and 1 <= args.seconds <= 600 and 1 <= args.reads <= 10_000):
        ap.error("bounded: 1-200 clients, 1-600 s, 1-10,000 reads")

    import httpx

    from cronica.store import open_store

    bs = _bench_store()
    url = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='cronica-webload-')}/web.db"
    store = open_store(url)
    if store.counts()["events"] == 0:
        t0 = time.perf_counter()
        store.ingest(bs.corpus(args.events, 5, args.seed), batch_size=200)
        print(f"built {store.counts()['events']:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    n = store.counts()["events"]
    store.close()

    port, token = free_port(), secrets.token_urlsafe(24)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "CRONICA_TOKEN": token}
    cmd = [sys.executable, "-c", "from cronica.cli.main import main; raise SystemExit(main())",
           "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port),
           "--extract-workers", str(args.workers)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(args.seed)
    types = [t for t, _ in bs.TYPES]
    text = ""
    while len(text) < args.chars:
        text += rng.choice(SENTENCES) + " "
    auth = {"Authorization": f"Bearer {token}"}

    def read_params() -> dict:
        if rng.random() < 0.5:
            return {}
        s = bs.START + dt.timedelta(days=rng.randrange(bs.DAYS - 90))
        return {"since": s.isoformat(), "until": (s + dt.timedelta(days=90)).isoformat(),
                "admin1": f"Departamento {rng.randrange(25):02d}", "type": rng.choice(types)}

    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            deadline = time.monotonic() + 120
            while True:  # the server is up and its extraction worker has loaded the pipeline
                try:
                    if c.post("/api/extract", json={"text": SENTENCES[0]}, headers=auth).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start: " + server.stderr.read().decode()[-2000:])
                time.sleep(0.5)

            def timed_reads(stop_at: float) -> list[float]:
                lat = []
                while len(lat) < args.reads and time.monotonic() < stop_at:
                    t0 = time.perf_counter()
                    r = c.get("/api/events", params=read_params())
                    lat.append(time.perf_counter() - t0)
                    assert r.status_code == 200, r.text
                return lat

            base_lat = timed_reads(time.monotonic() + args.seconds)

            # the extraction clients run in their own process, so their threads do not
            # compete with the timed reader for this process's GIL
            ctx = multiprocessing.get_context("spawn")
            results = ctx.Queue()
            loader = ctx.Process(target=extract_clients, args=(
                base, auth, text, args.clients, args.seconds, args.hostile, results))
            t_load = time.monotonic()
            loader.start()
            time.sleep(2.0)  # let the clients start and fill the queue
            load_lat = timed_reads(t_load + args.seconds)
            outcomes, done_lat = results.get(timeout=args.seconds + 120)
            loader.join(timeout=30)
            if loader.is_alive():
                loader.kill()
            load_s = time.monotonic() - t_load
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()

    ms = lambda x: f"{1000 * x:.1f} ms"  # noqa: E731
    print(f"machine: {platform.node()} {platform.machine()} cpus={os.cpu_count()} "
          f"python {platform.python_version()} load average {os.getloadavg()[0]:.1f}")
    print(f"command: {' '.join(['python', 'bench/web_load.py'] + sys.argv[1:])}")
    print(f"store: {n:,} events (SQLite); server: cronica serve --extract-workers {args.workers} on 127.0.0.1; "
          f"clients {'ignore Retry-After (retry after 50 ms)' if args.hostile else 'honour Retry-After'}")
    for name, lat in (("no load", base_lat), (f"{args.clients} concurrent extract clients", load_lat)):
        print(f"GET /api/events, {name}: {len(lat)} reads, p50 {ms(pct(lat, .5))}, "
              f"p95 {ms(pct(lat, .95))}, p99 {ms(pct(lat, .99))}, max {ms(max(lat))}")
    outcomes = Counter(outcomes)
    total = sum(outcomes.values())
    print(f"extraction requests in {load_s:.0f} s: {total} "
          + ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items()))
          + (f"; completed ones took p50 {ms(pct(done_lat, .5))}" if done_lat else ""))


if __name__ == "__main__":
    main()
