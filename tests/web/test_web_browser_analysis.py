"""The analysis side of the page in headless Chromium (issue 15): headline totals,
fatalities by incident on the timeline with weekly/monthly bins and a brush that sets
the dates, the choropleth of fatalities by division, the incident view (merge and split
with a reason), a place corrected from the gazetteer, a stale edit refused with a clear
message, the --private mode (lists and the download after the token), and labels in
both languages. Every number the page shows is compared with the store or the API."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from browserhelpers import ARTIFACTS, CHROMIUM, chromium, guarded_page, open_page, serve

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)"),
]
TOKEN = "browser-token-789"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from cronica.store import open_store
    from cronica.web import WebSettings, create_app
    from webhelpers import populate
    from worlddata import populate_world

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('webworld') / 'world.db'}")
    ids = populate(store)
    ids.update(populate_world(store))
    with serve(create_app(WebSettings(token=TOKEN), store=store)) as url:
        yield {"url": url, "ids": ids, "store": store}
    store.close()


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium-analysis")) as c:
        yield c


@pytest.fixture
def page(ctx):
    with guarded_page(ctx) as pg:
        yield pg


def expect(locator):
    from playwright.sync_api import expect as _expect

    return _expect(locator)


def _get(page, path):
    """What the API answers the page's own origin (the numbers the page should show)."""
    return page.evaluate("async (p) => (await fetch(p)).json()", path)


def _total(page, key) -> int:
    return int(page.locator(f"#totals .total[data-key={key}]").get_attribute("data-value"))


def _open_event(page, world, key):
    eid = world["ids"][key]
    open_page(page, world["url"] + f"#event={eid}")
    page.wait_for_selector(f"#detail[data-id='{eid}']")
    return eid


def _store_in_brazil(store) -> None:
    """An undated report of our own writing, placed in Brazil only (no division)."""
    from cronica.model import Count, DocResult, Document, Event, Place, Span

    text = "En la frontera norte de Brasil, un enfrentamiento entre mineros dejó cuatro muertos."
    ev = Event(doc_id="br-1", type="armed_clash", evidence=Span(0, len(text), text),
               place=Place("Brasil", None, None, None, "Brasil", 76, -3.0, -60.0, 3, 6, None,
                           Span(text.index("Brasil"), text.index("Brasil") + 6, "Brasil")),
               killed=Count(4, 4, 4, None), confidence=0.6)
    store.ingest([DocResult(doc=Document(id="br-1", text=text), events=[ev])])


# ------------------------------------------------------------------ fatalities first
def test_totals_timeline_and_choropleth_count_fatalities_by_incident(page, world):
    store = world["store"]
    open_page(page, world["url"])
    tot = store.totals()
    for key in ("fatalities", "incidents", "events", "undated", "unlocated"):
        assert _total(page, key) == tot[key], key
    # the timeline's top band: each incident's toll once, in its start month
    tl = _get(page, "/api/timeline")
    bars = dict(page.locator("#timeline rect.fat-bar").evaluate_all(
        "els => els.map(e => [e.dataset.bin, Number(e.dataset.value)])"))
    assert bars == {b: v for b, v in zip(tl["bins"], tl["fatalities"]) if v}
    assert sum(bars.values()) + tl["undated_fatalities"] == tot["fatalities"]
    assert page.locator("#timeline rect.bar").count() >= 4  # events beside them, by type
    expect(page.locator("#timeline-undated")).to_contain_text(str(tot["undated"]))
    # the choropleth: killed by incident in each division, matched by country and name
    rows = {(r["key"], r["iso"]): r["killed"] for r in store.stats("admin1") if r["key"]}
    for name, cc, iso in (("Sinaloa", "MX", 484), ("Ayacucho", "PE", 604), ("Nariño", "CO", 170)):
        path = page.locator(f"#map path.admin1[data-name='{name}'][data-cc='{cc}']")
        expect(path).to_have_count(1)
        assert int(path.get_attribute("data-fatalities")) == rows[(name, iso)], name
    lima = page.locator("#map path.admin1[data-name='Lima'][data-cc='PE']").first
    assert lima.get_attribute("data-fatalities") is None
    ayacucho = page.locator("#map path.admin1[data-name='Ayacucho'][data-cc='PE']")
    assert ayacucho.get_attribute("fill") != lima.get_attribute("fill")
    page.uncheck("#choropleth")
    assert ayacucho.get_attribute("data-fatalities") is None
    page.check("#choropleth")
    expect(ayacucho).to_have_attribute("data-fatalities", "3")
    # a country without divisions on the map (Brazil) is filled as a whole
    assert page.locator("#map path.country[data-iso='076']").get_attribute("data-fatalities") is None
    _store_in_brazil(store)
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#map path.country[data-iso='076']")).to_have_attribute("data-fatalities", "4")
    expect(ayacucho).to_have_attribute("data-fatalities", "3")
    top, bottom = page.locator("#totals").bounding_box(), page.locator(".timeline-wrap").bounding_box()
    page.screenshot(path=str(ARTIFACTS / "map.png"), clip={  # totals, map and timeline
        "x": top["x"], "y": top["y"], "width": top["width"], "height": bottom["y"] + bottom["height"] - top["y"]})


