"""Issue 13 in the store: reviews survive new versions of a document (2), a URL that
differs by tracking parameters is the same document (2), NUL text is stored as the
readers give it (14), --admin1 folds case and accents (14), a year-precision event
is not counted under January (14). SQLite and PostgreSQL."""
from __future__ import annotations

import io
import json

from cronica.export import write
from cronica.store import EventFilter
from storehelpers import doc, event, result

S1 = "Un ataque de Sendero Luminoso dejó tres militares muertos en Pichari el jueves."
S2 = "La columna fue vista cerca de Llochegua según los pobladores de la zona."
S3 = "Otro atentado mató a un policía en Tocache durante la noche del viernes."
NOTE = "(Actualizado a las 18:00) "
URL = "https://diario.example/politica/ataque-pichari"


def _version(text, sentences, url=URL, killed1=3):
    """A document and its events, one per sentence found in ``text``."""
    d = doc("nota-1", text, url=url)
    evs = []
    specs = {S1: ("attack", "2012-05-03", "Pichari", killed1),
             S2: ("ambush", "2012-05-03", "Llochegua", None),
             S3: ("killing", "2012-05-04", "Tocache", 1)}
    for s in sentences:
        start = text.index(s)
        typ, date, place, killed = specs[s]
        evs.append(event(d, typ, date, place, killed=killed, start=start, end=start + len(s)))
    return d, evs


def _by_evidence(store, sentence, **kw):
    rows, _ = store.query_events(EventFilter(text=sentence.split()[1] + " " + sentence.split()[-2], **kw),
                                 limit=10)
    rows = [r for r in rows if r["evidence"] == sentence]
    assert len(rows) == 1, rows
    return store.get_event(rows[0]["event_id"])


def _exported_ids(store):
    buf = io.StringIO()
    write(store, "jsonl", out=buf)
    return {json.loads(l)["event_id"] for l in buf.getvalue().splitlines() if l.strip()}


