"""Runs ``/api/extract`` apart from the reading API, with a time cap and a bounded queue.

Extraction is CPU-bound (spaCy); run in the server's own threads it holds the GIL
and slows every read. So it runs in a pool of worker *processes*
(``WebSettings.extract_workers``, default 1 in ``cronica serve``), each loading the
pipeline once; the request handler only awaits the result. Each extraction has a
time cap (``extract_timeout``) and a lower CPU priority (nice 10, so the
scheduler favours the server's reads on a busy machine): the worker arms an interval timer (SIGALRM, the
worker's main thread runs the task) and gives up; the server also stops waiting a
little after the cap. At most ``extract_queue`` extractions wait or run at once;
more are refused at once with 503 and ``Retry-After`` rather than queued without end.

``extract_workers=0`` runs extractions in one dedicated thread of the server
process instead (tests, embedding): still apart from the reading threads and
capped, but sharing the GIL.
"""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import multiprocessing
import os
import signal
import threading
from typing import Any, Optional

from cronica.web.errors import ApiError

#: Guards the process-wide pipeline when it runs in this process (extract, ingest).
PIPELINE_LOCK = threading.Lock()
#: How much lower the extraction workers' CPU priority is than the server's (nice).
WORKER_NICE = 10
_LEXICONS: tuple[str, ...] = ()


class _Timeout(Exception):
    pass


def _on_alarm(_sig, _frame):
    raise _Timeout()


def _worker_init(lexicons: tuple[str, ...]) -> None:
    global _LEXICONS
    _LEXICONS = tuple(lexicons)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server handles Ctrl-C
    try:  # reads first: on a busy machine the scheduler favours the server's process
        os.nice(WORKER_NICE)
    except OSError:
        pass
    from cronica.pipeline import get_pipeline

    get_pipeline(_LEXICONS)  # load once, before the first request


def _extract(doc_id: str, text: str, published: Optional[str], lexicons: tuple[str, ...]) -> list[dict]:
    from cronica.model import Document
    from cronica.pipeline import get_pipeline

    doc = Document(id=doc_id, text=text, published=published, source="api")
    return [e.to_dict() for e in get_pipeline(lexicons).extract(doc)]


def _run_in_worker(doc_id: str, text: str, published: Optional[str], timeout: float) -> tuple[str, Any]:
    """In a worker process: ("ok", events) | ("timeout", None) | ("error", message)."""
    from cronica.errors import CronicaError

    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return "ok", _extract(doc_id, text, published, _LEXICONS)
    except _Timeout:
        return "timeout", None
    except CronicaError as exc:
        return "error", str(exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _run_in_thread(doc_id: str, text: str, published: Optional[str],
                   lexicons: tuple[str, ...]) -> tuple[str, Any]:
    from cronica.errors import CronicaError

    with PIPELINE_LOCK:
        try:
            return "ok", _extract(doc_id, text, published, lexicons)
        except CronicaError as exc:
            return "error", str(exc)


class Extractor:
    """The pool behind /api/extract (see the module docstring)."""

    def __init__(self, workers: int, timeout: float, queue: int, lexicons: tuple[str, ...] = ()) -> None:
        self.workers, self.timeout, self.queue, self.lexicons = workers, timeout, queue, tuple(lexicons)
        self._pool: Optional[cf.Executor] = None
        self._pending = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        """Create the pool and let the workers load the pipeline now (not on the first request)."""
        if self._pool is not None:
            return
        if self.workers > 0:
            ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
            self._pool = cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_worker_init,
                                                initargs=(self.lexicons,))
            for _ in range(self.workers):
                self._pool.submit(int, 0)  # starts the processes, which run the initializer
        else:
            self._pool = cf.ThreadPoolExecutor(1, thread_name_prefix="cronica-extract")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    @property
    def pending(self) -> int:
        return self._pending

    def _done(self, _fut) -> None:
        with self._lock:
            self._pending -= 1

    async def extract(self, doc_id: str, text: str, published: Optional[str]) -> list[dict]:
        """The events of a text as dicts; ApiError 503 when busy or over the time cap,
        400 when the pipeline refuses the text."""
        self.start()
        with self._lock:
            if self._pending >= self.queue:
                raise ApiError(503, "busy", f"{self._pending} extractions are running or waiting; "
                               "try again shortly", headers={"Retry-After": "2"})
            self._pending += 1
        try:
            if self.workers > 0:
                fut = self._pool.submit(_run_in_worker, doc_id, text, published, self.timeout)
            else:
                fut = self._pool.submit(_run_in_thread, doc_id, text, published, self.lexicons)
        except BaseException:
            self._done(None)
            raise
        fut.add_done_callback(self._done)
        try:
            status, value = await asyncio.wait_for(asyncio.wrap_future(fut), self.timeout + 5
                                                   if self.workers > 0 else self.timeout)
        except asyncio.TimeoutError:
            status, value = "timeout", None
        except cf.process.BrokenProcessPool:  # a worker died (killed, out of memory)
            self.close()
            raise ApiError(503, "unavailable", "the extraction worker failed; try again") from None
        if status == "timeout":
            raise ApiError(503, "timeout", f"extraction took longer than {self.timeout:g} s; "
                           "send a shorter text", headers={"Retry-After": "5"})
        if status == "error":
            raise ApiError(400, "bad_request", value)
        return value


class ExtractGate:
    """ASGI middleware: refuse ``POST /api/extract`` with 503 (Retry-After) while the
    extractor's queue is full, before the body is read or validated, so a flood of
    extraction requests costs the server almost nothing."""

    def __init__(self, app, extractor: Extractor) -> None:
        self.app, self.extractor = app, extractor

    async def __call__(self, scope, receive, send):
        if (scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == "/api/extract"
                and self.extractor.pending >= self.extractor.queue):
            from cronica.web.errors import error_response

            r = error_response(503, f"{self.extractor.pending} extractions are running or waiting; "
                               "try again shortly", "busy", headers={"Retry-After": "2"})
            await send({"type": "http.response.start", "status": r.status_code, "headers": r.raw_headers})
            await send({"type": "http.response.body", "body": r.body})
            return
        return await self.app(scope, receive, send)
