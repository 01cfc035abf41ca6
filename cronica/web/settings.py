"""Settings of the web app, from arguments or the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

#: Largest request body accepted (bytes); larger requests get 413.
DEFAULT_MAX_BODY = 2_000_000
#: Largest text accepted by POST /api/extract (characters).
DEFAULT_MAX_EXTRACT_CHARS = 100_000
#: Most documents in one POST /api/documents.
DEFAULT_MAX_DOCUMENTS = 100
#: Host names a server accepts in the Host header by default (plus its bind address).
DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")
#: Seconds one /api/extract may take before it is abandoned (503).
DEFAULT_EXTRACT_TIMEOUT = 20.0
#: Extractions waiting or running at once; more are refused at once (503, Retry-After).
DEFAULT_EXTRACT_QUEUE = 8
#: /api/extract requests per client per minute without a valid token (429 beyond).
DEFAULT_EXTRACT_PER_MINUTE = 30
#: Wrong tokens a client may present per window before it is refused (429) until the
#: window ends, and the window in seconds.
DEFAULT_AUTH_FAILURES = 10
DEFAULT_AUTH_WINDOW = 60.0
#: Lifetime in seconds of a signed download link (GET /api/export/link).
DEFAULT_LINK_SECONDS = 300


def _env_bool(name: str, default: bool) -> bool:
    v = os.environ.get(name)
    if v is None or v == "":
        return default
    return v.strip().lower() not in ("0", "false", "no", "off")


@dataclass(slots=True)
class WebSettings:
    """What the app serves and how it guards writes.

    db: store URL (None → ``$CRONICA_DB`` or the default SQLite file, as ``open_store``).
    token: the shared write token (None → ``$CRONICA_TOKEN``). Users with their own
        tokens live in the database (``cronica serve --add-user NAME``).
    read_open: reading needs no token (``$CRONICA_WEB_READ_OPEN``, default true).
    tile_url: an optional XYZ tile URL template (``{z}/{x}/{y}``) the page may offer as
        a background layer; off by default, since it makes requests leave the machine.
    allowed_hosts: host names accepted in the Host header (others: 400, against DNS
        rebinding). None: no check (the Python API's default; ``from_env`` and
        ``cronica serve`` set localhost, 127.0.0.1, ::1, the bind address and
        ``$CRONICA_WEB_HOSTS``).
    extract_workers: processes running /api/extract apart from the reading API
        (0: one thread of this process, for tests and embedding).
    require_if_match: writes to an event must send ``If-Match`` (428 otherwise);
        by default a write without it is applied (a write with a stale one is 412).
    """

    db: Optional[str] = None
    token: Optional[str] = None
    read_open: bool = True
    tile_url: Optional[str] = None
    max_body: int = DEFAULT_MAX_BODY
    max_extract_chars: int = DEFAULT_MAX_EXTRACT_CHARS
    max_documents: int = DEFAULT_MAX_DOCUMENTS
    lexicons: tuple[str, ...] = field(default_factory=tuple)
    allowed_hosts: Optional[tuple[str, ...]] = None
    extract_workers: int = 0
    extract_timeout: float = DEFAULT_EXTRACT_TIMEOUT
    extract_queue: int = DEFAULT_EXTRACT_QUEUE
    extract_per_minute: int = DEFAULT_EXTRACT_PER_MINUTE
    auth_failures: int = DEFAULT_AUTH_FAILURES
    auth_window: float = DEFAULT_AUTH_WINDOW
    link_seconds: int = DEFAULT_LINK_SECONDS
    require_if_match: bool = False

    @classmethod
    def from_env(cls, **overrides) -> "WebSettings":
        hosts = tuple(h.strip() for h in os.environ.get("CRONICA_WEB_HOSTS", "").split(",") if h.strip())
        s = cls(token=os.environ.get("CRONICA_TOKEN") or None,
                read_open=_env_bool("CRONICA_WEB_READ_OPEN", True),
                tile_url=os.environ.get("CRONICA_TILE_URL") or None,
                allowed_hosts=DEFAULT_HOSTS + hosts,
                extract_workers=int(os.environ.get("CRONICA_WEB_EXTRACT_WORKERS") or 1))
        for k, v in overrides.items():
            if v is not None:
                setattr(s, k, v)
        return s
