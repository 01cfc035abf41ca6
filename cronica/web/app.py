"""Builds the FastAPI app: the API router, the page and its static assets,
error handlers, the body-size limit and security headers."""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from cronica import __version__
from cronica.web import errors
from cronica.web.settings import WebSettings

STATIC = Path(__file__).resolve().parent / "static"


def _csp(tile_url: Optional[str]) -> str:
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.hostname:
            host = parts.hostname
            if "{s}" in tile_url:
                host = "*." + host.split(".", 1)[1] if "." in host else host
            img += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


def create_app(settings: Optional[WebSettings] = None, store=None) -> FastAPI:
    """The app over ``store`` (or ``open_store(settings.db)``)."""
    from cronica.store import open_store
    from cronica.web.api import router

    settings = settings or WebSettings.from_env()
    owned = store is None
    if owned:
        store = open_store(settings.db)

    from cronica.web.extractor import ExtractGate, Extractor
    from cronica.web.guard import HostCheck, LinkSigner, Throttle

    extractor = Extractor(settings.extract_workers, settings.extract_timeout, settings.extract_queue,
                          settings.lexicons)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        if settings.extract_workers > 0:
            extractor.start()  # workers load the pipeline now, not on the first request
        yield
        extractor.close()
        if owned:  # a store handed in belongs to the caller
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Cronica API",
        version=__version__,
        description="Conflict events extracted from Spanish text: query, review, export. "
                    "Errors always have the shape {\"error\": {status, code, message}}.",
        docs_url=None, redoc_url=None,  # their default pages load scripts from a CDN
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.extractor = extractor
    app.state.auth_throttle = Throttle(settings.auth_failures, settings.auth_window)
    app.state.extract_throttle = Throttle(settings.extract_per_minute, 60.0)
    app.state.links = LinkSigner(settings.link_seconds)
    errors.install(app)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    csp = _csp(settings.tile_url)

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.middleware("http")
    async def _headers(request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    # the size limit runs before anything reads the body
    app.add_middleware(errors.BodyLimit, max_body=settings.max_body)
    app.add_middleware(ExtractGate, extractor=extractor)  # a full extraction queue: 503 at once
    if settings.allowed_hosts is not None:  # outermost: a foreign Host gets nothing else
        app.add_middleware(HostCheck, allowed=settings.allowed_hosts)

    return app
