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
    """

    db: Optional[str] = None
    token: Optional[str] = None
    read_open: bool = True
    tile_url: Optional[str] = None
    max_body: int = DEFAULT_MAX_BODY
    max_extract_chars: int = DEFAULT_MAX_EXTRACT_CHARS
    max_documents: int = DEFAULT_MAX_DOCUMENTS
    lexicons: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_env(cls, **overrides) -> "WebSettings":
        s = cls(token=os.environ.get("CRONICA_TOKEN") or None,
                read_open=_env_bool("CRONICA_WEB_READ_OPEN", True),
                tile_url=os.environ.get("CRONICA_TILE_URL") or None)
        for k, v in overrides.items():
            if v is not None:
                setattr(s, k, v)
        return s
