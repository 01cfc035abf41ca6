"""`cronica serve [--db URL] [--host 127.0.0.1] [--port 8000]`: the web API and page.

Also manages the web users whose tokens may review and ingest:
``cronica serve --add-user NAME`` prints a new token once (only its hash is stored),
``--remove-user NAME``, ``--list-users``. Guide: docs/web.md.
"""
from __future__ import annotations

import click

from cronica.cli.storeopts import db_option, fail_cleanly


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1 = this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="CRONICA_TOKEN", default=None, metavar="TOKEN",
              help="Shared token for review/ingest (default: $CRONICA_TOKEN).")
@click.option("--private", is_flag=True, envvar="CRONICA_WEB_PRIVATE",
              help="Reading needs a token too (default: reading is open).")
@click.option("--tiles", "tile_url", envvar="CRONICA_TILE_URL", default=None, metavar="URL",
              help="Offer an online tile layer, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                   "(off by default: the page then makes no request outside this server).")
@click.option("--max-body", type=click.IntRange(1024, None), default=None, metavar="BYTES",
              help="Largest request body accepted (default 2,000,000).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor lexicon for extraction (repeatable).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also accept this name in the Host header (repeatable; default: localhost, "
                   "127.0.0.1, ::1, the --host address and $CRONICA_WEB_HOSTS).")
@click.option("--extract-workers", type=click.IntRange(0, 64), default=None, metavar="N",
              help="Processes running /api/extract apart from the reading API (default 1; "
                   "0: a thread of the server).")
@click.option("--extract-timeout", type=click.FloatRange(0.5, 600), default=None, metavar="SECONDS",
              help="Time cap of one /api/extract (default 20).")
@click.option("--require-if-match", is_flag=True, envvar="CRONICA_WEB_REQUIRE_IF_MATCH",
              help="Reviews must send If-Match with the event's ETag (428 otherwise).")
@click.option("--add-user", metavar="NAME", help="Create a web user, print its token, and exit.")
@click.option("--remove-user", metavar="NAME", help="Delete a web user and exit.")
@click.option("--list-users", is_flag=True, help="List web users and exit.")
@fail_cleanly
def serve(db, host, port, token, private, tile_url, max_body, lexicons, allow_hosts, extract_workers,
          extract_timeout, require_if_match, add_user, remove_user, list_users) -> None:
    """Serve the REST API (/api, spec at /openapi.json) and the web page (/)."""
    from cronica.store import open_store
    from cronica.web import auth

    store = open_store(db)
    if add_user or remove_user or list_users:
        with store:
            if add_user:
                tok = auth.add_user(store.engine, add_user)
                click.echo(f"user {add_user} created; its token (shown once, keep it safe):", err=True)
                click.echo(tok)
            if remove_user:
                if not auth.remove_user(store.engine, remove_user):
                    raise auth.AuthError(f"no web user named {remove_user!r}")
                click.echo(f"user {remove_user} removed", err=True)
            if list_users:
                for name in auth.list_users(store.engine):
                    click.echo(name)
        return

    import uvicorn

    from cronica.web import WebSettings, create_app

    settings = WebSettings.from_env(db=db, token=token, tile_url=tile_url, max_body=max_body,
                                    lexicons=tuple(lexicons) or None)
    if private:
        settings.read_open = False
    if require_if_match:
        settings.require_if_match = True
    if extract_workers is not None:
        settings.extract_workers = extract_workers
    if extract_timeout is not None:
        settings.extract_timeout = extract_timeout
    settings.allowed_hosts = tuple(dict.fromkeys(
        (settings.allowed_hosts or ()) + (host,) + tuple(allow_hosts)))
    app = create_app(settings, store=store)
    writes = "shared token" if settings.token else "user tokens only"
    if not settings.token and not auth.list_users(store.engine):
        writes = "nobody (set CRONICA_TOKEN or add a user with --add-user)"
    click.echo(f"cronica serve: http://{host}:{port}/  (store {store.backend}; reading "
               f"{'open' if settings.read_open else 'needs a token'}; writing: {writes})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
