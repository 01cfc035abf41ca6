"""Fixtures of the web tests: a store with synthetic events and a TestClient over it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

TOKEN = "test-token-123"


@pytest.fixture
def web_store(tmp_path):
    from cronica.store import open_store
    from webhelpers import populate

    store = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    store.ids = populate(store)
    yield store
    store.close()


@pytest.fixture
def client(web_store):
    from fastapi.testclient import TestClient

    from cronica.web import WebSettings, create_app

    app = create_app(WebSettings(token=TOKEN), store=web_store)
    with TestClient(app) as c:
        c.ids = web_store.ids
        yield c


@pytest.fixture
def auth():
    return {"Authorization": f"Bearer {TOKEN}"}
