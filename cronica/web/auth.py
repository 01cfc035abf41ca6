"""Who may write: the shared token and web users stored hashed in the database.

A token is presented in the ``Authorization: Bearer TOKEN`` header (or
``X-Cronica-Token: TOKEN``). Never in a cookie: browsers attach cookies to
cross-site requests, but not custom headers, so a token-in-header API is not open
to cross-site request forgery. The app also sets no CORS headers, so a foreign
page cannot read responses or send JSON bodies with the token.

Users: ``cronica_web_users`` (name, sha256 of the token, created_at) in the store's
database, kept apart from the store's own tables. Tokens are 256-bit random
strings, so a plain SHA-256 is enough (nothing to brute-force); the clear token is
shown once when the user is created.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import re
import secrets
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, delete, inspect, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from cronica.errors import CronicaError

USERS_TABLE = "cronica_web_users"
_meta = MetaData()
USERS = Table(
    USERS_TABLE, _meta,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)
_NAME_RE = re.compile(r"^[\w.@-]{1,64}$")


class AuthError(CronicaError):
    """No token, or a token nobody holds."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _ensure_table(engine: Engine) -> None:
    with engine.connect() as conn:
        conn = conn.execution_options(cronica_write=True)
        with conn.begin():
            USERS.create(conn, checkfirst=True)


def add_user(engine: Engine, name: str) -> str:
    """Create a web user and return its token (shown once; only its hash is stored)."""
    if not _NAME_RE.match(name or ""):
        raise AuthError(f"user name must be 1-64 letters, digits or . _ @ -, not {name!r}")
    _ensure_table(engine)
    token = secrets.token_urlsafe(32)
    now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(cronica_write=True)
            with conn.begin():
                conn.execute(insert(USERS).values(name=name, token_hash=hash_token(token), created_at=now))
    except IntegrityError:
        raise AuthError(f"a web user named {name!r} already exists") from None
    return token


def remove_user(engine: Engine, name: str) -> bool:
    if not inspect(engine).has_table(USERS_TABLE):
        return False
    with engine.connect() as conn:
        conn = conn.execution_options(cronica_write=True)
        with conn.begin():
            return conn.execute(delete(USERS).where(USERS.c.name == name)).rowcount > 0


def list_users(engine: Engine) -> list[str]:
    if not inspect(engine).has_table(USERS_TABLE):
        return []
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(USERS.c.name).order_by(USERS.c.name))]


def token_from_headers(headers) -> Optional[str]:
    auth = headers.get("authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    tok = headers.get("x-cronica-token")
    return tok.strip() if tok and tok.strip() else None


def identify(engine: Engine, shared_token: Optional[str], token: Optional[str]) -> Optional[str]:
    """The user a token belongs to: a user name, ``"token"`` for the shared token, else None."""
    if not token:
        return None
    if shared_token and hmac.compare_digest(token.encode("utf-8"), shared_token.encode("utf-8")):
        return "token"
    if len(token) > 512:
        return None
    if not inspect(engine).has_table(USERS_TABLE):
        return None
    with engine.connect() as conn:
        name = conn.execute(select(USERS.c.name).where(USERS.c.token_hash == hash_token(token))).scalar()
    return name
