"""Cronica's web app: a REST API over the store and a page to see and review events.

    from cronica.web import create_app, WebSettings
    app = create_app(WebSettings(db="sqlite:///cronica.db", token="s3cret"))
    # uvicorn.run(app)  — or `cronica serve --db URL`

The API lives under ``/api`` (OpenAPI spec at ``/openapi.json``, browsable docs at
``/api/docs``); the page is ``/`` with its assets under ``/static``. Everything is
served from this package: no CDN, no request leaves the machine unless the user
sets a tile URL (``--tiles``). Guide: ``docs/web.md``.

Security model (see ``cronica.web.auth``): reading is open unless
``WebSettings.read_open`` is False; every write (review, ingest) needs a token in
the ``Authorization: Bearer`` (or ``X-Cronica-Token``) header — the shared
``CRONICA_TOKEN`` or a user token stored hashed in the database. Tokens never
travel in cookies, so a cross-site page cannot make the browser send them (CSRF).
"""
from __future__ import annotations

from cronica.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]


def create_app(settings: "WebSettings | None" = None, store=None):
    """The FastAPI application over ``store`` or ``open_store(settings.db)`` (imports FastAPI lazily)."""
    from cronica.web.app import create_app as _create

    return _create(settings, store=store)
