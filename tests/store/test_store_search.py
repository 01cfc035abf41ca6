"""Indexed text and actor search (migration 0004): accent- and case-insensitive,
every word of a text query a substring of the evidence, actor a substring of
actor1 or actor2 — the same answers on SQLite (FTS5 trigram) and PostgreSQL
(pg_trgm), checked against a plain Python reading of the rule on random data."""
from __future__ import annotations

import random

import pytest

from cronica.store import EventFilter
from cronica.store.search import fold, fold_reference, text_words
from storehelpers import doc, event, result

SENTENCES = [
    ("La emboscada contra la Policía Nacional dejó tres muertos en Pichari.",
     "Sendero Luminoso", "Policía Nacional del Perú"),
    ("Comuneros de Llochegua denunciaron un ATAQUE con explosivos al puesto militar.",
     "Grupo armado no identificado", "Ejército del Perú"),
    ("Un enfrentamiento entre soldados y narcotraficantes en Tocache; el 50% huyó.",
     "Ejército del Perú", "Narcotraficantes"),
    ("Protesta de transportistas en Lima por el alza del combustible \"sin diálogo\".",
     "Transportistas", None),
]


def _load(store):
    out = {}
    for i, (text, a1, a2) in enumerate(SENTENCES):
        d = doc(f"s{i}", text)
        ev = event(d, "attack", f"2015-0{i + 1}-10", "Lima", actor1=a1, actor2=a2)
        store.ingest([result(d, ev)])
        out[i] = ev.event_id
    return out


def _ids(store, **kw):
    rows, total = store.query_events(EventFilter(**kw), limit=1000)
    assert total == len(rows)
    return {r["event_id"] for r in rows}


def test_text_search_ignores_accents_and_case(store):
    ids = _load(store)
    for q in ("policia", "POLICÍA", "Policía", "polícia"):
        assert _ids(store, text=q) == {ids[0]}, q
    assert _ids(store, text="ataque") == {ids[1]}
    assert _ids(store, text="dialogo") == {ids[3]}
    assert _ids(store, text="emboscadas") == set()


def test_text_search_words_in_any_order_not_only_phrases(store):
    ids = _load(store)
    assert _ids(store, text="emboscada pichari") == {ids[0]}
    assert _ids(store, text="Pichari   EMBOSCADA") == {ids[0]}
    assert _ids(store, text="emboscada tocache") == set()
    assert _ids(store, text="en") == {ids[0], ids[1], ids[2], ids[3]}  # short word: scanned
    assert _ids(store, text="en tocache") == {ids[2]}
    assert _ids(store, text="Nacional dejó") == {ids[0]}


def test_text_search_special_characters_are_literal(store):
    ids = _load(store)
    assert _ids(store, text="50%") == {ids[2]}
    assert _ids(store, text="%") == {ids[2]}
    assert _ids(store, text="_") == set()
    assert _ids(store, text='"sin') == {ids[3]}
    assert _ids(store, text='diálogo"') == {ids[3]}
    assert _ids(store, text="AND OR NOT") == set()  # FTS5 syntax is not interpreted


def test_actor_filter_is_a_case_and_accent_insensitive_substring(store):
    ids = _load(store)
    assert _ids(store, actor="ejercito") == {ids[1], ids[2]}
    assert _ids(store, actor="EJÉRCITO DEL") == {ids[1], ids[2]}
    assert _ids(store, actor="sendero lum") == {ids[0]}
    assert _ids(store, actor="luminoso policia") == set()  # not across actor1 and actor2
    assert _ids(store, actor="per") == {ids[0], ids[1], ids[2]}
    assert _ids(store, actor="transportistas", text="combustible") == {ids[3]}


def test_review_edit_of_an_actor_is_searchable_at_once(store):
    ids = _load(store)
    store.review(ids[3], "edit", {"actor2": "Gobierno Regional de Lima"}, reason="fuente",
                 author="ana")
    assert _ids(store, actor="gobierno regional") == {ids[3]}
    store.review(ids[0], "edit", {"actor1": None}, reason="sin autor", author="ana")
    assert ids[0] not in _ids(store, actor="sendero")


def test_new_document_version_replaces_its_search_text(store):
    d = doc("v", "Atentado con dinamita en la carretera.")
    store.ingest([result(d, event(d))])
    d2 = doc("v", "Atentado con granadas en la carretera.")
    store.ingest([result(d2, event(d2))])
    assert len(_ids(store, text="dinamita")) == 0
    assert len(_ids(store, text="dinamita", include_superseded=True)) == 1
    assert len(_ids(store, text="granadas")) == 1


WORDS = ["Ayacucho", "ataque", "Ataqué", "policía", "POLICIA", "muertos", "niño", "Niños",
         "señor", "emboscada", "río", "Rio", "de", "en", "la", "Ejército", "militar",
         "militares", "ñandú", "Sendero", "50%", "a_b", "x"]
