"""`cronica db upgrade|status [--db URL]`: schema migrations of the store."""
from __future__ import annotations

import click

from cronica.cli.storeopts import db_option, fail_cleanly


@click.group()
def db() -> None:
    """Manage the store's database schema."""


@db.command()
@db_option
@fail_cleanly
def upgrade(db) -> None:
    """Create or migrate the database to this Cronica's schema."""
    from cronica.store import upgrade as do_upgrade
    from cronica.store.repository import _redact, normalise_url

    before, head = do_upgrade(db)
    where = _redact(normalise_url(db))
    if before == head:
        click.echo(f"{where}: schema already at {head}")
    else:
        click.echo(f"{where}: schema {before or 'empty'} → {head}")


@db.command()
@db_option
@fail_cleanly
def status(db) -> None:
    """Show the database's schema version and this Cronica's."""
    from sqlalchemy.exc import SQLAlchemyError

    from cronica.errors import StoreError
    from cronica.store.repository import _redact, make_engine, normalise_url, schema_state

    from cronica.store.repository import check_location

    check_location(db, create=False)  # a status never creates the database it reports on
    url = normalise_url(db)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            state, cur, head = schema_state(conn)
    except SQLAlchemyError as exc:
        raise StoreError(f"{_redact(url)}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None
    finally:
        engine.dispose()
    click.echo(f"{_redact(url)}: {state} (database {cur or '-'}, this Cronica {head})")
