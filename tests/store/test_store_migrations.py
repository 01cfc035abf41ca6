"""Schema versions: new databases are created at head, the migrated schema equals
the models, older schemas need `cronica db upgrade`, unknown ones are refused."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cronica.errors import SchemaVersionError
from cronica.store import open_store, upgrade
from cronica.store.repository import _alembic_config, _script, _write_tx, make_engine, schema_state
from storehelpers import doc, event, result


def _state(url):
    eng = make_engine(url)
    with eng.connect() as c:
        st = schema_state(c)
    eng.dispose()
    return st


def test_new_database_is_created_at_head(db_url):
    open_store(db_url).close()
    state, cur, head = _state(db_url)
    assert state == "current" and cur == head == _script().get_current_head()


def test_migrated_schema_matches_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from cronica.store.schema import Base, include_name

    open_store(db_url).close()
    eng = make_engine(db_url)
    with eng.connect() as c:
        diff = compare_metadata(MigrationContext.configure(
            c, opts={"compare_type": True, "include_name": include_name}), Base.metadata)
    eng.dispose()
    assert diff == []


def _migrate_to(url, rev):
    from alembic import command

    eng = make_engine(url)
    with _write_tx(eng) as c:
        command.upgrade(_alembic_config(c), rev)
    eng.dispose()


def test_older_schema_needs_upgrade_then_works(db_url):
    _migrate_to(db_url, "0001")
    with pytest.raises(SchemaVersionError, match="cronica db upgrade"):
        open_store(db_url)
    before, head = upgrade(db_url)
    assert before == "0001" and head == _script().get_current_head()
    s = open_store(db_url)
    a = doc("a", "Texto propio para la migración.")
    assert s.ingest([result(a, event(a))]).events_added == 1
    s.close()


def test_cli_db_upgrade_migrates(db_url):
    from cronica.cli.main import cli

    _migrate_to(db_url, "0001")
    runner = CliRunner()
    r = runner.invoke(cli, ["db", "status", "--db", db_url])
    assert r.exit_code == 0 and "older" in r.output
    r = runner.invoke(cli, ["db", "upgrade", "--db", db_url])
    assert r.exit_code == 0, r.output
    assert f"0001 → {_script().get_current_head()}" in r.output
    r = runner.invoke(cli, ["db", "upgrade", "--db", db_url])
    assert "already at" in r.output
    assert _state(db_url)[0] == "current"


def test_unknown_newer_schema_is_refused_clearly(db_url):
    open_store(db_url).close()
    eng = make_engine(db_url)
    with _write_tx(eng) as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    eng.dispose()
    with pytest.raises(SchemaVersionError) as exc:
        open_store(db_url)
    msg = str(exc.value)
    assert "f00dcafe" in msg and "newer" in msg and "\n" not in msg
    from cronica.cli.main import cli

    r = CliRunner().invoke(cli, ["events", "--db", db_url, "--format", "jsonl"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    with pytest.raises(SchemaVersionError):
        upgrade(db_url)


def test_foreign_tables_without_version_are_not_touched(db_url):
    eng = make_engine(db_url)
    with _write_tx(eng) as c:
        c.execute(text("CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT)"))
    eng.dispose()
    with pytest.raises(SchemaVersionError, match="no schema version"):
        open_store(db_url)