def test_edits_rejects_and_accepts_survive_changed_text_and_urls(store):
    text1 = " ".join((S1, S2, S3))
    d1, (e1, e2, e3) = _version(text1, (S1, S2, S3))
    store.ingest([result(d1, e1, e2, e3)])
    inc3 = store.get_event(e3.event_id)["incident_id"]
    store.review(e1.event_id, "edit", {"killed": 4, "actor2": "Ejército"}, reason="parte oficial: 4", author="ana")
    store.review(e2.event_id, "reject", reason="no es un ataque, solo un avistamiento", author="luis")
    store.review(e3.event_id, "accept", author="ana")

    # 1. The same article with an update note: every offset moves, every event id changes.
    text2 = NOTE + text1
    d2, news = _version(text2, (S1, S2, S3))
    s = store.ingest([result(d2, *news)])
    assert s.documents_updated == 1 and s.reviews_carried == 3
    assert s.reviews_flagged == 0 and s.reviews_not_found == 0
    assert len(s.warnings) == 3 and all("carried the review" in w for w in s.warnings)
    assert "reviews of updated documents: 3 carried" in s.line()
    g1, g2, g3 = (_by_evidence(store, x) for x in (S1, S2, S3))
    assert {g1["event_id"], g2["event_id"], g3["event_id"]}.isdisjoint({e1.event_id, e2.event_id, e3.event_id})
    assert g1["status"] == "edited" and g1["killed"] == 4 and g1["actor2"] == "Ejército"
    assert g2["status"] == "rejected"
    assert g3["status"] == "accepted" and g3["incident_id"] == inc3
    assert not any(g["needs_review"] for g in (g1, g2, g3))
    # every decision is in the new event's history, with its author and reason
    h1 = [(h["action"], h["author"], h["reason"]) for h in g1["history"]]
    assert ("edit", "ana", "parte oficial: 4") in h1 and h1[-1][0] == "carry"
    assert g1["machine"]["killed"] == 3  # the machine coding of the new text is kept
    assert ("reject", "luis", "no es un ataque, solo un avistamiento") in [
        (h["action"], h["author"], h["reason"]) for h in g2["history"]]
    assert "accept" in [h["action"] for h in g3["history"]]
    # the rejected false positive stays out of the exports
    exported = _exported_ids(store)
    assert g2["event_id"] not in exported and g1["event_id"] in exported

    # 2. The same text again under a URL with tracking parameters: the same document.
    d3, news3 = _version(text2, (S1, S2, S3), url=URL + "?utm_source=twitter&utm_medium=social#comentarios")
    s = store.ingest([result(d3, *news3)])
    assert s.documents_unchanged == 1 and s.documents_updated == 0
    assert _by_evidence(store, S1)["status"] == "edited"

    # 3. A correction: the toll changes and the false positive's sentence is gone.
    s1b = S1.replace("tres", "cinco")
    text4 = NOTE + " ".join((s1b, S3)) + " Las autoridades no dieron más detalles."
    d4 = doc("nota-1", text4, url=URL)
    n1 = event(d4, "attack", "2012-05-03", "Pichari", killed=5, start=text4.index(s1b),
               end=text4.index(s1b) + len(s1b))
    n3 = event(d4, "killing", "2012-05-04", "Tocache", killed=1, start=text4.index(S3),
               end=text4.index(S3) + len(S3))
    s = store.ingest([result(d4, n1, n3)])
    assert s.documents_updated == 1
    assert (s.reviews_carried, s.reviews_flagged, s.reviews_not_found) == (1, 1, 1)
    assert any("not found" in w and g2["event_id"] in w for w in s.warnings)
    c1 = store.get_event(n1.event_id)
    # the analyst said 4, the new text says 5: the edit is not applied, the event needs a look
    assert c1["killed"] == 5 and c1["needs_review"] and c1["status"] == "edited"
    assert c1["actor2"] == "Ejército"  # the edit the new text does not contradict is kept
    carry = c1["history"][-1]
    assert carry["action"] == "carry" and carry["fields"]["conflicts"]["killed"]["analyst"] == 4
    assert ("edit", "ana", "parte oficial: 4") in [(h["action"], h["author"], h["reason"]) for h in c1["history"]]
    assert store.get_event(n3.event_id)["status"] == "accepted"
    # the lost rejection stays in the superseded event's history
    old2 = store.get_event(g2["event_id"])
    assert old2["superseded"] and old2["status"] == "rejected"
    flagged, n = store.query_events(EventFilter(needs_review=True))
    assert n == 1 and flagged[0]["event_id"] == n1.event_id
    # the mark survives a further version that changes nothing about the event
    text5 = text4 + " Fin."
    d5 = doc("nota-1", text5, url=URL)
    m1 = event(d5, "attack", "2012-05-03", "Pichari", killed=5, start=n1.evidence.start, end=n1.evidence.end)
    m3 = event(d5, "killing", "2012-05-04", "Tocache", killed=1, start=n3.evidence.start, end=n3.evidence.end)
    store.ingest([result(d5, m1, m3)])
    c5 = store.get_event(m1.event_id)
    assert c5["needs_review"] and c5["killed"] == 5 and c5["actor2"] == "Ejército"
    assert ("edit", "ana", "parte oficial: 4") in [(h["action"], h["author"], h["reason"]) for h in c5["history"]]
    n1 = m1
    # a new review clears the mark
    store.review(n1.event_id, "accept", author="ana")
    assert not store.get_event(n1.event_id)["needs_review"]


def test_a_rejected_event_whose_sentence_was_reworded_stays_rejected(store):
    text1 = " ".join((S1, S2))
    d1, (e1, e2) = _version(text1, (S1, S2))
    store.ingest([result(d1, e1, e2)])
    store.review(e2.event_id, "reject", reason="avistamiento", author="luis")
    s2b = S2.replace("según los pobladores", "de acuerdo con los pobladores")
    text2 = " ".join((S1, s2b))
    d2 = doc("nota-1", text2, url=URL)
    n1 = event(d2, "attack", "2012-05-03", "Pichari", killed=3, start=0, end=len(S1))
    n2 = event(d2, "ambush", None, None, start=text2.index(s2b), end=len(text2))  # date and place lost
    s = store.ingest([result(d2, n1, n2)])
    got = store.get_event(n2.event_id)
    assert got["status"] == "rejected" and got["needs_review"]
    assert s.reviews_flagged == 1
    assert n2.event_id not in _exported_ids(store)


