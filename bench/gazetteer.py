"""Benchmark the gazetteer: build time, file size, lookup latency, geocoding throughput.

    .venv/bin/python bench/gazetteer.py [--lookups 20000] [--keep]

Builds a fresh gazetteer in a temporary directory (so the user's cached one is not
touched), then times uncached lookups of names drawn from the gazetteer itself (a mix of
Peruvian districts, world towns and misses) and ``Geocoder.places`` on sentences written
for this benchmark. Prints a Markdown block for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "Una patrulla fue emboscada en la localidad de Quebrada Alta, distrito de Vizcatán del Ene, provincia de Satipo (Junín).",
    "El ataque ocurrió en Santa Rosa, en La Mar, Ayacucho, y los heridos fueron trasladados a Lima.",
    "Según el ministro, la detención fue en las afueras de Tocache (San Martín).",
    "Guerrilleros atacaron una estación de policía en Tumaco, Nariño, al suroeste de Colombia.",
    "Hubo enfrentamientos en Culiacán, Sinaloa, según la Secretaría de Seguridad de México.",
    "Los soldados patrullaban el Vraem, valle de los ríos Apurímac, Ene y Mantaro, cuando fueron atacados.",
    "La Policía Nacional del Perú capturó a dos integrantes de Sendero Luminoso en el distrito de Pichari.",
    "Un helicóptero fue derribado a 350 km de Lima, en la provincia de Huanta.",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lookups", type=int, default=20000)
    ap.add_argument("--docs", type=int, default=300, help="documents for the places() timing")
    ap.add_argument("--keep", action="store_true", help="keep the temporary gazetteer")
    args = ap.parse_args()

    from cronica.geo.gazetteer import Gazetteer, build

    tmp = Path(tempfile.mkdtemp(prefix="cronica-bench-"))
    path = tmp / "gazetteer.sqlite"
    stats = build(path)

    # names to look up: a random sample of stored keys plus misses
    gz = Gazetteer(path)
    rng = random.Random(7)
    keys = [k for (k,) in gz._con.execute("SELECT key FROM alias")]
    sample = rng.sample(keys, min(args.lookups, len(keys)))
    sample += [f"zz{k}" for k in sample[: len(sample) // 10]]
    rng.shuffle(sample)
    gz.close()

    gz = Gazetteer(path)  # cold cache: every key below is looked up for the first time
    times = []
    for k in sample:
        t = time.perf_counter()
        gz.lookup_key(k)
        times.append(time.perf_counter() - t)
    times.sort()
    p50 = statistics.median(times) * 1e6
    p99 = times[int(len(times) * 0.99)] * 1e6

    from cronica.geo import Geocoder

    geo = Geocoder(gazetteer=Gazetteer(path))
    docs = [" ".join(rng.sample(SENTENCES, 4)) for _ in range(args.docs)]
    geo.places(docs[0])
    t = time.perf_counter()
    n_chars = 0
    for d in docs:
        geo.places(d)
        n_chars += len(d)
    el = time.perf_counter() - t

    cpu = platform.processor() or platform.machine()
    print("## Gazetteer\n")
    print(f"Machine: {platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}.  ")
    print(f"Command: `.venv/bin/python bench/gazetteer.py --lookups {args.lookups} --docs {args.docs}`\n")
    print("| measure | value |\n|---|---|")
    print(f"| build time (`cronica gazetteer build`) | {stats['seconds']} s |")
    print(f"| file size | {stats['bytes'] / 1e6:.1f} MB |")
    print(f"| places / names indexed | {stats['places']:,} / {stats['names']:,} |")
    print(f"| district coordinates by source | {stats['district_coordinates']} |")
    print(f"| lookup, uncached, median | {p50:.1f} µs |")
    print(f"| lookup, uncached, 99th percentile | {p99:.1f} µs |")
    print(f"| `Geocoder.places` on {args.docs} docs of 4 sentences | {el / args.docs * 1000:.2f} ms/doc, "
          f"{n_chars / el / 1000:.0f} k chars/s |")
    if not args.keep:
        for p in tmp.iterdir():
            p.unlink()
        tmp.rmdir()
    else:
        print(f"\n(kept {path})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
