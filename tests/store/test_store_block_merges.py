"""Block merges kept in ``block_merges`` (0012, issue 13 item 8): when a new report
links two dedup blocks, the absorbed block's stored reports keep their ``block_id``
(one row in ``block_merges`` instead of a rewrite of each), and every later
re-clustering resolves it — the incidents stay the same whatever the order, also after
a block splits again and an absorbed block's id comes back."""
from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from cronica.store import EventFilter
from storehelpers import consistency_problems, doc, event, result, x_report, y_report, z_report

# storehelpers' two clashes across a department border (x, y: never one incident) and a
# report that agrees with each (z: it joins x and links the two blocks); and a later
# report that agrees with y only (its perpetrator and toll)
W_DOC = doc("w", "Texto propio W: el grupo que hostigó a los soldados cerca de Llochegua dejó un muerto.")


# a report of y's perpetrator and toll, too late to be y's incident (no link at first), and
# a later report that gives only the month: it agrees with p and with y
P_DOC = doc("p", "Texto propio P: tres semanas después, el mismo grupo volvió a atacar en Llochegua; un muerto.")
Q_DOC = doc("q", "Texto propio Q: en mayo hubo un ataque en Llochegua, sin más detalles.")


def w_report():
    return result(W_DOC, event(W_DOC, "attack", place="Llochegua",
                               actor1="Movimiento Revolucionario Túpac Amaru", killed=1))


def p_report():
    return result(P_DOC, event(P_DOC, "attack", date="2012-05-20", place="Llochegua",
                               actor1="Movimiento Revolucionario Túpac Amaru", killed=1))


def q_report():
    return result(Q_DOC, event(Q_DOC, "attack", date="2012-05", place="Llochegua", actor1=None))


REPORTS = {"x": x_report, "y": y_report, "z": z_report, "w": w_report, "p": p_report, "q": q_report}


def stored(store) -> dict[str, tuple[int, int, int]]:
    """{doc_id: (incident_pk, stored block_id, block now)} of the current reports."""
    with store.engine.connect() as c:
        return {d: (i, b, now) for d, i, b, now in c.execute(text(
            "SELECT e.doc_id, e.incident_pk, e.block_id, coalesce(m.into_block, e.block_id) "
            "FROM events e LEFT JOIN block_merges m ON m.block_id = e.block_id "
            "WHERE e.is_current AND e.status != 'rejected'"))}


def merges(store) -> dict[int, int]:
    with store.engine.connect() as c:
        return dict(c.execute(text("SELECT block_id, into_block FROM block_merges")).all())


def partition(store) -> set[frozenset[str]]:
    groups: dict[int, set] = {}
    for e in store.iter_events():
        groups.setdefault(e["incident_id"], set()).add(e["doc_id"])
    return {frozenset(g) for g in groups.values()}


def event_id(store, doc_id: str) -> str:
    return store.query_events(EventFilter(doc_id=doc_id))[0][0]["event_id"]


def test_a_merge_of_blocks_does_not_rewrite_the_absorbed_reports(store):
    store.ingest([x_report()])
    store.ingest([y_report()])
    before = stored(store)
    assert before["x"][2] != before["y"][2]  # two blocks
    store.ingest([z_report()])
    after = stored(store)
    # z joined x's incident; y's incident is unchanged, and so is its stored row:
    # its block merged into x's (the smaller id) through one row of block_merges
    assert after["z"][0] == after["x"][0] != after["y"][0] == before["y"][0]
    assert after["y"][1] == before["y"][1]
    assert merges(store) == {before["y"][1]: before["x"][1]}
    assert after["x"][2] == after["y"][2] == after["z"][2] == before["x"][1]
    assert not consistency_problems(store.url)


def test_a_report_linked_to_an_absorbed_block_reclusters_the_whole_block(store):
    for k in "xyz":
        store.ingest([REPORTS[k]()])
    assert merges(store)
    # w agrees with y only; y's stored block id is the absorbed one: w's block is the
    # merged block, with every report of it
    store.ingest([w_report()])
    after = stored(store)
    assert len({v[2] for v in after.values()}) == 1
    assert partition(store) == {frozenset("xz"), frozenset("yw")}
    assert not consistency_problems(store.url)


def test_a_split_gives_the_absorbed_block_its_own_id_back(store):
    for k in "xyz":
        store.ingest([REPORTS[k]()])
    absorbed = next(iter(merges(store)))
    # without z nothing links the two clashes: the block splits in two, and y's block is
    # again its own id (its merge written back, the row dropped)
    store.review(event_id(store, "z"), "reject", reason="no ocurrió", author="ana")
    after = stored(store)
    assert after["x"][2] != after["y"][2]
    assert after["y"][1] == after["y"][2] == absorbed
    assert merges(store) == {}
    assert not consistency_problems(store.url)
    # and z back (accepted) links them again
    store.review(event_id(store, "z"), "accept", author="ana")
    again = stored(store)
    assert len({v[2] for v in again.values()}) == 1
    assert partition(store) == {frozenset("xz"), frozenset("y")}
    assert not consistency_problems(store.url)


def test_a_merged_block_that_merges_again_keeps_the_table_flat(store):
    for k in "pxyz":  # p founds block 1; z links x's block and y's: y's merges into x's
        store.ingest([REPORTS[k]()])
    before = stored(store)
    assert merges(store) == {before["y"][1]: before["x"][1]}
    store.ingest([q_report()])  # q links p's block with x's (which holds y's)
    after = stored(store)
    p_block = before["p"][1]
    assert merges(store) == {before["x"][1]: p_block, before["y"][1]: p_block}
    assert {k: v[1] for k, v in after.items() if k != "q"} == {k: v[1] for k, v in before.items()}
    assert {v[2] for v in after.values()} == {p_block}
    assert not consistency_problems(store.url)


def _wipe(store) -> None:
    with store.engine.begin() as c:
        for t in ("incident_pins", "event_revisions", "incident_links", "events", "incidents",
                  "documents", "stats_month", "block_merges"):
            c.execute(text(f"DELETE FROM {t}"))


@pytest.mark.parametrize("batch", [1, 2])
def test_merged_blocks_give_the_same_incidents_in_every_order(store, batch):
    seen = set()
    for order in itertools.permutations("xyzw"):
        _wipe(store)
        store.ingest([REPORTS[k]() for k in order], batch_size=batch)
        seen.add(frozenset(partition(store)))
        assert not consistency_problems(store.url), order
    assert seen == {frozenset({frozenset("xz"), frozenset("yw")})}


@pytest.mark.parametrize("order", ["pxyzq", "qzyxp", "yqpzx", "zpqxy"])
def test_chained_merges_give_the_same_incidents_in_any_order(store, order):
    for k in order:
        store.ingest([REPORTS[k]()])
    assert not consistency_problems(store.url)
    assert partition(store) == _one_batch_partition(store)


def _one_batch_partition(store) -> set[frozenset[str]]:
    """The incidents of the same reports ingested at once into an empty store."""
    _wipe(store)
    store.ingest([REPORTS[k]() for k in "pqxyz"], batch_size=5)
    return partition(store)
