"""`stats --by month` over the whole store reads the monthly summary (migration
0004), kept in the write transaction of ingests and reviews. It must equal the
plain GROUP BY over the events after any mix of writes."""
from __future__ import annotations

import random

from sqlalchemy import text

from cronica.store import EventFilter, open_store
from cronica.store.repository import make_engine
from storehelpers import PLACES, doc, event, result

TYPES = ["attack", "armed_clash", "killing", "arrest", "protest"]


def _random_result(rng, doc_id, version):
    d = doc(doc_id, f"Texto {doc_id} versión {version}. " + "relleno " * 20)
    evs = []
    for k in range(rng.randint(0, 3)):
        y, m = rng.choice([2011, 2012]), rng.randint(1, 12)
        date = rng.choice([f"{y}-{m:02d}-{rng.randint(1, 28):02d}", f"{y}-{m:02d}", str(y), None])
        evs.append(event(d, rng.choice(TYPES), date, rng.choice(list(PLACES) + [None]),
                         killed=rng.choice([None, 0, 1, 2, 5]),
                         wounded=rng.choice([None, 0, 3]), start=k, end=k + 10))
    return result(d, *evs)


def _check(store):
    assert store.stats("month") == store.stats("month", summary=False)


def test_month_summary_equals_group_by_after_random_writes(store):
    rng = random.Random(5)
    for round_ in range(4):
        batch = [_random_result(rng, f"d{rng.randrange(40)}", round_) for _ in range(25)]
        store.ingest(batch, batch_size=rng.choice([1, 7, 25]))
        _check(store)
        rows, _ = store.query_events(EventFilter(), limit=1000)
        for r in rng.sample(rows, min(12, len(rows))):
            action = rng.choice(["accept", "reject", "edit", "edit"])
            if action != "edit":
                store.review(r["event_id"], action, author="ana")
                continue
            fields = rng.choice([{"killed": rng.randint(0, 9)}, {"wounded": None},
                                 {"date": rng.choice(["2013-02-02", "2012-07", "2010", None])},
                                 {"date": "2011-03-03", "killed": 4, "wounded": 1}])
            store.review(r["event_id"], "edit", fields, reason="revisión", author="ana")
        _check(store)
    # by incident: the reports of the incidents, i.e. every current event not rejected
    rejected = store.query_events(EventFilter(status="rejected"), limit=0)[1]
    assert sum(r["events"] for r in store.stats("month")) == store.counts()["events"] - rejected
    assert len(store.stats("month")) > 5


def test_filtered_month_stats_do_not_use_the_summary(store):
    rng = random.Random(9)
    store.ingest([_random_result(rng, f"d{i}", 0) for i in range(30)])
    whole = {r["key"]: r["events"] for r in store.stats("month")}
    lima = {r["key"]: r["events"] for r in store.stats("month", EventFilter(admin1="Lima"))}
    assert sum(lima.values()) < sum(whole.values())
    assert all(lima[k] <= whole[k] for k in lima)


def test_upgrade_from_0003_backfills_search_keys_and_summary(db_url):
    from alembic import command

    from cronica.store.repository import _alembic_config, _write_tx

    rng = random.Random(3)
    s = open_store(db_url)
    s.ingest([_random_result(rng, f"d{i}", 0) for i in range(20)])
    d = doc("p", "Ataque a la comisaría de Pichari.")
    s.ingest([result(d, event(d))])
    before = s.stats("month")
    s.close()
    eng = make_engine(db_url)
    with _write_tx(eng) as c:
        command.downgrade(_alembic_config(c), "0003")
    with eng.connect() as c:
        cols = [r[1] for r in c.execute(text("PRAGMA table_info(events)"))] \
            if c.dialect.name == "sqlite" else []
        assert "search_text" not in cols
    eng.dispose()
    s = open_store(db_url, upgrade=True)
    assert s.stats("month") == before == s.stats("month", summary=False)
    rows, total = s.query_events(EventFilter(text="COMISARIA pichari"))
    assert total == 1 and rows[0]["doc_id"] == "p"
    s.close()
