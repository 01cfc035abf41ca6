"""Fixtures for the store and export tests: every test that takes ``db_url`` or
``store`` runs on SQLite (always) and on PostgreSQL when ``CRONICA_TEST_PG_URL``
points at a server (``.ci/run`` starts one); each PostgreSQL test gets its own
schema, dropped afterwards."""
from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from storehelpers import pg_schema_url, drop_pg_schema  # noqa: E402

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cronica.db'}"
        return
    base = os.environ.get("CRONICA_TEST_PG_URL")
    if not base:
        pytest.skip("CRONICA_TEST_PG_URL not set (PostgreSQL tests run in .ci/run)")
    schema = "t_" + uuid.uuid4().hex[:12]
    url = pg_schema_url(base, schema)
    yield url
    drop_pg_schema(base, schema)


@pytest.fixture
def store(db_url):
    from cronica.store import open_store

    s = open_store(db_url)
    yield s
    s.close()
