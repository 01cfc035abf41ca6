"""The page in headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
it loads with no request leaving the machine, shows markers, highlights an event's
evidence, records a review in the database, escapes untrusted text and shows what
the paste box extracts. Screenshots go to artifacts/web/."""
from __future__ import annotations

import pytest

from browserhelpers import ARTIFACTS, CHROMIUM, chromium, guarded_page, serve

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)"),
]
TOKEN = "browser-token-456"
SCRIPT_TEXT = ("Nota con marcado hostil <script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned=2\">. "
               "En Huancavelica, el 2 de febrero de 2017, desconocidos asesinaron a un dirigente comunal.")


# Events of our own writing in other countries: two at the very same point (Culiacán),
# one in Colombia, one in Spain.
ABROAD = [
    ("mx-1", "En Culiacán, Sinaloa, un ataque armado dejó dos muertos el 4 de enero de 2024.",
     "attack", "Culiacán", "Sinaloa", "Mexico", 484, 24.80, -107.39, "2024-01-04"),
    ("mx-2", "En Culiacán, Sinaloa, otro ataque armado dejó un muerto el 5 de enero de 2024.",
     "attack", "Culiacán", "Sinaloa", "Mexico", 484, 24.80, -107.39, "2024-01-05"),
    ("co-1", "En Cáceres, Antioquia, disidencias hostigaron una base militar el 2 de febrero de 2024.",
     "attack", "Cáceres", "Antioquia", "Colombia", 170, 7.58, -75.35, "2024-02-02"),
    ("es-1", "En Madrid la policía detuvo a un sospechoso de terrorismo el 7 de marzo de 2024.",
     "arrest", "Madrid", "Comunidad de Madrid", "Spain", 724, 40.42, -3.70, "2024-03-07"),
]


def _abroad(store) -> dict[str, str]:
    import datetime as dt

    from cronica.model import DateValue, DocResult, Document, Event, Place, Span

    out, results = {}, []
    for doc_id, text, typ, town, admin1, country, iso, lat, lon, day in ABROAD:
        d = dt.date.fromisoformat(day)
        s = text.index(town)
        ev = Event(doc_id=doc_id, type=typ, evidence=Span(0, len(text), text),
                   date=DateValue(day, "day", d, d),
                   place=Place(town, admin1, None, None, country, iso, lat, lon, 1, 2, None,
                               Span(s, s + len(town), town)))
        results.append(DocResult(doc=Document(id=doc_id, text=text), events=[ev]))
        out[doc_id] = ev.event_id
    store.ingest(results)
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from cronica.model import DocResult, Document, Event, Place, Span
    from cronica.store import open_store
    from cronica.web import WebSettings, create_app
    from webhelpers import populate

    db = tmp_path_factory.mktemp("webdb") / "web.db"
    store = open_store(f"sqlite:///{db}")
    ids = populate(store)
    ev_phrase = "desconocidos asesinaron a un dirigente comunal"
    s = SCRIPT_TEXT.index(ev_phrase)
    doc = Document(id="hostil", text=SCRIPT_TEXT, title="<b>titulo</b><script>window.__pwned=3</script>")
    hostile = Event(doc_id="hostil", type="killing", evidence=Span(s, s + len(ev_phrase), ev_phrase),
                    place=Place("Huancavelica", "Huancavelica", None, None, "Peru", 604, -12.78, -74.97, 3, 4,
                                None, Span(SCRIPT_TEXT.index("Huancavelica"), SCRIPT_TEXT.index("Huancavelica") + 12)))
    store.ingest([DocResult(doc=doc, events=[hostile])])
    ids["hostile"] = hostile.event_id
    ids.update(_abroad(store))
    with serve(create_app(WebSettings(token=TOKEN), store=store)) as url:
        yield {"url": url, "ids": ids, "store": store}
    store.close()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as ctx:
        yield ctx


@pytest.fixture
def page(browser_context, server):
    with guarded_page(browser_context) as pg:
        yield pg


def expect(locator):
    from playwright.sync_api import expect as _expect

    return _expect(locator)


def _open(page, server, hash_: str = "") -> None:
    page.goto(server["url"] + hash_)
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


MARKER = "#map .marker[data-id='{}']"


