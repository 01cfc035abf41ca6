"""Builds the stages once and runs documents through them.

Public contract (used by the CLI, the store, the batch engine and the web app):

    pipe = get_pipeline(lexicons=(), country=None)   # cached per arguments
    pipe.extract(doc: Document) -> list[Event]         # raises CronicaError on bad input
    pipe.run(docs: Iterable[Document | InputError]) -> Iterator[DocResult]
        # one DocResult per input, in order; a failure is a DocResult with .error,
        # never an exception (fail-fast is the caller's choice)
"""
from __future__ import annotations
