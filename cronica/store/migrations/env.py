"""Alembic environment for the Cronica store.

Run through ``cronica db upgrade`` / ``cronica.store.upgrade(url)``, which pass the
connection in ``config.attributes["connection"]``; no alembic.ini is needed.
"""
from __future__ import annotations

from alembic import context

from cronica.store.schema import Base, include_name

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            context.configure(connection=conn, target_metadata=target_metadata,
                              render_as_batch=True, include_name=include_name)
            context.run_migrations()
        engine.dispose()
        return
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=target_metadata, literal_binds=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