def test_weekly_bins_are_kept_in_the_url(page, world):
    open_page(page, world["url"])
    page.select_option("#timeline-bin", "week")
    page.wait_for_url("**bin=week**")
    page.wait_for_selector("#timeline rect.fat-bar[data-bin='2019-02-04']")  # the Monday of 2019-02-06
    for b in page.locator("#timeline rect.fat-bar").evaluate_all("els => els.map(e => e.dataset.bin)"):
        assert dt.date.fromisoformat(b).weekday() == 0
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#timeline-bin").input_value() == "week"
    page.wait_for_selector("#timeline rect.fat-bar[data-bin='2019-02-04']")


def test_a_brush_on_the_timeline_sets_the_date_filter(page, world):
    open_page(page, world["url"])
    a = page.locator("#timeline rect.bar[data-bin='2019-02']").first.bounding_box()
    b = page.locator("#timeline rect.bar[data-bin='2019-03']").first.bounding_box()
    page.mouse.move(a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
    page.mouse.down()
    page.mouse.move(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_url("**since=2019-02**")
    assert page.locator("#filter-form input[name=since]").input_value() == "2019-02"
    assert page.locator("#filter-form input[name=until]").input_value() == "2019-03"
    want = _get(page, "/api/events?since=2019-02&until=2019-03")["total"]
    assert want == 3  # the two reports of Culiacán and the clash in Tumaco
    expect(page.locator("#total")).to_have_text(f"({want})")
    expect(page.locator("#totals .total[data-key=events]")).to_have_attribute("data-value", str(want))
    # one click on a bin filters on that bin alone
    c = page.locator("#timeline rect.bar[data-bin='2019-03']").first.bounding_box()
    page.mouse.click(c["x"] + c["width"] / 2, c["y"] + c["height"] / 2)
    expect(page.locator("#filter-form input[name=since]")).to_have_value("2019-03")
    expect(page.locator("#total")).to_have_text("(1)")


# ------------------------------------------------------------------ incidents
def test_incident_view_merges_and_splits_with_a_reason(page, world):
    store, ids = world["store"], world["ids"]
    a, b = ids["mx-1"], ids["mx-2"]
    ia, ib = store.get_event(a)["incident_id"], store.get_event(b)["incident_id"]
    assert ia != ib  # two reports of one attack, not yet one incident
    before = store.totals()["fatalities"]
    _open_event(page, world, "mx-1")
    box = page.locator("#incident-box")
    expect(box).to_have_attribute("data-reports", "1")
    page.fill("#token", TOKEN)
    form = page.locator("#incident-form")
    form.locator("select[name=op]").select_option("merge")
    form.locator("input[name=target]").fill(str(ib))
    form.locator("button[type=submit]").click()  # no reason: the browser refuses to send it
    assert store.get_event(a)["incident_id"] == ia
    form.locator("input[name=reason]").fill("el mismo ataque a la patrulla, contado dos días después")
    form.locator("button[type=submit]").click()
    expect(box).to_have_attribute("data-reports", "2")
    inc = store.get_event(a)["incident_id"]
    assert store.get_event(b)["incident_id"] == inc
    assert store.get_event(a)["history"][-1]["reason"] == "el mismo ataque a la patrulla, contado dos días después"
    # the other report is listed with a link; the totals count the incident's dead once
    expect(page.locator(f"#incident-members li.member[data-id='{b}'] a")).to_have_count(1)
    expect(page.locator("#totals .total[data-key=fatalities]")).to_have_attribute(
        "data-value", str(store.totals()["fatalities"]))
    assert store.totals()["fatalities"] == before - 5
    expect(page.locator("#detail-history li").last).to_have_attribute("data-action", "merge")
    expect(page.locator("#detail-history li").last).to_contain_text(f"{ia} → {inc}")
    page.locator("#detail").screenshot(path=str(ARTIFACTS / "incident.png"))
    page.locator(f"#incident-members li.member[data-id='{b}'] a").click()
    page.wait_for_selector(f"#detail[data-id='{b}']")
    expect(box).to_have_attribute("data-reports", "2")
    # split the second report off again, with its reason
    form.locator("select[name=op]").select_option("split")
    expect(form.locator("label.target")).to_be_hidden()
    form.locator("input[name=reason]").fill("otra patrulla, según la segunda nota")
    form.locator("button[type=submit]").click()
    expect(box).to_have_attribute("data-reports", "1")
    assert store.get_event(b)["incident_id"] != store.get_event(a)["incident_id"]
    last = store.get_event(b)["history"][-1]
    assert last["action"] == "split" and last["reason"] == "otra patrulla, según la segunda nota"
    expect(page.locator("#incident-msg")).not_to_have_text("")


# ------------------------------------------------------------------ review: stale edits, places
def test_a_stale_edit_is_refused_with_a_clear_message(page, world):
    store, eid = world["store"], world["ids"]["co-1"]
    _open_event(page, world, "co-1")
    page.fill("#token", TOKEN)
    page.click("#btn-edit")
    # meanwhile another reviewer edits the same event
    store.review(eid, "edit", fields={"wounded": 1}, reason="un herido según el parte", author="otra")
    page.fill("#edit-form input[name=wounded]", "4")
    page.fill("#edit-form input[name=reason]", "cuatro heridos")
    page.click("#edit-form button[type=submit]")
    expect(page.locator("#review-msg")).to_have_text(
        "Otra persona cambió este evento mientras tanto: se muestra su versión; revise y vuelva a intentarlo.")
    stored = store.get_event(eid)
    assert stored["wounded"] == 1 and stored["history"][-1]["author"] == "otra"
    expect(page.locator("#detail-fields dd").nth(0)).to_be_visible()
    assert page.locator("#detail-history li").last.inner_text().count("un herido según el parte") == 1
    # their version is now the one shown: the same edit goes through on it
    page.click("#btn-edit")
    page.fill("#edit-form input[name=wounded]", "4")
    page.fill("#edit-form input[name=reason]", "cuatro heridos")
    page.click("#edit-form button[type=submit]")
    expect(page.locator("#review-msg")).to_have_text("Guardado.")
    assert store.get_event(eid)["wounded"] == 4


def test_a_place_is_corrected_by_choosing_a_gazetteer_entry(page, world):
    store, eid = world["store"], world["ids"]["co-2"]  # stored without a place
    _open_event(page, world, "co-2")
    located = len(_get(page, "/api/points")["items"])
    expect(page.locator("#map-note")).to_contain_text(f"{located} de ")
    page.fill("#token", TOKEN)
    page.click("#btn-edit")
    for name in ("country", "admin1", "admin2", "latitude", "longitude"):
        expect(page.locator(f"#edit-form [name={name}]")).to_have_count(1)
    page.fill("#edit-form input[name=gaz_q]", "culiacan")
    pick = page.locator("#gaz-results button.gaz-pick", has_text="Sinaloa").first
    expect(pick).to_be_visible(timeout=60_000)  # the gazetteer opens on first use
    gid = pick.get_attribute("data-gid")
    pick.click()
    assert page.locator("#edit-form input[name=admin1]").input_value() == "Sinaloa"
    page.fill("#edit-form input[name=reason]", "el lugar lo da otra nota")
    page.click("#edit-form button[type=submit]")
    page.wait_for_selector("#detail-status[data-status='edited']")
    stored = store.get_event(eid)
    assert stored["gazetteer_id"] == gid and stored["admin1"] == "Sinaloa" and stored["location"] == "Culiacán"
    assert stored["latitude"] is not None and stored["longitude"] is not None
    expect(page.locator("#map-note")).to_contain_text(f"{located + 1} de ")  # now on the map


# ------------------------------------------------------------------ --private mode
def test_private_mode_fills_the_lists_and_downloads_after_the_token(tmp_path, ctx):
    from cronica.store import open_store
    from cronica.web import WebSettings, create_app
    from webhelpers import populate

    store = open_store(f"sqlite:///{tmp_path / 'private.db'}")
    populate(store)
    try:
        with serve(create_app(WebSettings(token=TOKEN, read_open=False), store=store)) as url, \
                guarded_page(ctx) as page:
            open_page(page, url)
            expect(page.locator("#filter-msg")).to_have_text("Este servidor pide un token para leer: escríbalo arriba.")
            assert page.locator("#filter-form select[name=admin1] option").count() == 1  # "(todos)" only
            page.fill("#token", TOKEN)
            page.press("#token", "Tab")  # no reload
            expect(page.locator("#total")).to_have_text("(4)")
            expect(page.locator("#filter-form select[name=admin1] optgroup[data-country='Peru'] option")).to_have_count(3)
            expect(page.locator("#filter-msg")).to_have_text("")
            page.select_option("#export-format", "jsonl")
            with page.expect_download() as dl:
                page.click("#export-link")
            lines = [json.loads(x) for x in open(dl.value.path(), encoding="utf-8").read().splitlines()]
            assert sorted(x["event_id"] for x in lines) == sorted(e["event_id"] for e in store.iter_events())
    finally:
        store.close()


# ------------------------------------------------------------------ labels
def test_every_label_exists_in_both_languages(page, world):
    _open_event(page, world, "ambush")
    page.click("#btn-edit")
    missing = page.evaluate("""() => {
        const I = window.CRONICA_I18N, out = [];
        const keys = (o) => Object.keys(o).flatMap((k) => typeof o[k] === "object" ? keys(o[k]).map((x) => k + "." + x) : [k]);
        const es = new Set(keys(I.es)), en = new Set(keys(I.en));
        for (const k of es) if (!en.has(k)) out.push("en:" + k);
        for (const k of en) if (!es.has(k)) out.push("es:" + k);
        for (const n of document.querySelectorAll("[data-i18n]")) if (!(n.dataset.i18n in I.es)) out.push("key:" + n.dataset.i18n);
        return out;
    }""")
    assert missing == []
    page.select_option("#lang", "en")
    page.wait_for_selector("#edit-form", state="hidden")
    page.click("#btn-edit")
    labels = page.locator("#edit-form label > span").all_inner_texts()
    assert "inter1" not in labels and "admin2" not in labels and "latitude" in labels
    assert page.locator("#filter-form input[name=since]").get_attribute("placeholder") == "YYYY-MM-DD"
    expect(page.locator("#incident-box h3")).to_contain_text("Incident")


def test_event_list_rows_show_n_reports_and_list_the_incidents_reports(tmp_path, ctx):
    """A row whose incident has several reports says how many, with a link that lists
    them (filter incident=ID, kept in the URL, removable); a lone report has no link."""
    from cronica.store import EventFilter, open_store
    from cronica.web import WebSettings, create_app
    from worlddata import populate_world

    store = open_store(f"sqlite:///{tmp_path / 'reports.db'}")
    ids = populate_world(store)
    a, b = ids["mx-1"], ids["mx-2"]
    store.merge_incidents([store.get_event(a)["incident_id"], store.get_event(b)["incident_id"]],
                          "la misma patrulla, dos notas", "ana")
    inc = store.get_event(a)["incident_id"]
    everything = store.query_events(EventFilter())[1]
    try:
        with serve(create_app(WebSettings(token=TOKEN), store=store)) as url, guarded_page(ctx) as page:
            open_page(page, url)
            rows = page.locator("#events tr.event-row")
            expect(rows).to_have_count(everything)
            links = page.locator("#events a.reports")
            expect(links).to_have_count(2)
            for i in range(2):
                assert links.nth(i).get_attribute("data-incident") == str(inc)
                expect(links.nth(i)).to_have_text("2 informes")
            assert set(links.evaluate_all("ls => ls.map(l => l.closest('tr').dataset.id)")) == {a, b}
            links.first.click()
            expect(rows).to_have_count(2)
            assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.id)")) == {a, b}
            assert f"incident={inc}" in page.url
            expect(page.locator("#detail")).to_be_hidden()  # the link lists; it does not open the row
            expect(page.locator("#incident-filter")).to_be_visible()
            expect(page.locator("#totals .total[data-key=events]")).to_have_attribute("data-value", "2")
            page.reload()  # a shared view: the filter comes back from the URL
            page.wait_for_selector("body[data-ready='1']")
            expect(rows).to_have_count(2)
            page.click("#incident-filter-clear")
            expect(rows).to_have_count(everything)
            assert "incident=" not in page.url
            expect(page.locator("#incident-filter")).to_be_hidden()
            # the incident box of an open report links to the same list
            open_page(page, url + f"#event={a}")
            page.wait_for_selector(f"#detail[data-id='{a}']")
            page.locator("#incident-members a.reports").click()
            expect(rows).to_have_count(2)
    finally:
        store.close()
