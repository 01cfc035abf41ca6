"""Read and validate an annotated corpus: ``<root>/<part>/docs.jsonl`` + ``gold.jsonl``.

The format is the shared gold format (``corpus/README.md``): one document per line
``{id, text, published, negative, ...}`` and one gold event per line ``{doc,
event_type, date, ..., evidence, evidence_more}``. Validation checks what training
relies on: unique ids, known event types, every evidence span verbatim in its text,
no event on a document marked negative.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from cronica.errors import DataFileError
from cronica.model import Document

EVENT_TYPES = ("ambush", "armed_clash", "attack", "bombing", "killing", "kidnapping", "disappearance",
               "arrest", "seizure", "security_operation", "protest", "designation", "other",
               # an agreement signed or a truce that took effect between armed parties (corpus part v)
               "agreement")


@dataclass
class Corpus:
    """Documents (JSON records as written) and their gold events, with the part each came from."""

    docs: list[dict] = field(default_factory=list)
    gold: list[dict] = field(default_factory=list)

    def ids(self) -> list[str]:
        return [str(d["id"]) for d in self.docs]

    def gold_for(self, doc_id: str) -> list[dict]:
        return [g for g in self.gold if str(g["doc"]) == doc_id]

    def subset(self, ids: Iterable[str]) -> "Corpus":
        keep = set(ids)
        return Corpus([d for d in self.docs if str(d["id"]) in keep], [g for g in self.gold if str(g["doc"]) in keep])

    def documents(self) -> list[Document]:
        return [Document(id=str(d["id"]), text=d["text"], published=d.get("published"), title=d.get("title"),
                         url=d.get("url")) for d in self.docs]


def _read_jsonl(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise DataFileError(f"{path}:{n}: bad JSON ({e})") from None
    return out


def validate(corpus: Corpus, where: str = "corpus") -> list[str]:
    """Problems found (empty when the corpus is usable)."""
    problems: list[str] = []
    texts: dict[str, str] = {}
    negative: dict[str, bool] = {}
    for d in corpus.docs:
        i = str(d.get("id"))
        if i in texts:
            problems.append(f"{where}: duplicate document id {i}")
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            problems.append(f"{where}: document {i} has no text")
        texts[i] = d.get("text") or ""
        negative[i] = bool(d.get("negative"))
    for n, g in enumerate(corpus.gold, 1):
        doc = str(g.get("doc"))
        if doc not in texts:
            problems.append(f"{where}: gold line {n}: unknown document {doc}")
            continue
        if g.get("event_type") not in EVENT_TYPES:
            problems.append(f"{where}: gold line {n} ({doc}): unknown event_type {g.get('event_type')!r}")
        if negative[doc]:
            problems.append(f"{where}: gold line {n}: event on negative document {doc}")
        for s in [g.get("evidence")] + list(g.get("evidence_more") or []):
            if not s or s not in texts[doc]:
                problems.append(f"{where}: gold line {n} ({doc}): evidence not verbatim in text: {str(s)[:60]!r}")
    return problems


def read_part(docs_path: Path, gold_path: Optional[Path]) -> Corpus:
    docs = _read_jsonl(docs_path)
    gold = _read_jsonl(gold_path) if gold_path is not None and gold_path.exists() else []
    return Corpus(docs, gold)


def load_corpus(root: str | Path, strict: bool = True) -> Corpus:
    """All parts under ``root`` (``root/*/docs.jsonl`` with ``gold.jsonl`` beside), validated.

    ``root`` may also be one part directory itself. Raises ``DataFileError`` listing the
    problems when ``strict``.
    """
    root = Path(root)
    parts = sorted(root.glob("*/docs.jsonl")) or ([root / "docs.jsonl"] if (root / "docs.jsonl").exists() else [])
    if not parts:
        raise DataFileError(f"{root}: no */docs.jsonl found")
    out = Corpus()
    problems: list[str] = []
    for p in parts:
        part = read_part(p, p.with_name("gold.jsonl"))
        problems += validate(part, str(p.parent))
        out.docs += part.docs
        out.gold += part.gold
    problems += [x for x in validate(out, str(root)) if "duplicate" in x]
    if problems and strict:
        raise DataFileError(f"{len(problems)} problem(s) in the corpus:\n  " + "\n  ".join(problems[:30]))
    return out


def _opening(text: str) -> str:
    """The first sentence of a text (of its first non-empty line)."""
    import re

    line = next((x for x in text.split("\n") if x.strip()), "")
    return re.split(r"(?<=[.!?])\s", line.strip(), maxsplit=1)[0]


def is_one_sentence(text: str) -> bool:
    """A text that is its own first sentence (a bulletin entry, a brief, a post)."""
    return _opening(text) == text.strip()


def opening_views(corpus: Corpus) -> Corpus:
    """Each document cut to its first sentence, with the gold events that sentence tells
    (main evidence or a retelling inside it): one-sentence reports for the document model,
    which otherwise learns only from whole articles."""
    from cronica.evaluate import locate

    docs, gold = [], []
    by_doc: dict[str, list[dict]] = {}
    for g in corpus.gold:
        by_doc.setdefault(str(g["doc"]), []).append(g)
    for d in corpus.docs:
        text = _opening(d["text"])
        if not text or is_one_sentence(d["text"]):
            continue  # already one sentence
        i = str(d["id"]) + "#opening"
        docs.append({**d, "id": i, "text": text})
        for g in by_doc.get(str(d["id"]), []):
            if any(locate(text, s) for s in [g.get("evidence")] + list(g.get("evidence_more") or [])):
                gold.append({**g, "doc": i})
    return Corpus(docs, gold)


def two_incident_documents(corpus: Corpus, group=lambda doc_id: 0, limit: int = 300) -> tuple[Corpus, dict[str, int]]:
    """Hard negatives for the pair model: two documents that report different incidents of
    one family in one first-level division (two killings in Cauca, two clashes in Ayacucho),
    told one after the other as one text, like a roundup or a second report of the same
    week. Every pair the pipeline forms across them (a mention of the second text and an
    incident of the first) is a different incident that the place and the type do not tell
    apart. ``group``: documents are combined only within one group (the cross-validation
    part, so no fold sees a text it is scored on). Returns the texts and, for each, where
    its second document starts. Deterministic: documents are ordered by a hash of the id."""
    import hashlib

    from cronica.evaluate import FAMILY

    gold_by: dict[str, list[dict]] = {}
    for g in corpus.gold:
        gold_by.setdefault(str(g["doc"]), []).append(g)
    buckets: dict[tuple, list[dict]] = {}
    for d in sorted(corpus.docs, key=lambda d: hashlib.sha1(str(d["id"]).encode("utf-8")).hexdigest()):
        i = str(d["id"])
        gs = gold_by.get(i)
        if not gs or "#" in i:
            continue
        g = gs[0]  # the document's first incident decides its bucket
        if not g.get("admin1"):
            continue
        buckets.setdefault((FAMILY.get(g["event_type"]), str(g["admin1"]).lower(), group(i)), []).append(d)
    docs, gold, boundary = [], [], {}
    used: set[str] = set()
    for key in sorted(buckets, key=str):
        members = [d for d in buckets[key] if str(d["id"]) not in used]
        for a, b in zip(members[0::2], members[1::2]):
            if len(docs) >= limit:
                break
            ia, ib = str(a["id"]), str(b["id"])
            used |= {ia, ib}
            i = f"{ia}#then#{ib}"
            text = a["text"].rstrip() + "\n" + b["text"].strip()
            boundary[i] = len(a["text"].rstrip()) + 1
            docs.append({**a, "id": i, "text": text, "negative": False})
            gold += [{**g, "doc": i} for g in gold_by[ia] + gold_by[ib]]
    return Corpus(docs, gold), boundary


#: the countries of the corpus in the README's order (document ``country`` codes)
_COUNTRY_NAMES = {"AR": "Argentina", "BO": "Bolivia", "CL": "Chile", "CO": "Colombia", "CR": "Costa Rica",
                  "CU": "Cuba", "DO": "Dominican Republic", "EC": "Ecuador", "SV": "El Salvador",
                  "GT": "Guatemala", "HT": "Haiti", "HN": "Honduras", "MX": "Mexico", "NI": "Nicaragua",
                  "PA": "Panama", "PY": "Paraguay", "PE": "Peru", "PR": "Puerto Rico", "ES": "Spain",
                  "UY": "Uruguay", "VE": "Venezuela"}
_REGISTERS = ("wire", "local", "feature", "encyclopedia", "communique", "bulletin", "social", "other")


def counts_markdown(corpus: Corpus, split: dict[str, str]) -> str:
    """The README's "Counts" tables (parts, splits, countries, registers) worked out from the
    documents, their gold and the recorded split; ``corpus/README.md`` must hold them verbatim."""
    from collections import Counter

    part = {str(d["id"]): str(d["id"]).split("-", 1)[0] for d in corpus.docs}
    parts = sorted(set(part.values()))
    events = Counter(str(g["doc"]) for g in corpus.gold)
    rows = ["| part | documents | negatives | gold events | train docs | dev docs | test docs |",
            "|---|---:|---:|---:|---:|---:|---:|"]

    def line(name, docs):
        n = [len(docs), sum(bool(d.get("negative")) for d in docs), sum(events[str(d["id"])] for d in docs)]
        n += [sum(split.get(str(d["id"])) == s for d in docs) for s in ("train", "dev", "test")]
        return f"| {name} | " + " | ".join(str(x) for x in n) + " |"

    for p in parts:
        rows.append(line(f"`{p}/`", [d for d in corpus.docs if part[str(d["id"])] == p]))
    rows.append(line("all", corpus.docs))
    rows += ["", "| split | documents | of which negatives | gold events |", "|---|---:|---:|---:|"]
    for s in ("train", "dev", "test"):
        docs = [d for d in corpus.docs if split.get(str(d["id"])) == s]
        rows.append(f"| {s} | {len(docs)} | {sum(bool(d.get('negative')) for d in docs)} | "
                    f"{sum(events[str(d['id'])] for d in docs)} |")
    for title, key, values, label in (
            ("country (document)", "country", list(_COUNTRY_NAMES), lambda c: f"{_COUNTRY_NAMES[c]} ({c})"),
            ("register", "register", list(_REGISTERS), str)):
        others = sorted({str(d.get(key)) for d in corpus.docs} - set(values))
        rows += ["", f"| {title} | " + " | ".join(parts) + " | all |", "|---|" + "---:|" * (len(parts) + 1)]
        for v in values + others:
            n = [sum(str(d.get(key)) == v for d in corpus.docs if part[str(d["id"])] == p) for p in parts]
            rows.append(f"| {label(v) if v in values else v} | " + " | ".join(str(x) for x in n) + f" | {sum(n)} |")
    return "\n".join(rows) + "\n"
