"""Guards in front of the API: the Host-header check, per-client throttles (wrong
tokens, anonymous extraction) and signed, short-lived download links.

All state is in memory, per process: a restart forgets the counters and makes the
outstanding download links invalid (they live minutes anyway). A client is its
address as the server sees it (``request.client.host``); behind a reverse proxy
every client is the proxy, so set the limits there too.
"""
from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from collections import deque
from typing import Callable, Iterable, Optional
from urllib.parse import urlencode

from cronica.web.errors import error_response


# ------------------------------------------------------------------ Host header
def host_name(header: str) -> str:
    """The host name of a Host header value: port dropped, IPv6 brackets removed, lower case."""
    h = header.strip().lower()
    if h.startswith("["):  # [::1]:8000
        return h[1:h.index("]")] if "]" in h else h
    if h.count(":") == 1:
        h = h.split(":", 1)[0]
    return h.rstrip(".")


class HostCheck:
    """ASGI middleware: answer 400 to any request whose Host header names a host not in
    ``allowed`` (a DNS-rebinding page reaches the server under its own host name)."""

    def __init__(self, app, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = {host_name(h) for h in allowed if h}

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        host = ""
        for k, v in scope["headers"]:
            if k == b"host":
                host = v.decode("latin-1")
                break
        if host_name(host) not in self.allowed:
            r = error_response(400, "this server answers only to its configured host names "
                               "(cronica serve --allow-host NAME)", "bad_host")
            await send({"type": "http.response.start", "status": r.status_code, "headers": r.raw_headers})
            await send({"type": "http.response.body", "body": r.body})
            return
        return await self.app(scope, receive, send)


# ------------------------------------------------------------------ throttles
class Throttle:
    """At most ``limit`` events per client in a sliding window of ``window`` seconds.
    ``hit`` records one and says whether the client is over; ``retry_after`` is the
    seconds until its oldest event leaves the window. Bounded memory: at most
    ``max_clients`` clients are tracked (the oldest are forgotten)."""

    def __init__(self, limit: int, window: float, max_clients: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.max_clients, self.clock = limit, window, max_clients, clock
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _prune(self, client: str, now: float) -> deque:
        q = self._hits.get(client)
        if q is None:
            if len(self._hits) >= self.max_clients:
                self._hits.pop(next(iter(self._hits)))
            q = self._hits[client] = deque()
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, client: str) -> Optional[int]:
        """Seconds to wait when the client is at its limit, else None (records nothing)."""
        with self._lock:
            now = self.clock()
            q = self._prune(client, now)
            if len(q) >= self.limit:
                return max(1, math.ceil(q[0] + self.window - now))
            return None

    def hit(self, client: str) -> Optional[int]:
        """Record one event; seconds to wait when this one is over the limit, else None."""
        with self._lock:
            now = self.clock()
            q = self._prune(client, now)
            if len(q) >= self.limit:
                return max(1, math.ceil(q[0] + self.window - now))
            q.append(now)
            return None


# ------------------------------------------------------------------ signed links
class LinkSigner:
    """HMAC-signed query strings: ``sign(params)`` adds ``expires`` (unix time) and
    ``signature``; ``check(params)`` verifies them. The key is random per process."""

    def __init__(self, seconds: int, key: Optional[bytes] = None) -> None:
        self.seconds = seconds
        self.key = key or secrets.token_bytes(32)

    def _mac(self, path: str, pairs: list[tuple[str, str]]) -> str:
        canon = path + "?" + urlencode(sorted(pairs))
        return hmac.new(self.key, canon.encode("utf-8"), hashlib.sha256).hexdigest()

    def sign(self, path: str, pairs: list[tuple[str, str]], now: Optional[float] = None) -> tuple[str, int]:
        expires = int((now or time.time()) + self.seconds)
        pairs = [(k, v) for k, v in pairs if k not in ("expires", "signature")] + [("expires", str(expires))]
        sig = self._mac(path, pairs)
        return path + "?" + urlencode(pairs + [("signature", sig)]), expires

    def check(self, path: str, pairs: list[tuple[str, str]], now: Optional[float] = None) -> bool:
        sig = [v for k, v in pairs if k == "signature"]
        exp = [v for k, v in pairs if k == "expires"]
        if len(sig) != 1 or len(exp) != 1:
            return False
        try:
            if int(exp[0]) < (now or time.time()):
                return False
        except ValueError:
            return False
        rest = [(k, v) for k, v in pairs if k != "signature"]
        return hmac.compare_digest(self._mac(path, rest), sig[0])