def _center(page, selector):
    box = page.locator(selector).bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _under(page, selector) -> dict:
    """The country (ISO numeric) and first-level division drawn under a marker's centre."""
    x, y = _center(page, selector)
    return page.evaluate("""([x, y]) => {
        const els = document.elementsFromPoint(x, y);
        const c = els.find((e) => e.classList && e.classList.contains("country"));
        const a = els.find((e) => e.classList && e.classList.contains("admin1"));
        return {iso: c ? c.dataset.iso : null, admin1: a ? a.dataset.name : null};
    }""", [x, y])


def _marker_count(page) -> int:
    singles = page.locator("#map .marker").count()
    clustered = sum(int(c) for c in page.locator("#map .cluster span").evaluate_all(
        "els => els.map(e => e.dataset.count)"))
    return singles + clustered


def test_page_loads_offline_with_markers_and_timeline(page, server):
    _open(page, server)
    assert page.locator("#map path.country").count() > 150  # the world's countries (Natural Earth)
    assert page.locator("#map path.admin1").count() > 300  # divisions of the Spanish-speaking countries
    assert _marker_count(page) == 8  # the located events: 3 synthetic + the hostile one + 4 abroad
    assert page.locator("#timeline rect.bar").count() >= 3
    assert page.locator("#events tbody tr.event-row").count() == 9
    assert page.locator("h2[data-i18n=filters]").inner_text() == "Filtros"  # Spanish browser
    page.screenshot(path=str(ARTIFACTS / "page.png"), full_page=True)
    # sized by fatalities (3 killed vs none), coloured by type; opening an event zooms to it
    _show(page, server, "ambush")
    ambush = page.locator(MARKER.format(server["ids"]["ambush"]))
    arrest = page.locator(MARKER.format(server["ids"]["arrest"]))
    expect(ambush).to_have_count(1)
    expect(arrest).to_have_count(1)
    assert float(ambush.get_attribute("data-r")) > float(arrest.get_attribute("data-r"))
    assert ambush.evaluate("e => e.style.background") != arrest.evaluate("e => e.style.background")
    page.screenshot(path=str(ARTIFACTS / "zoomed.png"))


def _show(page, server, key):
    """Open an event by its URL (the map flies to it), then close the panel."""
    eid = server["ids"][key]
    page.goto(server["url"] + f"#event={eid}")
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_selector(f"#detail[data-id='{eid}']")
    page.wait_for_selector(MARKER.format(eid))
    page.wait_for_timeout(500)
    return MARKER.format(eid)


def test_events_abroad_are_drawn_on_their_countries(page, server):
    _open(page, server)
    for key, iso in (("co-1", "170"), ("es-1", "724"), ("mx-1", "484")):
        sel = _show(page, server, key)  # opening an event brings its marker into view
        assert _under(page, sel)["iso"] == iso, key


def test_markers_stay_on_their_places_through_panel_and_review(page, server):
    protest = _show(page, server, "protest")
    page.click("#detail-close")
    page.wait_for_timeout(400)
    assert _under(page, protest) == {"iso": "604", "admin1": "Puno"}
    page.locator(protest).click()  # the detail panel opens beside the map
    page.wait_for_selector(f"#detail[data-id='{server['ids']['protest']}']")
    page.wait_for_timeout(400)
    assert _under(page, protest) == {"iso": "604", "admin1": "Puno"}
    page.fill("#token", TOKEN)
    page.click("#btn-accept")
    page.wait_for_selector("#detail-status[data-status='accepted']")
    page.wait_for_timeout(400)
    assert _under(page, protest) == {"iso": "604", "admin1": "Puno"}
    page.click("#detail-close")
    page.wait_for_timeout(400)
    assert _under(page, protest) == {"iso": "604", "admin1": "Puno"}
    # the timeline takes the whole width again
    width = page.locator("#timeline").bounding_box()["width"]
    last = page.locator("#timeline rect.bar").last.bounding_box()
    assert last["x"] + last["width"] > page.locator("#timeline").bounding_box()["x"] + 0.8 * width
    page.screenshot(path=str(ARTIFACTS / "after-review.png"))


