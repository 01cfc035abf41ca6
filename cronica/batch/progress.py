"""Progress on stderr: documents done, documents/s and ETA.

On a terminal a tqdm bar; otherwise (logs, CI) one plain line every ``interval``
seconds, so a log file is not flooded with carriage returns.
"""
from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from typing import Optional, TextIO


def _fmt_eta(seconds: Optional[float]) -> str:
    if seconds is None:
        return "?"
    return str(timedelta(seconds=int(seconds)))


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _columns(stream: TextIO) -> int:
    """The terminal's width, 0 when it reports none."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return 0


class Progress:
    def __init__(self, total: Optional[int], *, stream: Optional[TextIO] = None,
                 enabled: bool = True, interval: float = 10.0) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.interval = interval
        self.done = 0  # processed this run
        self.skipped = 0  # complete before this run
        self.start = time.monotonic()
        self._last = self.start
        self._bar = None
        if enabled and _isatty(self.stream):
            from tqdm import tqdm

            # A terminal that reports no size (0x0: a pty opened by `docker exec -t`,
            # `kubectl exec -t`, `script`, many CI runners) makes tqdm draw nothing at
            # all (zero columns, -1 rows): give it 80x24 there.
            sized = _columns(self.stream) > 0
            self._bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=sized,
                             ncols=None if sized else 80, nrows=None if sized else 24,
                             smoothing=0.1, desc="batch", mininterval=0.5)

    def set_total(self, total: Optional[int]) -> None:
        """The corpus size, once known (it is counted while the run starts)."""
        self.total = total
        if self._bar is not None:
            self._bar.total = total

    def skip(self, n: int) -> None:
        """Documents of partitions completed by an earlier run."""
        self.skipped += n
        if self._bar is not None:
            self._bar.update(n)
            # The rate must count only this run's work.
            self._bar.start_t = time.time()
            self._bar.last_print_n = self._bar.n

    def advance(self, n: int) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            print(self.line(), file=self.stream, flush=True)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        n = self.done + self.skipped
        rate = self.rate()
        if self.total:
            left = max(0, self.total - n)
            eta = _fmt_eta(left / rate if rate > 0 else None)
            return f"batch: {n:,}/{self.total:,} docs, {rate:.1f} docs/s, ETA {eta}"
        return f"batch: {n:,} docs, {rate:.1f} docs/s"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.enabled:
            print(self.line(), file=self.stream, flush=True)
