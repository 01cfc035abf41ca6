"""Fixtures for these tests: ``db_url`` and ``store`` on SQLite and PostgreSQL
(defined once, in tests/store/storehelpers.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from storehelpers import db_url, store  # noqa: E402,F401  (pytest fixtures)