ACTORS = ["Sendero Luminoso", "Ejército del Perú", "Policía Nacional del Perú", "Comuneros",
          "Rondas campesinas", None]


@pytest.mark.parametrize("fts_max_hits", [20000, 0])
def test_search_equals_the_rule_on_random_data(store, monkeypatch, fts_max_hits):
    """fts_max_hits=0: every word counts as common, so SQLite tests rows by LIKE instead
    of the FTS index (the path taken for words matching many events)."""
    from cronica.store import repository

    monkeypatch.setattr(repository, "FTS_MAX_HITS", fts_max_hits)
    rng = random.Random(11)
    truth = {}
    batch = []
    for i in range(120):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))) + "."
        d = doc(f"r{i}", text)
        a1, a2 = rng.choice(ACTORS), rng.choice(ACTORS)
        ev = event(d, "attack", f"2014-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   "Lima", actor1=a1, actor2=a2)
        truth[ev.event_id] = (text, a1, a2)
        batch.append(result(d, ev))
    store.ingest(batch)
    for _ in range(60):
        q = " ".join(rng.choice(WORDS)[:rng.randint(1, 8)] for _ in range(rng.randint(1, 3)))
        want = {e for e, (t, _, _) in truth.items() if all(w in fold(t) for w in text_words(q))}
        assert _ids(store, text=q) == want, q
        assert _ids(store, text=q, since="2014-01-01") == want, q  # narrowed: may test rows
    for _ in range(30):
        a = rng.choice([x for x in ACTORS if x])
        i = rng.randrange(len(a))
        q = a[i:i + rng.randint(2, 12)].upper()
        want = {e for e, (_, a1, a2) in truth.items() if fold(q) and
                any(x and fold(q) in fold(x) for x in (a1, a2))}
        assert _ids(store, actor=q) == want, q
        assert _ids(store, actor=q, type="attack") == want, q


@pytest.mark.parametrize("by", ["month", "type"])
def test_search_filters_combine_with_stats_and_incidents(store, by):
    ids = _load(store)
    rows = store.stats(by, EventFilter(text="policia"))
    assert sum(r["events"] for r in rows) == 1
    incs, total = store.incidents(EventFilter(actor="ejército"))
    assert total == 2 and ids


def test_fold_by_character_table_equals_whole_string_decomposition():
    # fold() strips marks through a per-character table (fast); it must give exactly
    # what decomposing the whole string and dropping combining marks gives
    chars = [chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if fold(c) != fold_reference(c)] == []
    rng = random.Random(5)
    pool = chars[:0x2000] + ["\u0301", "\u0303", "\u0327", "n\u0303", " ", "\t", "ǅ", "ﬁ", "Å"]
    for _ in range(5000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert fold(s) == fold_reference(s), s
    assert fold("  Ñandú  ÉXITO\tcañón ") == "nandu exito canon"


def test_search_index_follows_batches_new_versions_and_edits(store):
    """The SQLite text index is filled once per ingest batch by the store (0010: no
    per-row trigger). After batches of several sizes, new versions of documents and
    actor edits, the index equals the events table (FTS5 integrity-check against its
    content, in consistency_problems) and every search answers by the rule."""
    from storehelpers import consistency_problems

    rng = random.Random(3)
    truth: dict[str, tuple[str, str, str]] = {}

    def ingest(ids, suffix, batch_size):
        batch = []
        for i in ids:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7))) + f" {suffix}."
            d = doc(f"v{i}", text)
            a1, a2 = rng.choice(ACTORS[:-1]), rng.choice(ACTORS[:-1])
            ev = event(d, "attack", f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       "Lima", actor1=a1, actor2=a2)
            batch.append(result(d, ev))
            truth[f"v{i}"] = (ev.event_id, text, a1, a2)
        store.ingest(batch, batch_size=batch_size)

    ingest(range(40), "primera", 7)
    ingest(range(40, 45), "primera", 1)
    ingest(range(0, 40, 3), "corregida", 4)  # new versions: old events leave the searches
    edited = [truth[f"v{i}"][0] for i in range(1, 40, 5)]
    for eid in edited:
        store.review(eid, "edit", {"actor1": "Rondas campesinas"}, reason="prueba", author="ana")
    current = {}
    for key, (eid, text, a1, a2) in truth.items():
        current[eid] = (text, "Rondas campesinas" if eid in edited else a1, a2)
    assert consistency_problems(store.url) == []
    for q in ["corregida", "primera", "emboscada", "militar", "policia muertos", "nandu"]:
        want = {e for e, (t, _, _) in current.items() if all(w in fold(t) for w in text_words(q))}
        assert _ids(store, text=q) == want, q
    for q in ["rondas", "SENDERO", "ejercito del"]:
        want = {e for e, (_, a1, a2) in current.items() if any(x and fold(q) in fold(x) for x in (a1, a2))}
        assert _ids(store, actor=q) == want, q
