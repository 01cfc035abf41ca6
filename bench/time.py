"""Time the temporal stage (cronica.time.Timeline) on generated Spanish news text.

    .venv/bin/python bench/time.py [--docs 400] [--chars 2000] [--spacy] [--jsonl FILE]

Generates documents of about --chars characters from sentence templates full of
date expressions (and false friends), builds a Timeline for each and asks
``date_for`` for every sentence, as the pipeline does for each trigger. Prints
ms/doc. With --spacy it also times bare ``es_core_news_sm`` ``nlp.pipe`` on the
same texts, so the stage's share of extraction time can be read off. --jsonl
times documents from a file instead ({"text", "published"} per line).
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cronica.model import Span  # noqa: E402
from cronica.time import Timeline  # noqa: E402

TEMPLATES = [
    "Una patrulla del Ejército fue emboscada {d} en el distrito de {p}, informó el Comando Conjunto.",
    "Los atacantes huyeron hacia la zona del río Ene y Mantaro tras el enfrentamiento.",
    "{D} se produjo un nuevo ataque contra la base de {p}, con un saldo de dos heridos.",
    "La policía informó {d} la captura de tres presuntos integrantes del grupo armado.",
    "El suboficial, de 35 años, murió a las 5 p.m. cuando la patrulla regresaba a su base.",
    "Tres días después, los efectivos hallaron un campamento con 1.200 kilos de droga.",
    "El director, Julio Pérez, dijo que la organización opera desde 1980 en la región.",
    "Al día siguiente se desplegaron dos patrullas hacia {p} para reforzar la zona.",
    "Según la fiscalía, el crimen ocurrió {d} en el poblado de {p}.",
    "El gobierno pagará 500 millones de soles en reparaciones a las víctimas.",
    "En {m} de {y} la organización fue designada como terrorista por el Departamento de Estado.",
    "Los vecinos denunciaron que los hechos se repiten desde los años 90.",
]
DATES = ["ayer", "el lunes", "el pasado domingo", "la madrugada del jueves", "el 7 de septiembre",
         "hace tres días", "la semana pasada", "el fin de semana", "el 15 de noviembre de 2002",
         "la tarde del martes", "este lunes", "el viernes 11 de agosto", "en las últimas horas",
         "anoche", "entre el 9 y el 14 de abril", "el mes pasado"]
PLACES = ["Pichari", "Vizcatán del Ene", "Llochegua", "Santa Rosa", "Huanta", "Canayre"]
MONTHS = ["enero", "marzo", "julio", "agosto", "noviembre"]


def generate(n_docs: int, chars: int, seed: int = 7) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        paras, size = [], 0
        while size < chars:
            para = " ".join(
                rnd.choice(TEMPLATES).format(
                    d=rnd.choice(DATES), D=rnd.choice(DATES).capitalize(), p=rnd.choice(PLACES),
                    m=rnd.choice(MONTHS), y=rnd.randint(2001, 2024))
                for _ in range(rnd.randint(1, 3)))
            paras.append(para)
            size += len(para) + 2
        pub = f"20{rnd.randint(10, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        docs.append(("\n\n".join(paras)[:chars], pub))
    return docs


_SENT = re.compile(r"[^.\n]+[.\n]?")


def run_timeline(docs: list[tuple[str, str]]) -> tuple[float, float, int]:
    """Wall and CPU seconds for all documents, and the number of date_for calls."""
    calls = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for text, pub in docs:
        tl = Timeline(text, pub)
        for m in _SENT.finditer(text):
            s = Span(m.start(), m.end())
            tl.date_for(Span(s.start, min(s.end, s.start + 5)), s)
            calls += 1
    return time.perf_counter() - t0, time.process_time() - c0, calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--spacy", action="store_true", help="also time bare spaCy nlp.pipe")
    ap.add_argument("--jsonl", type=Path, help="time these documents instead")
    args = ap.parse_args()
    if args.jsonl:
        docs = [(d["text"], d.get("published")) for d in
                (json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip())]
    else:
        docs = generate(args.docs, args.chars)
    run_timeline(docs[:20])  # warm up: lexicon load and regex compilation
    runs = [run_timeline(docs) for _ in range(3)]
    best, best_cpu = min(r[0] for r in runs), min(r[1] for r in runs)
    n_chars = sum(len(t) for t, _ in docs)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"documents: {len(docs)}, mean {n_chars / len(docs):.0f} chars, "
          f"{runs[0][2] / len(docs):.1f} date_for calls/doc")
    print(f"Timeline + date_for per sentence: {1000 * best / len(docs):.2f} ms/doc wall, "
          f"{1000 * best_cpu / len(docs):.2f} ms/doc CPU (best of 3)")
    if args.spacy:
        import spacy

        nlp = spacy.load("es_core_news_sm")
        list(nlp.pipe(t for t, _ in docs[:20]))
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in nlp.pipe((t for t, _ in docs), batch_size=64):
            pass
        sp, sp_cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"bare spaCy es_core_news_sm nlp.pipe: {1000 * sp / len(docs):.2f} ms/doc wall, "
              f"{1000 * sp_cpu / len(docs):.2f} ms/doc CPU")
        print(f"temporal stage / bare spaCy: {100 * best / sp:.1f} % wall, "
              f"{100 * best_cpu / sp_cpu:.1f} % CPU")


if __name__ == "__main__":
    main()