def test_a_cluster_of_one_point_opens(page, server):
    _open(page, server)
    page.click("#detail-close") if page.locator("#detail").is_visible() else None
    one, two = MARKER.format(server["ids"]["mx-1"]), MARKER.format(server["ids"]["mx-2"])
    if page.locator(one).count() == 0 or page.locator(two).count() == 0:
        # the two events are still one cluster: clicking it spreads them out
        cluster = page.locator("#map .cluster span[data-count='2']")
        expect(cluster).to_have_count(1)
        cluster.click()
    expect(page.locator(one)).to_be_visible()
    expect(page.locator(two)).to_be_visible()
    a, b = _center(page, one), _center(page, two)
    assert abs(a[0] - b[0]) + abs(a[1] - b[1]) > 10  # spread apart, each clickable
    page.locator(two).click()
    page.wait_for_selector(f"#detail[data-id='{server['ids']['mx-2']}']")
    page.screenshot(path=str(ARTIFACTS / "spiderfied.png"))


def test_hash_change_opens_an_event(page, server):
    _open(page, server)
    page.evaluate("id => { location.hash = 'event=' + id; }", server["ids"]["co-1"])
    page.wait_for_selector(f"#detail[data-id='{server['ids']['co-1']}']")


def test_click_marker_and_row_show_highlighted_evidence(page, server):
    protest = server["ids"]["protest"]
    _show(page, server, "protest")
    page.click("#detail-close")
    page.locator(MARKER.format(protest)).click()
    page.wait_for_selector(f"#detail[data-id='{protest}'] #doc-text mark.evidence")
    ambush = server["ids"]["ambush"]
    page.locator(f"#events tr[data-id='{ambush}']").click()
    page.wait_for_selector(f"#detail[data-id='{ambush}']")
    evidence = "".join(page.locator("#doc-text mark.evidence").all_inner_texts())
    stored = server["store"].get_event(ambush)
    assert evidence == stored["evidence"]
    fields = page.locator("#doc-text mark[data-fields]").evaluate_all(
        "els => els.map(e => [e.dataset.fields, e.textContent])")
    by_field = {}
    for names, text in fields:
        for name in names.split():
            by_field[name] = by_field.get(name, "") + text
    assert by_field["actor1"] == "Sendero Luminoso"
    assert by_field["killed"] == "tres soldados"
    assert by_field["location"] == "Llochegua"
    assert by_field["trigger"] == "emboscó"
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)


def test_accept_changes_status_in_database(page, server):
    eid = server["ids"]["arrest"]
    _open(page, server, f"#event={eid}")
    page.wait_for_selector(f"#detail[data-id='{eid}']")
    page.click("#btn-accept")  # without a token: refused, nothing changes
    expect(page.locator("#review-msg")).not_to_have_text("")
    assert server["store"].get_event(eid)["status"] == "unreviewed"
    page.fill("#token", TOKEN)
    page.click("#btn-accept")
    page.wait_for_selector("#detail-status[data-status='accepted']")
    assert server["store"].get_event(eid)["status"] == "accepted"
    page.wait_for_selector(f"#events tr[data-id='{eid}'] .status-accepted")
    # an edit with a reason goes through the same controls
    page.click("#btn-edit")
    page.fill("#edit-form input[name=arrested]", "4")
    page.fill("#edit-form input[name=reason]", "cuatro detenidos según el texto")
    page.click("#edit-form button[type=submit]")
    page.wait_for_selector("#detail-status[data-status='edited']")
    stored = server["store"].get_event(eid)
    assert stored["status"] == "edited" and stored["arrested"] == 4
    assert stored["history"][-1]["reason"] == "cuatro detenidos según el texto"


def test_document_markup_is_shown_not_run(page, server):
    eid = server["ids"]["hostile"]
    _open(page, server, f"#event={eid}")
    page.wait_for_selector(f"#detail[data-id='{eid}'] #doc-text mark.evidence")
    shown = page.inner_text("#doc-text")
    assert "<script>window.__pwned = 1</script>" in shown
    assert "<b>titulo</b>" in shown
    assert page.locator("#doc-text script, #doc-text img, #doc-text b").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    page.screenshot(path=str(ARTIFACTS / "escaped.png"))


def test_paste_box_shows_extracted_events(page, server):
    _open(page, server)
    page.click("button[data-tab=paste]")
    text = ("Lima, 5 de octubre de 2018. Una patrulla de la Policía fue emboscada por "
            "narcoterroristas en el distrito de Vizcatán del Ene; murieron tres policías.")
    page.fill("#paste-text", text)
    page.click("#paste-go")
    page.wait_for_selector("#paste-results article.extracted", timeout=60_000)
    cards = page.locator("#paste-results article.extracted")
    assert cards.count() >= 1
    assert page.locator("#paste-results mark.evidence").count() >= 1
    evidence = "".join(cards.first.locator(".hl mark.evidence").all_inner_texts())
    assert evidence and evidence in text
    page.screenshot(path=str(ARTIFACTS / "paste.png"), full_page=True)
    before = server["store"].query_events()[1]
    assert before == 9  # nothing stored


