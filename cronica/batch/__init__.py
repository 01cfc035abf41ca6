"""Batch extraction of big corpora on Dask (``cronica batch``; docs/batch.md).

    from cronica.batch import BatchConfig, run_batch
    summary = run_batch(BatchConfig(inputs=["corpus/"], out="out/", workers=2))

Nothing heavy is imported here: Dask and pyarrow load when a run starts.
"""
from __future__ import annotations

from typing import Any

__all__ = ["BatchConfig", "BatchError", "BatchSummary", "ReadOptions", "PipelineSettings", "run_batch"]


def __getattr__(name: str) -> Any:
    if name in ("BatchConfig", "BatchSummary", "run_batch"):
        from cronica.batch import engine

        return getattr(engine, name)
    if name == "BatchError":
        from cronica.batch.output import BatchError

        return BatchError
    if name == "ReadOptions":
        from cronica.batch.inputs import ReadOptions

        return ReadOptions
    if name == "PipelineSettings":
        from cronica.batch.worker import PipelineSettings

        return PipelineSettings
    raise AttributeError(name)
