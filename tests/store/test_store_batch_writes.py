"""The store's batch writes store what SQLAlchemy's own statements store (issue 13 item 8:
PostgreSQL updates many incidents in one statement, their rows as one JSON parameter;
SQLite through the DB-API with each column's bind processor)."""
from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import select, update

from cronica.store.repository import INCIDENT_FIELDS, INCIDENTS, _bulk_insert, _next_pks, _update_many, _write_tx

COLS = INCIDENT_FIELDS + ("updated_at",)


def _values(k: int) -> dict:
    """Awkward values for every incident column: quotes, backslashes, accents, emoji,
    empty strings, None, long floats, non-finite floats, dates at the ends of the range."""
    texts = ["O'Higgins \\ \"Ñuñoa\"", "", None, "Cañón del Pato 🕊", "a\nb\tc", "x" * 300]
    floats = [-12.123456789012345, 0.1 + 0.2, None, 1e-300, float("nan"), float("inf")]
    ints = [0, -1, 2_000_000_000, None, 7, 35]
    dates = [dt.date(1, 1, 1), dt.date(9999, 12, 31), None, dt.date(2024, 2, 29), dt.date(1990, 1, 1),
             dt.date(2020, 6, 15)]
    out = {}
    for n, c in enumerate(COLS):
        typ = INCIDENTS.c[c].type.python_type
        i = (k + n) % 6
        if c == "updated_at":
            out[c] = dt.datetime(2026, 12, 4, 3, 0, 1, 123456 + k)
        elif c in ("n_events", "n_documents"):
            out[c] = ints[i] or 0
        elif c == "month":
            out[c] = ["2024-02", "", None, "1990-01", "2020-06", "9999-12"][i]
        elif typ is str:
            cap = INCIDENTS.c[c].type.length  # (a value must fit its column; see the next test)
            out[c] = texts[i][:cap] if texts[i] and cap else texts[i]
        elif typ is float:
            out[c] = floats[i]
        elif typ is int:
            out[c] = ints[i]
        elif typ is dt.date:
            out[c] = dates[i]
        else:
            raise AssertionError(f"no test value for {c} ({typ})")
    return out


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b and type(a) is type(b)


def test_batch_update_of_incidents_stores_what_update_stores(store):
    rows = [_values(k) for k in range(12)]
    now = dt.datetime(2026, 1, 1)
    with _write_tx(store.engine) as conn:
        pks = _next_pks(conn, INCIDENTS, 2 * len(rows))
        _bulk_insert(conn, INCIDENTS, [{"pk": k, "n_events": 0, "n_documents": 0, "created_at": now,
                                        "updated_at": now} for k in pks])
        mine, theirs = pks[:len(rows)], pks[len(rows):]
        _update_many(conn, INCIDENTS, COLS, [{**r, "b_pk": k} for r, k in zip(rows, mine)])
        for r, k in zip(rows, theirs):
            conn.execute(update(INCIDENTS).where(INCIDENTS.c.pk == k).values(**r))
    with store.engine.connect() as conn:
        got = {r.pk: r._mapping for r in conn.execute(select(INCIDENTS).where(INCIDENTS.c.pk.in_(pks)))}
    checked = 0
    for r, a, b in zip(rows, mine, theirs):
        for c in COLS:
            assert _same(got[a][c], got[b][c]), (c, r[c], got[a][c], got[b][c])
            checked += 1
        assert got[a]["created_at"] == now
    assert checked == len(rows) * len(COLS)
    # the values did go in (not both left at their defaults)
    assert {got[k]["admin1"] for k in mine} >= {"O'Higgins \\ \"Ñuñoa\"", "Cañón del Pato 🕊"}
    assert -12.123456789012345 in {got[k]["latitude"] for k in mine}
    if store.backend == "postgresql":  # (SQLite stores NaN as NULL, on both paths alike)
        assert any(isinstance(got[k]["latitude"], float) and math.isnan(got[k]["latitude"]) for k in mine)


def test_batch_update_of_nothing_sends_nothing(store):
    with _write_tx(store.engine) as conn:
        _update_many(conn, INCIDENTS, COLS, [])


def test_batch_update_refuses_a_value_too_long_for_its_column_as_update_does(store):
    """PostgreSQL enforces VARCHAR(n): the batch must fail as update() fails, never cut."""
    import pytest
    from sqlalchemy.exc import DBAPIError

    if store.backend != "postgresql":
        pytest.skip("SQLite does not enforce VARCHAR lengths")
    row = {**_values(0), "type": "y" * 40}
    for batch in (True, False):
        with pytest.raises(DBAPIError, match="too long"):
            with _write_tx(store.engine) as conn:
                (k,) = _next_pks(conn, INCIDENTS, 1)
                _bulk_insert(conn, INCIDENTS, [{"pk": k, "n_events": 0, "n_documents": 0,
                                                "created_at": dt.datetime(2026, 1, 1),
                                                "updated_at": dt.datetime(2026, 1, 1)}])
                if batch:
                    _update_many(conn, INCIDENTS, COLS, [{**row, "b_pk": k}])
                else:
                    conn.execute(update(INCIDENTS).where(INCIDENTS.c.pk == k).values(**row))