def test_canonical_url_drops_tracking_only():
    from cronica.store.versions import canonical_url

    assert canonical_url("https://x.example/a?id=7&utm_source=tw&fbclid=Z#c") == "https://x.example/a?id=7"
    assert canonical_url("https://x.example/a?id=7") == "https://x.example/a?id=7"
    assert canonical_url("https://x.example/a") == "https://x.example/a"
    assert canonical_url(None) == ""


def test_text_with_nul_is_stored_as_the_readers_give_it(store, tmp_path):
    from cronica.text.readers import iter_documents

    p = tmp_path / "n.jsonl"
    p.write_text(json.dumps({"id": "n", "text": "Ataque\u0000en Pichari."}) + "\n", encoding="utf-8")
    (d,) = list(iter_documents([str(p)]))
    s = store.ingest([result(d, event(d))])
    assert s.documents_new == 1 and s.documents_failed == 0
    assert store.get_event(event(d).event_id)["document"]["text"] == "Ataque en Pichari."


def test_admin1_filter_folds_case_and_accents(store):
    d = doc("j", "Un ataque en Vizcatán del Ene.")
    store.ingest([result(d, event(d, place="Vizcatán del Ene"))])
    for q in ("Junín", "junin", "JUNÍN", " junín "):
        rows, n = store.query_events(EventFilter(admin1=q))
        assert n == 1 and rows[0]["admin1"] == "Junín", q
    assert store.query_events(EventFilter(admin1="Cusco"))[1] == 0
    assert [r["key"] for r in store.stats("admin1", EventFilter(admin1="junin"))] == ["Junín"]


def test_year_precision_events_are_not_counted_under_january(store):
    a, b = doc("y", "Hubo un ataque en 2011."), doc("m", "Hubo un ataque en enero de 2011.")
    store.ingest([result(a, event(a, date="2011", place="Lima")),
                  result(b, event(b, date="2011-01", place="Tocache"))])
    rows = {r["key"]: r["events"] for r in store.stats("month")}
    assert rows == {"2011": 1, "2011-01": 1}
    assert {r["key"]: r["events"] for r in store.stats("month", summary=False)} == rows
    # an edit to a year-only date moves the event to its year, not its January
    store.review(event(b, date="2011-01", place="Tocache").event_id, "edit", {"date": "2010"},
                 reason="fecha corregida", author="ana")
    assert {r["key"]: r["events"] for r in store.stats("month")} == {"2010": 1, "2011": 1}


def test_migration_0005_rehashes_tracking_urls_and_moves_year_months(db_url):
    import hashlib

    from alembic import command
    from sqlalchemy import text

    from cronica.store import open_store, upgrade
    from cronica.store.repository import _alembic_config, _write_tx, make_engine, normalise_text

    tracked = URL + "?utm_source=boletin"
    d = doc("y", "Hubo un ataque en 2011.", url=tracked)
    with open_store(db_url) as s:
        s.ingest([result(d, event(d, date="2011", place="Lima"))])
    eng = make_engine(db_url)
    with _write_tx(eng) as c:  # back to 0004, with the hash 0004 wrote (the URL as given)
        command.downgrade(_alembic_config(c), "0004")
        old = hashlib.sha256("\x1f".join((d.id, tracked, normalise_text(d.text))).encode()).hexdigest()
        c.execute(text("UPDATE documents SET content_hash = :h"), {"h": old})
        assert c.execute(text("SELECT month FROM events")).scalar() == "2011-01"
    eng.dispose()
    assert upgrade(db_url)[0] == "0004"  # to head (0005, or a later merge revision)
    with open_store(db_url) as s:
        assert s.known(doc("y", d.text, url=URL + "?utm_medium=email"))  # same document
        assert [r["key"] for r in s.stats("month")] == ["2011"]
        assert s.query_events()[0][0]["needs_review"] is False


def test_one_ingest_call_never_supersedes_its_own_documents(store):
    a1, a2 = doc("a", S1), doc("a", S3)
    s = store.ingest([result(a1, event(a1)), result(a2, event(a2, place="Tocache"))])
    assert s.documents_new == 1 and s.documents_failed == 1 and s.documents_updated == 0
    assert "duplicate id" in s.errors[0]
    assert store.counts()["document_versions"] == 1
    assert store.query_events()[0][0]["admin1"] == "Cusco"  # the first one stays