def test_language_switch(page, server):
    _open(page, server)
    page.select_option("#lang", "en")
    assert page.locator("h2[data-i18n=filters]").inner_text() == "Filters"
    assert page.locator("button[data-tab=paste]").inner_text() == "Paste a text"
    page.select_option("#lang", "es")
    assert page.locator("button[data-tab=paste]").inner_text() == "Pegar un texto"


def test_only_what_the_map_shows(page, server):
    protest = server["ids"]["protest"]
    _show(page, server, "protest")  # the map shows Puno closely, far from the other events
    page.click("#detail-close")
    page.check("#use-bbox")
    page.click("#filter-form button[type=submit]")
    expect(page.locator("#total")).to_have_text("(1)")
    assert page.locator("#events tbody tr.event-row").get_attribute("data-id") == protest
    page.click("#filter-form button[type=reset]")
    expect(page.locator("#total")).to_have_text("(9)")


def test_filters_are_kept_in_the_url(page, server):
    _open(page, server)
    page.select_option("#filter-form select[name=type]", "attack")
    page.click("#filter-form button[type=submit]")
    expect(page.locator("#total")).to_have_text("(3)")
    assert "type=attack" in page.url
    page.reload()  # a shared or reloaded view keeps its filters
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#total")).to_have_text("(3)")
    assert page.locator("#filter-form select[name=type]").input_value() == "attack"
    # a bad date never leaves the previous results on screen
    page.evaluate("() => { const f = document.querySelector('#filter-form'); f.noValidate = true; "
                  "f.elements.since.value = '2024-13-45'; }")
    page.click("#filter-form button[type=submit]")
    expect(page.locator("#filter-msg")).not_to_have_text("")
    expect(page.locator("#events tbody tr.event-row")).to_have_count(0)


def test_review_queue_with_keys_and_bulk_accept(page, server):
    store = server["store"]
    _open(page, server)
    page.fill("#token", TOKEN)
    page.click("button[data-tab=queue]")
    page.wait_for_selector("#queue-table tr.queue-row")
    unreviewed = [e for e in store.iter_events() if e["status"] == "unreviewed"]
    assert page.locator("#queue-table tr.queue-row").count() == len(unreviewed)
    confs = [float(x) for x in page.locator("#queue-table tr.queue-row td.num").evaluate_all(
        "els => els.filter((e, i) => i % 2 === 0).map(e => e.textContent || '1')")]
    assert confs == sorted(confs)  # lowest confidence first
    first = page.locator("#queue-table tr.queue-row.selected").get_attribute("data-id")
    page.wait_for_selector(f"#queue-detail[data-id='{first}']")
    assert page.locator("#queue-compare tbody tr").count() >= 5  # machine coding beside the current one
    page.locator("#queue section.queue").screenshot(path=str(ARTIFACTS / "queue.png"))
    page.keyboard.press("a")  # accept
    expect(page.locator(f"#queue-table tr[data-id='{first}']")).to_have_count(0)
    assert store.get_event(first)["status"] == "accepted"
    second = page.locator("#queue-table tr.queue-row.selected").get_attribute("data-id")
    page.wait_for_selector(f"#queue-detail[data-id='{second}']")
    page.keyboard.press("r")  # reject asks for a reason
    expect(page.locator("#queue-reject")).to_be_visible()
    page.fill("#queue-reject input[name=reason]", "no es un hecho nuevo")
    page.click("#queue-reject button[type=submit]")
    expect(page.locator(f"#queue-table tr[data-id='{second}']")).to_have_count(0)
    rejected = store.get_event(second)
    assert rejected["status"] == "rejected" and rejected["history"][-1]["reason"] == "no es un hecho nuevo"
    rows = page.locator("#queue-table tr.queue-row")
    marked = [rows.nth(i).get_attribute("data-id") for i in range(min(2, rows.count()))]
    for i in range(len(marked)):
        rows.nth(i).locator("input[type=checkbox]").check()
    page.click("#queue-accept-selected")
    for eid in marked:
        expect(page.locator(f"#queue-table tr[data-id='{eid}']")).to_have_count(0)
        assert store.get_event(eid)["status"] == "accepted"
