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
from storehelpers import consistency_problems, doc, event, result

# Two clashes a few kilometres apart across a department border, on the same day, with
# different perpetrators and tolls (never one incident), and a report naming neither
# perpetrator nor toll that agrees with each: it joins one of them and links the blocks.
A_DOC = doc("a", "Texto propio A: una columna emboscó a militares en Pichari; murieron cuatro.")
B_DOC = doc("b", "Texto propio B: otro grupo armado atacó una base cerca de Llochegua; un muerto.")
C_DOC = doc("c", "Texto propio C: hubo un ataque contra una patrulla en la zona del río.")
# a later report that agrees with B only (its perpetrator and toll)
D_DOC = doc("d", "Texto propio D: el grupo que atacó la base de Llochegua dejó un muerto.")


def a_report():
    return result(A_DOC, event(A_DOC, "attack", place="Pichari", actor1="Sendero Luminoso", killed=4))


def b_report():
    return result(B_DOC, event(B_DOC, "attack", place="Llochegua",
                               actor1="Movimiento Revolucionario Túpac Amaru", killed=1))


def c_report():
    return result(C_DOC, event(C_DOC, "attack", place="Pichari", actor1=None))


def d_report():
    return result(D_DOC, event(D_DOC, "attack", place="Llochegua",
                               actor1="Movimiento Revolucionario Túpac Amaru", killed=1))


REPORTS = {"a": a_report, "b": b_report, "c": c_report, "d": d_report}


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
    store.ingest([a_report()])
    store.ingest([b_report()])
    before = stored(store)
    assert before["a"][2] != before["b"][2]  # two blocks
    store.ingest([c_report()])
    after = stored(store)
    # C joined A's incident; B's incident is unchanged, and so is its stored row:
    # its block merged into A's (the smaller id) through one row of block_merges
    assert after["c"][0] == after["a"][0] != after["b"][0] == before["b"][0]
    assert after["b"][1] == before["b"][1]
    assert merges(store) == {before["b"][1]: before["a"][1]}
    assert after["a"][2] == after["b"][2] == after["c"][2] == before["a"][1]
    assert not consistency_problems(store.url)


def test_a_report_linked_to_an_absorbed_block_reclusters_the_whole_block(store):
    for k in "abc":
        store.ingest([REPORTS[k]()])
    assert merges(store)
    # D agrees with B only; B's stored block id is the absorbed one: D's block is the
    # merged block, with every report of it
    store.ingest([d_report()])
    after = stored(store)
    assert len({v[2] for v in after.values()}) == 1
    assert partition(store) == {frozenset("ac"), frozenset("bd")}
    assert not consistency_problems(store.url)


def test_a_split_gives_the_absorbed_block_its_own_id_back(store):
    for k in "abc":
        store.ingest([REPORTS[k]()])
    absorbed = next(iter(merges(store)))
    # without C nothing links the two clashes: the block splits in two, and B's block is
    # again its own id (its merge written back, the row dropped)
    store.review(event_id(store, "c"), "reject", reason="no ocurrió", author="ana")
    after = stored(store)
    assert after["a"][2] != after["b"][2]
    assert after["b"][1] == after["b"][2] == absorbed
    assert merges(store) == {}
    assert not consistency_problems(store.url)
    # and C back (accepted) links them again
    store.review(event_id(store, "c"), "accept", author="ana")
    again = stored(store)
    assert len({v[2] for v in again.values()}) == 1
    assert partition(store) == {frozenset("ac"), frozenset("b")}
    assert not consistency_problems(store.url)


def _wipe(store) -> None:
    with store.engine.begin() as c:
        for t in ("incident_pins", "event_revisions", "incident_links", "events", "incidents",
                  "documents", "stats_month", "block_merges"):
            c.execute(text(f"DELETE FROM {t}"))


@pytest.mark.parametrize("batch", [1, 2])
def test_merged_blocks_give_the_same_incidents_in_every_order(store, batch):
    seen = set()
    for order in itertools.permutations("abcd"):
        _wipe(store)
        store.ingest([REPORTS[k]() for k in order], batch_size=batch)
        seen.add(frozenset(partition(store)))
        assert not consistency_problems(store.url), order
    assert seen == {frozenset({frozenset("ac"), frozenset("bd")})}
