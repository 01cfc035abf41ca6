"""What runs on a Dask worker.

The client ships each partition's documents to a worker, which returns the
events (typed :class:`~cronica.model.Event` records) or the error of each
document. The pipeline is never pickled: :func:`cronica.pipeline.get_pipeline`
is cached per process, so a worker loads spaCy and the lexicons the first time
it needs them (or when :func:`preload` runs on it) and reuses them for every
later partition.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from cronica.model import Document, Event


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    """The arguments of ``get_pipeline`` (part of a run's identity)."""

    lexicons: tuple[str, ...] = ()
    country: Optional[str] = None


@dataclass(slots=True)
class DocOutcome:
    """The events of one document, or why it failed. ``doc_id`` is a sanity check."""

    doc_id: str
    events: list[Event] = field(default_factory=list)
    error: Optional[str] = None


#: The signature of a partition function: documents in, one outcome per document out.
PartitionFn = Callable[[list[Document], PipelineSettings], list[DocOutcome]]
#: Loads what a partition function needs once per worker process.
PreloadFn = Callable[[PipelineSettings], str]


def extract_partition(docs: list[Document], settings: PipelineSettings) -> list[DocOutcome]:
    """Run the real pipeline on one partition (executes on a worker)."""
    from cronica.pipeline import get_pipeline

    pipe = get_pipeline(lexicons=settings.lexicons, country=settings.country)
    out: list[DocOutcome] = []
    for res in pipe.run(docs):
        out.append(DocOutcome(res.doc.id, list(res.events), res.error))
    if len(out) != len(docs):  # the pipeline promises one result per input
        raise RuntimeError(f"pipeline returned {len(out)} results for {len(docs)} documents")
    return out


def preload_pipeline(settings: PipelineSettings) -> str:
    """Load the pipeline on this worker now; returns a short description of versions."""
    import spacy

    from cronica import __version__
    from cronica.pipeline import get_pipeline

    pipe = get_pipeline(lexicons=settings.lexicons, country=settings.country)
    model = ""
    nlp = getattr(pipe, "nlp", None)
    meta = getattr(nlp, "meta", None)
    if isinstance(meta, dict):
        model = f" {meta.get('lang', '')}_{meta.get('name', '')}=={meta.get('version', '')}"
    return f"cronica=={__version__} spacy=={spacy.__version__}{model}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB (run on each worker at the end)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)
