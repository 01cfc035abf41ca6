// Cronica's page: map, timeline, filters, event list, event review and the paste box.
// Plain JavaScript; the map is Leaflet with its clustering plugin and the timeline SVG;
// the libraries and the base map are vendored (static/vendor/, scripts/vendor_web.sh), so
// nothing leaves this server (unless the user turns on a tile layer the server was
// configured with).
// Every piece of text that comes from documents or the API is put in the page with
// textContent / createTextNode, never as HTML.
"use strict";
(function () {
  const I18N = window.CRONICA_I18N;
  const SVGNS = "http://www.w3.org/2000/svg";
  const TYPE_COLORS = {
    ambush: "#d62728", armed_clash: "#ff7f0e", attack: "#8c564b", bombing: "#e377c2",
    killing: "#7f0000", kidnapping: "#9467bd", disappearance: "#5b4b8a", arrest: "#1f77b4",
    seizure: "#17becf", security_operation: "#2ca02c", protest: "#bcbd22",
    designation: "#7f7f7f", other: "#aaaaaa",
  };
  const FIELD_COLORS = {
    trigger: "#ffb74d", date: "#81c784", location: "#64b5f6", actor1: "#f06292", actor2: "#ba68c8",
    killed: "#e57373", wounded: "#ffd54f", kidnapped: "#a1887f", arrested: "#4dd0e1",
  };
  // fields the edit form offers, in order; only those the server says are editable are shown
  const EDIT_FIELDS = ["type", "date", "location", "admin1", "admin2", "country", "latitude", "longitude",
    "actor1", "actor2", "inter1", "inter2", "killed", "wounded", "kidnapped", "arrested"];
  const NUMERIC = new Set(["inter1", "inter2", "killed", "wounded", "kidnapped", "arrested", "latitude", "longitude"]);
  // the filters of the form, kept in the page's URL so a view can be shared
  const FILTER_KEYS = ["since", "until", "country", "admin1", "admin2", "type", "actor", "status", "q",
    "min_fatalities", "min_confidence", "source", "precision", "undated", "unlocated", "incident"];

  const state = {
    lang: (localStorage.getItem("cronica-lang") || (navigator.language || "es")).slice(0, 2) === "en" ? "en" : "es",
    config: null, filter: {}, offset: 0, limit: 50, total: 0,
    points: [], pointsTotal: 0, world: null, admin1: null, map: null, cluster: null, markers: null,
    current: null, timeline: null, etags: {}, queue: [], qi: -1, marked: new Set(),
    bin: "month", choro: null, incident: null,
  };
  // fatalities classes of the choropleth (by incident) and their colours (light to dark)
  const CHORO_BREAKS = [1, 3, 10, 30, 100, 300];
  const CHORO_COLORS = ["#fbe9d5", "#f7c9a1", "#f0a06f", "#e2714b", "#c8452f", "#a0221c", "#6d0f12"];

  // ------------------------------------------------------------------ helpers
  function t(key, vars) {
    let s = (I18N[state.lang] && I18N[state.lang][key]) || I18N.es[key] || key;
    if (vars) for (const k of Object.keys(vars)) s = s.replace("{" + k + "}", String(vars[k]));
    return s;
  }
  function typeLabel(type) { return (I18N[state.lang].types || {})[type] || type || ""; }
  function kindLabel(kind) { return (I18N[state.lang].kinds || {})[kind] || kind || ""; }
  // case, accents and spacing ignored, as the store folds names (cronica/store/search.py)
  function fold(s) { return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim(); }
  function $(sel) { return document.querySelector(sel); }
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function token() { return ($("#token").value || "").trim(); }

  async function api(path, opts) {
    const o = Object.assign({ headers: {} }, opts || {});
    const tok = token();
    if (tok) o.headers["Authorization"] = "Bearer " + tok;
    if (o.json !== undefined) {
      o.method = o.method || "POST";
      o.headers["Content-Type"] = "application/json";
      o.body = JSON.stringify(o.json);
      delete o.json;
    }
    const res = await fetch(path, o);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + " " + res.statusText;
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    const etag = res.headers.get("ETag");
    if (etag && body && body.event_id) state.etags[body.event_id] = etag;
    return body;
  }
  function query(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(Object.assign({}, state.filter, extra || {}))) {
      if (v !== "" && v !== null && v !== undefined) p.set(k, v);
    }
    return p.toString();
  }

  // ------------------------------------------------------------------ language
  function applyLang() {
    document.documentElement.lang = state.lang;
    $("#lang").value = state.lang;
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
    document.querySelectorAll("[data-i18n-title]").forEach((n) => { n.title = t(n.dataset.i18nTitle); });
    const typeSel = document.querySelector("#filter-form select[name=type]");
    for (const o of typeSel.options) if (o.value) o.textContent = typeLabel(o.value);
    const stSel = document.querySelector("#filter-form select[name=status]");
    for (const o of stSel.options) if (o.value) o.textContent = t(o.value);
    showIncidentFilter();
  }

  // ------------------------------------------------------------------ map (Leaflet + markercluster, vendored)
  // Countries: Natural Earth 1:50m (world-atlas TopoJSON); first-level divisions of the
  // Spanish-speaking countries: approximate, from the gazetteer (static/admin1.geojson).
  const WORLD_VIEW = [[-56, -118], [44, 5]]; // Mexico to Tierra del Fuego, and Spain
  function radius(killed) { return Math.min(24, 5 + 3 * Math.sqrt(killed || 0)); }

  // Rings that cross the antimeridian (Russia's Chukotka, Fiji) are stored cut at ±180 and
  // would be drawn as a line across the world: their western part is moved east of 180°.
  // Antarctica goes round the pole and stays as it is.
  function unwrap(fc) {
    for (const f of fc.features) {
      if (f.id === "010" || !f.geometry) continue;
      const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates]
        : f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [];
      for (const poly of polys) {
        for (const ring of poly) {
          let lo = Infinity, hi = -Infinity;
          for (const c of ring) { lo = Math.min(lo, c[0]); hi = Math.max(hi, c[0]); }
          if (hi - lo > 180) for (const c of ring) if (c[0] < 0) c[0] += 360;
        }
      }
    }
    return fc;
  }

  function buildMap() {
    const map = L.map("map", { zoomControl: false, worldCopyJump: true, minZoom: 2, maxZoom: 14,
      zoomSnap: 0.5, attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.createPane("countries").style.zIndex = 200;
    map.createPane("admin1").style.zIndex = 250;
    if (state.world) {
      state.countryLayer = L.geoJSON(unwrap(topojson.feature(state.world, state.world.objects.countries)), {
        pane: "countries", interactive: true, bubblingMouseEvents: true,
        style: { className: "country", color: "#a8a290", weight: 0.8, fillColor: "#f3f1ea", fillOpacity: 1 },
        onEachFeature: (f, layer) => {
          layer.on("add", () => { layer.getElement().dataset.iso = f.id || ""; });
          layer.bindTooltip(() => el("span", { text: (f.properties && f.properties.name || "") + (layer.choro
            ? " · " + t("t_fatalities") + ": " + layer.choro.killed + " · " + t("t_incidents") + ": " + layer.choro.incidents : "") }),
          { sticky: true });
        },
      }).addTo(map);
    }
    state.admin1Layer = L.geoJSON(state.admin1 || { type: "FeatureCollection", features: [] }, {
      pane: "admin1",
      style: () => ({ className: "admin1", color: "#b9ae90", weight: 0.5, fillColor: "#fffdf6", fillOpacity: 0.6 }),
      onEachFeature: (f, layer) => {
        layer.bindTooltip(() => el("span", { text: (layer.choro
          ? t("choro_tip", { name: f.properties.name, cc: f.properties.cc, k: layer.choro.killed, n: layer.choro.incidents })
          : f.properties.name + " (" + f.properties.cc + ")") + " · " + t("approx_map") }), { sticky: true });
        layer.on("add", () => { const n = layer.getElement(); n.dataset.name = f.properties.name; n.dataset.cc = f.properties.cc; });
      },
    }).addTo(map);
    if (state.config && state.config.tile_url) {
      state.tiles = L.tileLayer(state.config.tile_url, { attribution: state.config.tile_attribution || "" });
    }
    map.attributionControl.addAttribution(t("approx_map"));
    state.cluster = L.markerClusterGroup({ spiderfyOnMaxZoom: true, showCoverageOnHover: false,
      removeOutsideVisibleBounds: false, animate: false,
      zoomToBoundsOnClick: true, maxClusterRadius: 40, spiderfyDistanceMultiplier: 1.6,
      iconCreateFunction: (c) => {
        const kids = c.getAllChildMarkers();
        const killed = kids.reduce((a, m) => a + (m.options.killed || 0), 0);
        const n = kids.length;
        const size = Math.round(Math.min(44, 22 + 4.4 * Math.log2(n)));
        return L.divIcon({ className: "cluster", iconSize: [size, size],
          html: el("span", { "data-count": n, "data-killed": killed, text: n }) });
      } });
    // a cluster whose events are all at one point opens as a list (spiderfied) at any zoom
    state.cluster.on("clusterclick", (e) => {
      const kids = e.layer.getAllChildMarkers();
      const first = kids[0].getLatLng();
      if (kids.every((m) => m.getLatLng().equals(first))) e.layer.spiderfy();
    });
    map.addLayer(state.cluster);
    map.fitBounds(WORLD_VIEW);
    state.map = map;
  }

  function fitToPoints() {
    if (!state.map) return;
    if (!state.points.length) { state.map.fitBounds(WORLD_VIEW, { animate: false }); return; }
    const b = L.latLngBounds(state.points.map((p) => [p[2], p[1]]));
    state.map.fitBounds(b.pad(0.15), { maxZoom: 8, animate: false });
  }

  function drawMap() {
    // keep the centre when the map's box changes (panel opened or closed, window resized)
    if (state.map) state.map.invalidateSize({ pan: true, animate: false });
  }

  function drawMarkers() {
    if (!state.cluster) return;
    state.cluster.clearLayers();
    state.markers = new Map();
    const layers = [];
    for (const p of state.points) {
      const r = radius(p[4]);
      const dot = el("span", { class: "marker status-" + p[5], "data-id": p[0], "data-r": r.toFixed(1),
        "data-type": p[3] });
      dot.style.width = dot.style.height = (2 * r).toFixed(1) + "px";
      dot.style.background = TYPE_COLORS[p[3]] || "#555";
      const icon = L.divIcon({ className: "marker-icon", iconSize: [2 * r, 2 * r], html: dot });
      const m = L.marker([p[2], p[1]], { icon: icon, killed: p[4] || 0, keyboard: false,
        title: typeLabel(p[3]) + (p[4] ? " · " + t("killed") + ": " + p[4] : "") });
      m.on("click", () => openEvent(p[0]));
      state.markers.set(p[0], m);
      layers.push(m);
    }
    state.cluster.addLayers(layers);
    markSelected();
  }

  function markSelected() {
    document.querySelectorAll("#map .marker.selected").forEach((n) => n.classList.remove("selected"));
    const id = state.current && state.current.event_id;
    if (!id) return;
    const mk = document.querySelector(`#map .marker[data-id="${CSS.escape(id)}"]`);
    if (mk) mk.classList.add("selected");
  }

  function showOnMap(e) {
    if (!state.map || e.latitude === null || e.latitude === undefined) return;
    drawMap(); // the detail panel may have just narrowed the map
    const m = state.markers && state.markers.get(e.event_id);
    const at = m ? m.getLatLng() : L.latLng(e.latitude, e.longitude);
    state.map.setView(at, Math.max(state.map.getZoom(), 8), { animate: false });
    const after = () => { // events at one point stay a cluster at any zoom: spread it out
      const parent = m && state.cluster.getVisibleParent(m);
      if (parent && parent !== m && parent.spiderfy) parent.spiderfy();
      markSelected();
    };
    // zoom in until the marker leaves its cluster (clusters are recomputed at once: animate off)
    let z = state.map.getZoom();
    while (m && state.cluster.getVisibleParent(m) !== m && z < state.map.getMaxZoom()) {
      z = Math.min(state.map.getMaxZoom(), z + 1);
      state.map.setView(at, z, { animate: false });
    }
    after();
  }

  function viewBbox() {
    const b = state.map.getBounds();
    const c = (v, a) => Math.max(-a, Math.min(a, v)).toFixed(4);
    return [c(b.getWest(), 180), c(b.getSouth(), 90), c(b.getEast(), 180), c(b.getNorth(), 90)].join(",");
  }

  function setupMapEvents() {
    $("#zoom-in").addEventListener("click", () => state.map.zoomIn());
    $("#zoom-out").addEventListener("click", () => state.map.zoomOut());
    $("#zoom-reset").addEventListener("click", () => fitToPoints());
    $("#tiles").addEventListener("change", (e) => {
      if (!state.tiles) return;
      if (e.target.checked) state.tiles.addTo(state.map); else state.map.removeLayer(state.tiles);
      document.querySelector("#map").classList.toggle("over-tiles", e.target.checked);
    });
    state.map.on("moveend", () => { if ($("#use-bbox").checked && state.dragged) refresh(); state.dragged = false; });
    state.map.on("dragstart", () => { state.dragged = true; });
    // the map and the timeline follow every change of their boxes (detail panel, window)
    const ro = new ResizeObserver(() => { drawMap(); if (state.timeline) drawTimeline(state.timeline); });
    ro.observe($("#map"));
    ro.observe($("#timeline"));
  }

  function drawLegend() {
    const box = $("#map-legend");
    clear(box);
    const present = new Set(state.points.map((p) => p[3]));
    for (const type of Object.keys(TYPE_COLORS)) {
      if (!present.has(type)) continue;
      const sw = el("span", { class: "swatch" });
      sw.style.background = TYPE_COLORS[type];
      box.appendChild(el("span", { class: "legend-item" }, sw, typeLabel(type)));
    }
    box.appendChild(el("span", { class: "legend-item muted", text: t("fatalities_size") }));
    $("#map-note").textContent = t("shown_points", { shown: state.points.length, total: state.pointsTotal });
  }

  // ------------------------------------------------------------------ choropleth and totals
  // Fatalities by first-level division, counted by incident (GET /api/stats?by=admin1 with
  // the current filter): each division of static/admin1.geojson is matched by its
  // country's ISO code and its folded name.
  function choroClass(k) { let c = 0; while (c < CHORO_BREAKS.length && k >= CHORO_BREAKS[c]) c++; return c; }

  function drawChoropleth() {
    if (!state.admin1Layer) return;
    const on = $("#choropleth").checked && Array.isArray(state.choro);
    const byIso = new Map(), byName = new Map();
    if (on) {
      for (const r of state.choro) {
        if (!r.key) continue;
        if (r.iso) byIso.set(r.iso + "|" + fold(r.key), r);
        else byName.set(fold(r.key), r);
      }
    }
    const drawn = new Set();
    state.admin1Layer.eachLayer((layer) => {
      const p = layer.feature.properties;
      const r = on ? (byIso.get(p.iso + "|" + fold(p.name)) || byName.get(fold(p.name)) || null) : null;
      if (r) drawn.add(r);
      layer.choro = r;
      layer.setStyle(r ? { fillColor: CHORO_COLORS[choroClass(r.killed)], fillOpacity: 0.7 }
        : { fillColor: "#fffdf6", fillOpacity: 0.6 });
      const n = layer.getElement();
      if (!n) return;
      if (r) { n.dataset.fatalities = r.killed; n.dataset.incidents = r.incidents; }
      else { delete n.dataset.fatalities; delete n.dataset.incidents; }
    });
    // what no drawn division holds (no division named, or a country without divisions on
    // the map) fills its whole country, in the same classes
    const rest = new Map();
    if (on) {
      for (const r of state.choro) {
        if (drawn.has(r) || !r.iso) continue;
        const c = rest.get(r.iso) || { killed: 0, incidents: 0 };
        c.killed += r.killed; c.incidents += r.incidents;
        rest.set(r.iso, c);
      }
    }
    if (state.countryLayer) {
      state.countryLayer.eachLayer((layer) => {
        const c = rest.get(Number(layer.feature.id)) || null;
        layer.choro = c;
        layer.setStyle({ fillColor: c ? CHORO_COLORS[choroClass(c.killed)] : "#f3f1ea" });
        const n = layer.getElement();
        if (!n) return;
        if (c) n.dataset.fatalities = c.killed; else delete n.dataset.fatalities;
      });
    }
    const box = $("#choro-legend");
    clear(box);
    if (!on) return;
    box.appendChild(el("span", { class: "legend-item muted", text: t("choro_title") + ":" }));
    const ranges = [["0", 0]].concat(CHORO_BREAKS.map((b, i) => [
      i + 1 < CHORO_BREAKS.length ? (CHORO_BREAKS[i + 1] - 1 > b ? `${b}–${CHORO_BREAKS[i + 1] - 1}` : String(b)) : `≥ ${b}`, i + 1]));
    for (const [text, c] of ranges) {
      const sw = el("span", { class: "swatch square" });
      sw.style.background = CHORO_COLORS[c];
      box.appendChild(el("span", { class: "legend-item" }, sw, text));
    }
  }

  function drawTotals(tot) {
    const box = $("#totals");
    clear(box);
    if (!tot) return;
    const item = (key, value, cls, onclick) => {
      const v = el(onclick ? "a" : "b", { class: "value", text: Number(value).toLocaleString(state.lang),
        href: onclick ? "#" : null, onclick: onclick ? (ev) => { ev.preventDefault(); onclick(); } : null });
      box.appendChild(el("span", { class: "total " + cls, "data-key": key, "data-value": value }, v, " ", t("t_" + key)));
    };
    const only = (name) => () => { $("#filter-form").elements[name].checked = true; readFilter(); refresh(); };
    item("fatalities", tot.fatalities, "headline");
    item("incidents", tot.incidents, "headline");
    item("events", tot.events, "");
    item("wounded", tot.wounded, "");
    item("undated", tot.undated, "minor", tot.undated ? only("undated") : null);
    item("unlocated", tot.unlocated, "minor", tot.unlocated ? only("unlocated") : null);
    box.appendChild(el("span", { class: "note", text: t("totals_note") }));
  }

  // ------------------------------------------------------------------ timeline
  function drawTimeline(data) {
    state.timeline = data;
    const s = $("#timeline");
    clear(s);
    const W = s.clientWidth || 600, H = 190, pad = { l: 40, r: 8, t: 8, b: 22 };
    s.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const bins = data.bins || data.months || [];
    const und = $("#timeline-undated");
    clear(und);
    if (data.undated) {
      und.appendChild(document.createTextNode(t("undated_n", { n: data.undated, k: data.undated_fatalities || 0 }) + " · "));
      und.appendChild(el("a", { href: "#", id: "show-undated", text: t("show_them"), onclick: (ev) => {
        ev.preventDefault(); const f = $("#filter-form"); f.elements.undated.checked = true; readFilter(); refresh(); } }));
    }
    state.tl = null;
    if (!bins.length) {
      const tx = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "muted" });
      tx.textContent = t("no_events");
      s.appendChild(tx);
      return;
    }
    // two bands on one time axis: fatalities by incident (top), events stacked by type (bottom)
    const gap = 14, plotH = H - pad.t - pad.b - gap, fatH = Math.round(plotH * 0.42), evH = plotH - fatH;
    const fatTop = pad.t, evTop = pad.t + fatH + gap, base = evTop + evH;
    const bw = (W - pad.l - pad.r) / bins.length;
    state.tl = { pad: pad, bw: bw, bins: bins, bin: data.bin || "month", top: fatTop, bottom: base };
    const fats = data.fatalities || bins.map(() => 0);
    const incs = data.incidents || bins.map(() => 0);
    const totals = bins.map((_, i) => Object.values(data.series).reduce((a, arr) => a + (arr[i] || 0), 0));
    const maxF = Math.max(1, ...fats), maxE = Math.max(1, ...totals);
    const label = (x, y, text, cls, anchor) => {
      const tx = svg("text", { x: x, y: y, "text-anchor": anchor || "end", class: cls || "tick" });
      tx.textContent = text;
      s.appendChild(tx);
    };
    s.appendChild(svg("line", { x1: pad.l, x2: W - pad.r, y1: fatTop + fatH, y2: fatTop + fatH, class: "axis" }));
    s.appendChild(svg("line", { x1: pad.l, x2: W - pad.r, y1: base, y2: base, class: "axis" }));
    label(pad.l - 4, fatTop + 8, String(maxF));
    label(pad.l - 4, evTop + 8, String(maxE));
    label(pad.l + 8, fatTop + 9, t("fatalities_bins"), "band-label", "start");
    label(pad.l + 8, evTop + 9, t("events_bins"), "band-label", "start");
    bins.forEach((b, i) => {
      const x = pad.l + i * bw, w = Math.max(1, bw - 1);
      if (fats[i]) {
        const h = fats[i] / maxF * fatH;
        const r = svg("rect", { x: (x + 0.5).toFixed(2), width: w.toFixed(2), y: (fatTop + fatH - h).toFixed(2),
          height: h.toFixed(2), class: "fat-bar", "data-bin": b, "data-value": fats[i] });
        const title = svg("title", {});
        title.textContent = `${b} · ${t("t_fatalities")}: ${fats[i]} · ${t("t_incidents")}: ${incs[i] || 0}`;
        r.appendChild(title);
        s.appendChild(r);
      }
      let acc = 0;
      const y = (v) => base - v / maxE * evH;
      for (const type of Object.keys(TYPE_COLORS).concat(Object.keys(data.series).filter((k) => !(k in TYPE_COLORS)))) {
        const arr = data.series[type];
        if (!arr || !arr[i]) continue;
        const r = svg("rect", { x: (x + 0.5).toFixed(2), width: w.toFixed(2),
          y: y(acc + arr[i]).toFixed(2), height: (y(acc) - y(acc + arr[i])).toFixed(2),
          fill: TYPE_COLORS[type] || "#555", class: "bar", "data-bin": b, "data-month": b });
        const title = svg("title", {});
        title.textContent = `${b} · ${typeLabel(type)}: ${arr[i]}`;
        r.appendChild(title);
        s.appendChild(r);
        acc += arr[i];
      }
      const every = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor((W - pad.l) / 70))));
      if (i % every === 0) label(x + bw / 2, H - 6, b, "tick", "middle");
    });
    state.brushRect = svg("rect", { class: "brush", x: 0, y: fatTop, width: 0, height: base - fatTop });
    state.brushRect.style.display = "none";
    s.appendChild(state.brushRect);
  }

  // the brush: drag across the timeline (or click one bin) to set the date filter
  function binAt(clientX) {
    const tl = state.tl, box = $("#timeline").getBoundingClientRect();
    const x = (clientX - box.left) * ((($("#timeline").viewBox.baseVal || {}).width || box.width) / box.width);
    return Math.max(0, Math.min(tl.bins.length - 1, Math.floor((x - tl.pad.l) / tl.bw)));
  }
  function binEnd(b, bin) {
    if (bin === "month") return b;
    const d = new Date(b + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 6);
    return d.toISOString().slice(0, 10);
  }
  function setupTimeline() {
    const s = $("#timeline");
    let from = null;
    const show = (a, b) => {
      const tl = state.tl, lo = Math.min(a, b), hi = Math.max(a, b);
      state.brushRect.style.display = "";
      state.brushRect.setAttribute("x", (tl.pad.l + lo * tl.bw).toFixed(2));
      state.brushRect.setAttribute("width", ((hi - lo + 1) * tl.bw).toFixed(2));
    };
    s.addEventListener("pointerdown", (ev) => {
      if (!state.tl || ev.button !== 0) return;
      from = binAt(ev.clientX);
      s.setPointerCapture(ev.pointerId);
      show(from, from);
      ev.preventDefault();
    });
    s.addEventListener("pointermove", (ev) => { if (from !== null) show(from, binAt(ev.clientX)); });
    const finish = (ev) => {
      if (from === null) return;
      const to = binAt(ev.clientX), tl = state.tl;
      const lo = Math.min(from, to), hi = Math.max(from, to);
      from = null;
      const f = $("#filter-form");
      f.elements.since.value = tl.bins[lo];
      f.elements.until.value = binEnd(tl.bins[hi], tl.bin);
      readFilter();
      refresh();
    };
    s.addEventListener("pointerup", finish);
    s.addEventListener("pointercancel", () => { from = null; if (state.brushRect) state.brushRect.style.display = "none"; });
    $("#timeline-bin").addEventListener("change", (e) => { state.bin = e.target.value; readFilter(); refresh(true); });
  }

  // ------------------------------------------------------------------ list
  function placeOf(e) { return [e.location, e.admin1].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", "); }

  function drawList(page) {
    const body = $("#events tbody");
    clear(body);
    state.total = page.total;
    $("#total").textContent = "(" + page.total + ")";
    if (!page.items.length) body.appendChild(el("tr", {}, el("td", { colspan: 6, class: "muted", text: t("no_events") })));
    for (const e of page.items) {
      const sw = el("span", { class: "swatch" });
      sw.style.background = TYPE_COLORS[e.type] || "#555";
      // an incident with several reports: "n reports", a link listing them (filter incident=ID)
      const n = e.incident_reports || 0;
      const reports = n > 1 ? el("a", { class: "reports", href: "?incident=" + encodeURIComponent(e.incident_id),
        "data-incident": e.incident_id, title: t("n_reports_title", { n: n, id: e.incident_id }),
        text: t("n_reports", { n: n }), onclick: (ev) => { ev.preventDefault(); ev.stopPropagation(); filterIncident(e.incident_id); } }) : null;
      const tr = el("tr", { class: "event-row", "data-id": e.event_id, tabindex: 0 },
        el("td", { text: e.date || "—" }),
        el("td", {}, sw, typeLabel(e.type), reports),
        el("td", { text: placeOf(e) || "—" }),
        el("td", { text: [e.actor1, e.actor2].filter(Boolean).join(" → ") || "—" }),
        el("td", { class: "num", text: e.killed === null || e.killed === undefined ? "" : e.killed }),
        el("td", {}, el("span", { class: "status status-" + e.status, text: t(e.status) })));
      tr.addEventListener("click", () => openEvent(e.event_id));
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.event_id); });
      body.appendChild(tr);
    }
    const pageNo = Math.floor(state.offset / state.limit) + 1;
    const pages = Math.max(1, Math.ceil(page.total / state.limit));
    $("#page-info").textContent = `${t("page")} ${pageNo} ${t("of")} ${pages}`;
    $("#prev").disabled = state.offset === 0;
    $("#next").disabled = state.offset + state.limit >= page.total;
  }

  // the list (and map, timeline, totals) narrowed to one incident's reports, or not
  function filterIncident(id) {
    $("#filter-form").elements.incident.value = id === null || id === undefined ? "" : String(id);
    readFilter();
    refresh();
  }

  function showIncidentFilter() {
    const id = (state.filter || {}).incident;
    $("#incident-filter").hidden = !id;
    $("#incident-filter-label").textContent = id ? t("incident_filter", { id: id }) : "";
  }

  // ------------------------------------------------------------------ highlighted text
  // spans: {field: [start, end]}; returns a node with the text of [from, to) and each
  // field's words wrapped in <mark>, the evidence in a highlighted block.
  function highlighted(text, spans, from, to) {
    from = from || 0;
    to = to === undefined ? text.length : to;
    const fields = Object.entries(spans || {}).filter(([, se]) => Array.isArray(se) && se.length === 2 && se[1] > se[0]);
    const cuts = new Set([from, to]);
    for (const [, [s, e]] of fields) {
      if (s > from && s < to) cuts.add(s);
      if (e > from && e < to) cuts.add(e);
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const root = el("div", { class: "hl" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = fields.filter(([, [s, e]]) => s <= a && b <= e).map(([f]) => f);
      if (!covering.length) { root.appendChild(document.createTextNode(piece)); continue; }
      const inner = covering.filter((f) => f !== "evidence");
      const m = el("mark", { class: "span" + (covering.includes("evidence") ? " evidence" : "") +
        inner.map((f) => " f-" + f.replace(/[^a-z0-9_]/gi, "")).join(""), "data-fields": covering.join(" "),
        title: covering.map((f) => t(f)).join(", ") });
      if (inner.length) m.style.setProperty("--field", FIELD_COLORS[inner[inner.length - 1]] || "#ffe082");
      m.textContent = piece;
      root.appendChild(m);
    }
    return root;
  }
  function spanLegend(spans) {
    const box = el("div", { class: "legend small" });
    for (const f of Object.keys(spans || {})) {
      if (f === "evidence") {
        box.appendChild(el("span", { class: "legend-item" }, el("mark", { class: "span evidence", text: t("evidence") })));
        continue;
      }
      const m = el("mark", { class: "span f-" + f, text: t(f) });
      m.style.setProperty("--field", FIELD_COLORS[f] || "#ffe082");
      box.appendChild(el("span", { class: "legend-item" }, m));
    }
    return box;
  }
  function eventSpans(e) {
    return Object.assign({ evidence: [e.evidence_start, e.evidence_end] }, e.spans || {});
  }
  function fieldList(e) {
    const dl = el("dl", { class: "fields" });
    const add = (k, v) => { if (v !== null && v !== undefined && v !== "") { dl.appendChild(el("dt", { text: t(k) })); dl.appendChild(el("dd", { text: v })); } };
    add("type", typeLabel(e.type) + (e.event_type ? " (ACLED: " + e.event_type + (e.sub_event_type ? " / " + e.sub_event_type : "") + ")" : ""));
    add("date", e.date ? e.date + (e.date_precision ? " (" + (t("p_" + e.date_precision) === "p_" + e.date_precision ? e.date_precision : t("p_" + e.date_precision)) + ")" : "") : null);
    add("place", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", "));
    add("actor1", e.actor1 ? e.actor1 + (e.actor1_text && e.actor1_text !== e.actor1 ? " («" + e.actor1_text + "»)" : "") : null);
    add("actor2", e.actor2 ? e.actor2 + (e.actor2_text && e.actor2_text !== e.actor2 ? " («" + e.actor2_text + "»)" : "") : null);
    add("killed", e.killed !== null && e.killed !== undefined ? e.killed + (e.killed_low !== null && e.killed_high !== null && e.killed_high !== undefined && e.killed_high !== e.killed ? ` [${e.killed_low}–${e.killed_high}]` : "") : (e.killed_low ? "≥ " + e.killed_low : null));
    add("wounded", e.wounded);
    add("kidnapped", e.kidnapped);
    add("arrested", e.arrested);
    add("confidence", e.confidence !== null && e.confidence !== undefined ? Number(e.confidence).toFixed(2) : null);
    return dl;
  }

  // ------------------------------------------------------------------ event page
  async function openEvent(id) {
    let e;
    try { e = await api("/api/events/" + encodeURIComponent(id)); } catch (err) { $("#map-note").textContent = err.message; return; }
    state.current = e;
    if (location.hash !== "#event=" + id) history.replaceState(null, "", "#event=" + encodeURIComponent(id));
    const d = $("#detail");
    d.hidden = false;
    d.dataset.id = e.event_id;
    $("#detail-title").textContent = typeLabel(e.type) + (e.date ? " · " + e.date : "") + (placeOf(e) ? " · " + placeOf(e) : "");
    const fl = fieldList(e);
    fl.id = "detail-fields";
    $("#detail-fields").replaceWith(fl);
    const stEl = $("#detail-status");
    stEl.className = "status status-" + e.status;
    stEl.dataset.status = e.status;
    stEl.textContent = t(e.status);
    $("#review-msg").textContent = "";
    $("#edit-form").hidden = true;
    const spans = eventSpans(e);
    const lg = spanLegend(spans);
    lg.id = "span-legend";
    $("#span-legend").replaceWith(lg);
    const box = $("#doc-text");
    clear(box);
    const doc = e.document || {};
    if (doc.title) box.appendChild(el("div", { class: "doc-title", text: doc.title }));
    box.appendChild(el("div", { class: "doc-meta" },
      t("document") + ": " + doc.doc_id + (doc.published ? " · " + doc.published : "") + " ",
      doc.url && /^https?:\/\//i.test(doc.url) ? el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank", text: t("source") }) : null));
    box.appendChild(highlighted(doc.text || "", spans));
    const ev = box.querySelector("mark.evidence");
    if (ev) ev.scrollIntoView({ block: "center" });
    const hist = $("#detail-history");
    clear(hist);
    for (const h of e.history || []) {
      const changes = h.fields && h.fields.set ? Object.entries(h.fields.set).map(([k, v]) => `${k} = ${v}`).join("; ") : "";
      const moved = h.fields && h.fields.incident ? ` · ${t("incident")} ${h.fields.incident.from ?? "—"} → ${h.fields.incident.to ?? "—"}` : "";
      const what = h.action === "machine" ? t("machine") : ["merge", "split", "move"].includes(h.action) ? t(h.action) : t(h.status);
      const derived = h.fields && h.fields.derived ? el("div", { class: "muted derived", text: h.fields.derived }) : null;
      hist.appendChild(el("li", { "data-action": h.action }, el("b", { text: what }),
        ` ${h.at || ""} · ${h.author || ""}` + (h.reason ? " · " + h.reason : "") + (changes ? " · " + changes : "") + moved, derived));
    }
    document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
    const row = document.querySelector(`#events tr[data-id="${CSS.escape(e.event_id)}"]`);
    if (row) row.classList.add("selected");
    showOnMap(e);
    await loadIncident(e);
  }

  async function review(action, fields, reason) {
    const e = state.current;
    if (!e) return;
    const msg = $("#review-msg");
    if (!token()) { msg.textContent = t("need_token"); $("#token").focus(); return; }
    msg.textContent = t("working");
    try {
      await sendReview(e.event_id, action, fields, reason);
      await openEvent(e.event_id);
      $("#review-msg").textContent = t("saved");
      refresh(true);
    } catch (err) {
      if (err.status === 412) {  // someone else changed the event meanwhile: show theirs
        await openEvent(e.event_id);
        $("#review-msg").textContent = t("stale_edit");
      } else {
        msg.textContent = err.message;
      }
    }
  }

  function sendReview(id, action, fields, reason) {
    const headers = {};
    if (state.etags[id]) headers["If-Match"] = state.etags[id];
    return api(`/api/events/${encodeURIComponent(id)}/review`,
      { headers: headers, json: { action: action, fields: fields || null, reason: reason || null } });
  }

  function editFields() {
    const allowed = state.config && state.config.editable_fields && state.config.editable_fields.length
      ? new Set(state.config.editable_fields) : null;
    return EDIT_FIELDS.filter((k) => !allowed || allowed.has(k));
  }

  function showEditForm() {
    const e = state.current;
    const f = $("#edit-form");
    clear(f);
    for (const k of editFields()) {
      let input;
      if (k === "type") {
        input = el("select", { name: k });
        for (const ty of state.config.event_types) input.appendChild(el("option", { value: ty, text: typeLabel(ty) }));
        input.value = e.type;
      } else {
        const coord = k === "latitude" || k === "longitude";
        input = el("input", { name: k, type: NUMERIC.has(k) ? "number" : "text",
          min: coord ? (k === "latitude" ? -90 : -180) : NUMERIC.has(k) ? 0 : null,
          max: coord ? (k === "latitude" ? 90 : 180) : null, step: coord ? "any" : null });
        input.value = e[k] === null || e[k] === undefined ? "" : e[k];
      }
      f.appendChild(el("label", {}, el("span", { text: t(k) }), input));
    }
    if (editFields().includes("location") || (state.config.editable_fields || []).includes("gazetteer_id")) f.appendChild(gazetteerPicker(f, e));
    f.appendChild(el("label", { class: "wide" }, el("span", { text: t("reason") }), el("input", { name: "reason", required: "required" })));
    f.appendChild(el("div", { class: "buttons" }, el("button", { type: "submit", text: t("save") }),
      el("button", { type: "button", text: t("cancel"), onclick: () => { f.hidden = true; } })));
    f.hidden = false;
  }

  function submitEdit(ev) {
    ev.preventDefault();
    const e = state.current, f = ev.target, fields = {};
    const gid = f.elements.gazetteer_id ? f.elements.gazetteer_id.value : "";
    for (const k of editFields()) {
      const input = f.elements[k];
      if (!input) continue;
      const raw = input.value.trim();
      // a chosen gazetteer entry sets the admin levels and coordinates on the server
      if (gid && k !== "location" && input.dataset.gaz !== undefined && raw === input.dataset.gaz) continue;
      const old = e[k] === null || e[k] === undefined ? "" : String(e[k]);
      if (raw === old) continue;
      fields[k] = raw === "" ? null : NUMERIC.has(k) ? Number(raw) : raw;
    }
    if (gid) fields.gazetteer_id = gid;
    if (!Object.keys(fields).length) { $("#review-msg").textContent = "—"; return; }
    review("edit", fields, f.elements.reason.value.trim());
  }

  // ------------------------------------------------------------------ incident of the open event
  // "n reports": the incident's other current reports, each a link to its event; merge with
  // another incident, move this report to another one, or split it off, each with a reason
  // (POST /api/incidents/merge, /api/events/ID/move, /api/incidents/ID/split).
  async function loadIncident(e) {
    const box = $("#incident-box");
    state.incident = null;
    $("#incident-msg").textContent = "";
    if (!e.incident_id) { box.hidden = true; return; }
    let inc;
    try { inc = await api("/api/incidents/" + encodeURIComponent(e.incident_id)); } catch (err) { box.hidden = true; return; }
    if (!state.current || state.current.event_id !== e.event_id) return;
    state.incident = inc;
    const members = (inc.members || []).filter((m) => !m.superseded && m.status !== "rejected");
    box.hidden = false;
    box.dataset.incident = inc.incident_id;
    box.dataset.reports = members.length;
    const toll = inc.deaths_best !== null && inc.deaths_best !== undefined ? inc.deaths_best : inc.fatalities;
    $("#incident-title").textContent = t(members.length === 1 ? "incident_one" : "incident_title",
      { id: inc.incident_id, n: members.length }) + (toll ? " · " + t("t_fatalities") + ": " + toll : "");
    const ul = $("#incident-members");
    clear(ul);
    const others = members.filter((m) => m.event_id !== e.event_id);
    ul.appendChild(el("li", { class: "muted", text: others.length ? t("other_reports") : t("no_other_reports") }));
    for (const m of others) {
      const what = [m.date || "—", typeLabel(m.type), placeOf(m)].filter(Boolean).join(" · ")
        + (m.killed !== null && m.killed !== undefined ? " · " + t("killed") + ": " + m.killed : "");
      ul.appendChild(el("li", { class: "member", "data-id": m.event_id },
        el("a", { href: "#event=" + encodeURIComponent(m.event_id), text: m.doc_id }), " · " + what + " ",
        el("span", { class: "status status-" + m.status, text: t(m.status) })));
    }
    if (others.length) {
      const id = inc.incident_id;
      ul.appendChild(el("li", {}, el("a", { class: "reports", href: "?incident=" + encodeURIComponent(id),
        text: t("n_reports_title", { n: members.length, id: id }),
        onclick: (ev) => { ev.preventDefault(); filterIncident(id); } })));
    }
    const f = $("#incident-form");
    const split = f.querySelector("option[value=split]");
    split.disabled = members.length < 2;  // a lone report is its own incident already
    if (split.disabled && f.elements.op.value === "split") f.elements.op.value = "merge";
    f.querySelector("label.target").hidden = f.elements.op.value === "split";
    loadCandidates(e, inc.incident_id);
  }

  // incidents near the event (same country, a month either side) offered for merge/move
  async function loadCandidates(e, own) {
    const list = $("#incident-candidates");
    clear(list);
    const p = new URLSearchParams({ limit: 30 });
    if (e.country) p.set("country", e.country);
    const d = e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? new Date(e.date + "T00:00:00Z") : null;
    if (d) {
      const a = new Date(d), b = new Date(d);
      a.setUTCDate(a.getUTCDate() - 31); b.setUTCDate(b.getUTCDate() + 31);
      p.set("since", a.toISOString().slice(0, 10)); p.set("until", b.toISOString().slice(0, 10));
    }
    let page;
    try { page = await api("/api/incidents?" + p.toString()); } catch (err) { return; }
    for (const i of page.items) {
      if (i.incident_id === own) continue;
      list.appendChild(el("option", { value: i.incident_id,
        label: [i.date || "—", typeLabel(i.type), i.admin1, (i.n_events || 0) + " " + t("reports")].filter(Boolean).join(" · ") }));
    }
  }

  async function submitIncident(ev) {
    ev.preventDefault();
    const e = state.current, inc = state.incident, f = ev.target, msg = $("#incident-msg");
    if (!e || !inc) return;
    if (!token()) { msg.textContent = t("need_token"); $("#token").focus(); return; }
    const op = f.elements.op.value, reason = f.elements.reason.value.trim();
    if (!reason) { f.elements.reason.focus(); return; }
    const target = Number(f.elements.target.value);
    if (op !== "split" && !(Number.isInteger(target) && target >= 1)) { msg.textContent = t("inc_need_target"); return; }
    msg.textContent = t("working");
    try {
      if (op === "merge") await api("/api/incidents/merge", { json: { incidents: [inc.incident_id, target], reason: reason } });
      else if (op === "move") await api(`/api/events/${encodeURIComponent(e.event_id)}/move`, { json: { incident_id: target, reason: reason } });
      else await api(`/api/incidents/${encodeURIComponent(inc.incident_id)}/split`, { json: { event_ids: [e.event_id], reason: reason } });
    } catch (err) { msg.textContent = err.message; return; }
    f.elements.reason.value = "";
    f.elements.target.value = "";
    await openEvent(e.event_id);
    $("#incident-msg").textContent = t("inc_done", { action: t(op), id: state.current.incident_id });
    refresh(true);
  }

  // ------------------------------------------------------------------ place from the gazetteer (edit form)
  function describePlace(p) {
    return [p.name, kindLabel(p.kind), p.admin2 !== p.name ? p.admin2 : null, p.admin1 !== p.name ? p.admin1 : null, p.country]
      .filter(Boolean).join(" · ");
  }

  function gazetteerPicker(f, e) {
    const gid = el("input", { type: "hidden", name: "gazetteer_id" });
    const search = el("input", { name: "gaz_q", type: "search", autocomplete: "off" });
    const results = el("ul", { class: "gaz-results", id: "gaz-results" });
    const chosen = el("div", { class: "msg", id: "gaz-chosen" });
    let timer = null, seq = 0;
    const choose = (p) => {
      gid.value = p.gazetteer_id;
      const set = { location: p.name, admin1: p.admin1, admin2: p.admin2, country: p.country,
        latitude: p.latitude, longitude: p.longitude };
      for (const [k, v] of Object.entries(set)) {
        const input = f.elements[k];
        if (!input) continue;
        input.value = v === null || v === undefined ? "" : v;
        input.dataset.gaz = input.value;
      }
      chosen.textContent = t("gaz_chosen", { name: describePlace(p) });
      chosen.dataset.gid = p.gazetteer_id;
      clear(results);
    };
    const lookup = async () => {
      const q = search.value.trim(), my = ++seq;
      clear(results);
      if (q.length < 2) return;
      let out;
      try { out = await api("/api/gazetteer?" + new URLSearchParams({ q: q, limit: 12 }).toString()); } catch (err) {
        results.appendChild(el("li", { class: "muted", text: err.message })); return;
      }
      if (my !== seq) return;
      const here = (p) => (e.country && fold(p.country) === fold(e.country) ? 0 : 1);  // the event's country first
      const items = out.items.slice().sort((a, b) => here(a) - here(b));
      if (!items.length) results.appendChild(el("li", { class: "muted", text: t("gaz_none") }));
      for (const p of items) {
        results.appendChild(el("li", {}, el("button", { type: "button", class: "gaz-pick", "data-gid": p.gazetteer_id,
          text: describePlace(p), onclick: () => choose(p) })));
      }
    };
    search.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 200); });
    search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); clearTimeout(timer); lookup(); } });
    return el("div", { class: "wide gaz" }, el("label", {}, el("span", { text: t("gaz_search") }), search), results, chosen, gid);
  }

  // ------------------------------------------------------------------ lists of the filter form
  // countries and first-level divisions (grouped by country) with their numbers; reloaded
  // when the token changes, so a --private server fills them without a page reload
  async function loadLists() {
    const csel = document.querySelector("#filter-form select[name=country]");
    const asel = document.querySelector("#filter-form select[name=admin1]");
    let cs, a1;
    try { [cs, a1] = await Promise.all([api("/api/stats?by=country"), api("/api/stats?by=admin1")]); } catch (err) { return false; }
    const keep = [csel.value, asel.value];
    for (const sel of [csel, asel]) while (sel.children.length > 1) sel.removeChild(sel.lastChild);
    for (const r of cs.items) if (r.key) csel.appendChild(el("option", { value: r.key, text: `${r.key} (${r.events})` }));
    const groups = new Map();
    for (const r of a1.items) {
      if (!r.key) continue;
      const c = r.country || "—";
      if (!groups.has(c)) groups.set(c, []);
      groups.get(c).push(r);
    }
    for (const c of Array.from(groups.keys()).sort((a, b) => a.localeCompare(b, state.lang))) {
      const g = el("optgroup", { label: c, "data-country": c });
      for (const r of groups.get(c)) g.appendChild(el("option", { value: r.key, text: `${r.key} (${r.events})` }));
      asel.appendChild(g);
    }
    for (const [sel, v] of [[csel, keep[0]], [asel, keep[1]]]) {
      if (v && ![...sel.options].some((o) => o.value === v)) sel.appendChild(el("option", { value: v, text: v }));
      sel.value = v;
    }
    narrowDivisions();
    return true;
  }

  // with a country chosen, the division list shows that country's divisions only
  function narrowDivisions() {
    const c = document.querySelector("#filter-form select[name=country]").value;
    const asel = document.querySelector("#filter-form select[name=admin1]");
    for (const g of asel.querySelectorAll("optgroup")) {
      g.hidden = !!c && fold(g.dataset.country) !== fold(c);
      g.disabled = g.hidden;
    }
    const opt = asel.selectedOptions[0];
    if (opt && opt.parentNode.tagName === "OPTGROUP" && opt.parentNode.hidden) asel.value = "";
  }

  // the export link: a plain link where reading is open; on a --private server a
  // short-lived signed link (GET /api/export/link), as a download cannot send a token
  async function download(ev) {
    if (!state.config || state.config.read_open) return;
    ev.preventDefault();
    const msg = $("#export-msg");
    msg.textContent = t("exporting");
    let link;
    try { link = await api("/api/export/link?" + query({ format: $("#export-format").value })); } catch (err) {
      msg.textContent = err.status === 401 && !token() ? t("need_token_read") : err.message; return;
    }
    msg.textContent = "";
    const a = el("a", { href: link.url, download: "", hidden: "hidden" });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // ------------------------------------------------------------------ filters and refresh
  function readFilter() {
    const f = $("#filter-form");
    state.filter = {};
    for (const k of FILTER_KEYS) {
      const input = f.elements[k];
      if (!input) continue;
      const v = input.type === "checkbox" ? (input.checked ? "true" : "") : input.value.trim();
      if (v) state.filter[k] = v;
    }
    if ($("#use-bbox").checked && state.map) state.filter.bbox = viewBbox();
    showIncidentFilter();
    state.offset = 0;
    const q = query(state.bin !== "month" ? { bin: state.bin } : {});
    history.replaceState(null, "", location.pathname + (q ? "?" + q : "") + location.hash);
  }

  function filterFromUrl() {
    const p = new URLSearchParams(location.search);
    const f = $("#filter-form");
    for (const k of FILTER_KEYS) {
      const input = f.elements[k];
      if (!input || !p.has(k)) continue;
      if (input.type === "checkbox") input.checked = p.get(k) === "true";
      else {
        if (input.tagName === "SELECT" && ![...input.options].some((o) => o.value === p.get(k))) {
          input.appendChild(el("option", { value: p.get(k), text: p.get(k) }));
        }
        input.value = p.get(k);
      }
    }
    if (p.has("bbox")) { $("#use-bbox").checked = true; state.urlBbox = p.get("bbox"); }
    state.bin = p.get("bin") === "week" ? "week" : "month";
    $("#timeline-bin").value = state.bin;
  }

  async function refresh(keepPage) {
    if (!keepPage) state.offset = 0;
    const q = query();
    $("#export-link").href = "/api/export?" + query({ format: $("#export-format").value });
    try {
      const [page, pts, tl, tot, choro] = await Promise.all([
        api("/api/events?" + query({ limit: state.limit, offset: state.offset })),
        api("/api/points?" + q),
        api("/api/timeline?" + query({ bin: state.bin })),
        api("/api/totals?" + q),
        api("/api/stats?" + query({ by: "admin1" })),
      ]);
      drawList(page);
      state.points = pts.items;
      state.pointsTotal = pts.total;
      state.choro = choro.items;
      drawMarkers();
      drawLegend();
      drawTimeline(tl);
      drawTotals(tot);
      drawChoropleth();
      $("#filter-msg").textContent = "";
    } catch (err) {
      // never leave the previous results on screen under a filter that failed
      $("#filter-msg").textContent = err.status === 401 && !token() ? t("need_token_read")
        : t("bad_filter", { msg: err.message });
      drawList({ items: [], total: 0 });
      state.points = []; state.pointsTotal = 0; state.choro = null;
      drawMarkers(); drawLegend(); drawTimeline({ bins: [], series: {} }); drawTotals(null); drawChoropleth();
    }
  }

  async function loadPage() {
    const page = await api("/api/events?" + query({ limit: state.limit, offset: state.offset }));
    drawList(page);
  }

  // ------------------------------------------------------------------ paste box
  async function extractPasted(ev) {
    ev.preventDefault();
    const text = $("#paste-text").value;
    const published = $("#paste-published").value.trim();
    const out = $("#paste-results");
    clear(out);
    if (!text.trim()) return;
    $("#paste-msg").textContent = t("working");
    let res;
    try {
      res = await api("/api/extract", { json: { text: text, published: published || null } });
    } catch (err) {
      $("#paste-msg").textContent = err.message;
      return;
    }
    $("#paste-msg").textContent = t("events_found", { n: res.events.length });
    if (!res.events.length) { out.appendChild(el("p", { class: "muted", text: t("no_events") })); return; }
    for (const e of res.events) {
      const spans = eventSpans(e);
      const from = Math.max(0, text.lastIndexOf("\n", e.evidence_start - 1) + 1);
      let to = text.indexOf("\n", e.evidence_end);
      if (to < 0) to = text.length;
      const card = el("article", { class: "extracted", "data-type": e.type },
        el("h3", { text: typeLabel(e.type) + (e.date ? " · " + e.date : "") + (placeOf(e) ? " · " + placeOf(e) : "") }),
        fieldList(e), spanLegend(spans), highlighted(text, spans, from, to));
      out.appendChild(card);
    }
  }

  // ------------------------------------------------------------------ review queue
  async function loadQueue() {
    const msg = $("#queue-msg");
    msg.textContent = t("loading");
    let page;
    try {
      page = await api("/api/events?" + new URLSearchParams({ status: "unreviewed", limit: 500 }).toString());
    } catch (err) { msg.textContent = err.message; return; }
    state.queue = page.items.slice().sort((a, b) => (a.confidence ?? 1) - (b.confidence ?? 1));
    state.marked = new Set();
    $("#queue-total").textContent = "(" + page.total + ")";
    msg.textContent = state.queue.length ? "" : t("queue_empty");
    drawQueue();
    if (state.queue.length) selectQueue(0);
  }

  function drawQueue() {
    const body = $("#queue-table tbody");
    clear(body);
    state.queue.forEach((e, i) => {
      const box = el("input", { type: "checkbox", "aria-label": "x" });
      box.checked = state.marked.has(e.event_id);
      box.addEventListener("change", () => { box.checked ? state.marked.add(e.event_id) : state.marked.delete(e.event_id); });
      const tr = el("tr", { class: "queue-row" + (i === state.qi ? " selected" : ""), "data-id": e.event_id },
        el("td", {}, box),
        el("td", { class: "num", text: e.confidence === null || e.confidence === undefined ? "" : Number(e.confidence).toFixed(2) }),
        el("td", { text: e.date || "—" }), el("td", { text: typeLabel(e.type) }),
        el("td", { text: placeOf(e) || "—" }),
        el("td", { class: "num", text: e.killed === null || e.killed === undefined ? "" : e.killed }));
      tr.addEventListener("click", (ev) => { if (ev.target !== box) selectQueue(i); });
      body.appendChild(tr);
    });
  }

  async function selectQueue(i) {
    if (i < 0 || i >= state.queue.length) return;
    state.qi = i;
    document.querySelectorAll("#queue-table tr.queue-row").forEach((r, k) => r.classList.toggle("selected", k === i));
    const row = document.querySelectorAll("#queue-table tr.queue-row")[i];
    if (row) row.scrollIntoView({ block: "nearest" });
    let e;
    try { e = await api("/api/events/" + encodeURIComponent(state.queue[i].event_id)); } catch (err) { $("#queue-msg").textContent = err.message; return; }
    const detail = $("#queue-detail");
    detail.dataset.id = e.event_id;
    const body = $("#queue-compare tbody");
    clear(body);
    const machine = e.machine || {};
    for (const k of ["type", "date", "location", "admin1", "country", "actor1", "actor2", "killed", "wounded", "kidnapped", "arrested"]) {
      const a = machine[k] === null || machine[k] === undefined ? "" : String(machine[k]);
      const b = e[k] === null || e[k] === undefined ? "" : String(e[k]);
      const shown = (v) => (k === "type" ? typeLabel(v) : v);
      body.appendChild(el("tr", { class: a !== b ? "changed" : "", "data-field": k }, el("th", { text: t(k) }),
        el("td", { text: shown(a) }), el("td", { text: shown(b) })));
    }
    const box = $("#queue-text");
    clear(box);
    const doc = e.document || {};
    const text = doc.text || "";
    const from = Math.max(0, text.lastIndexOf("\n", e.evidence_start - 1) + 1);
    let to = text.indexOf("\n", e.evidence_end);
    if (to < 0) to = text.length;
    box.appendChild(highlighted(text, eventSpans(e), from, to));
    $("#queue-reject").hidden = true;
  }

  async function queueDecide(action, reason) {
    const e = state.queue[state.qi];
    if (!e) return;
    if (!token()) { $("#queue-msg").textContent = t("need_token"); $("#token").focus(); return; }
    try {
      await sendReview(e.event_id, action, null, reason);
    } catch (err) { $("#queue-msg").textContent = err.message; return; }
    state.queue.splice(state.qi, 1);
    state.marked.delete(e.event_id);
    $("#queue-msg").textContent = t("saved");
    drawQueue();
    if (state.queue.length) selectQueue(Math.min(state.qi, state.queue.length - 1));
    else { $("#queue-msg").textContent = t("queue_empty"); clear($("#queue-compare tbody")); clear($("#queue-text")); }
  }

  async function acceptMarked() {
    if (!token()) { $("#queue-msg").textContent = t("need_token"); return; }
    let n = 0;
    for (const id of Array.from(state.marked)) {
      try { await sendReview(id, "accept"); n++; } catch (err) { $("#queue-msg").textContent = err.message; }
      state.marked.delete(id);
      state.queue = state.queue.filter((e) => e.event_id !== id);
    }
    drawQueue();
    if (state.queue.length) selectQueue(0);
    $("#queue-msg").textContent = t("accepted_n", { n: n });
  }

  function setupQueue() {
    $("#queue-accept-selected").addEventListener("click", acceptMarked);
    $("#queue-reject").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const reason = ev.target.elements.reason.value.trim();
      if (reason) { ev.target.elements.reason.value = ""; queueDecide("reject", reason); }
    });
    document.addEventListener("keydown", (ev) => {
      if ($("#queue").hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.target.closest && ev.target.closest("input, textarea, select")) return;
      const k = ev.key;
      if (k === "a") queueDecide("accept");
      else if (k === "r") { $("#queue-reject").hidden = false; $("#queue-reject input[name=reason]").focus(); ev.preventDefault(); }
      else if (k === "j" || k === "ArrowDown") selectQueue(state.qi + 1);
      else if (k === "k" || k === "ArrowUp") selectQueue(state.qi - 1);
      else if (k === "x") {
        const e = state.queue[state.qi];
        if (e) { state.marked.has(e.event_id) ? state.marked.delete(e.event_id) : state.marked.add(e.event_id); drawQueue(); }
      } else return;
      ev.preventDefault();
    });
  }

  // ------------------------------------------------------------------ start
  async function start() {
    $("#token").value = sessionStorage.getItem("cronica-token") || "";
    $("#token").addEventListener("change", async () => {
      sessionStorage.setItem("cronica-token", token());
      if (!state.config || state.config.read_open) return;
      await loadLists();  // a --private server: what the page could not read without a token
      refresh(true);
    });
    $("#lang").addEventListener("change", (e) => {
      state.lang = e.target.value;
      localStorage.setItem("cronica-lang", state.lang);
      applyLang();
      refresh(true);
      if (state.current) openEvent(state.current.event_id);
    });
    document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => {
      document.querySelectorAll(".tab").forEach((x) => x.classList.toggle("active", x === b));
      $("#explore").hidden = b.dataset.tab !== "explore";
      $("#paste").hidden = b.dataset.tab !== "paste";
      $("#queue").hidden = b.dataset.tab !== "queue";
      if (b.dataset.tab === "queue") loadQueue();
      if (b.dataset.tab === "explore") drawMap();
    }));
    state.config = await api("/api/config");
    const typeSel = document.querySelector("#filter-form select[name=type]");
    for (const ty of state.config.event_types) typeSel.appendChild(el("option", { value: ty, text: ty }));
    const stSel = document.querySelector("#filter-form select[name=status]");
    for (const s of state.config.statuses) stSel.appendChild(el("option", { value: s, text: s }));
    if (state.config.tile_url) $("#tiles-toggle").hidden = false;
    applyLang();
    await loadLists();
    const load = async (url) => { const r = await fetch(url); if (!r.ok) throw new Error(url + ": " + r.status); return r.json(); };
    try { state.world = await load("/static/vendor/world-atlas/countries-50m.json"); } catch (err) { state.world = null; }
    try { state.admin1 = await load("/static/admin1.geojson"); } catch (err) { state.admin1 = null; }
    buildMap();
    setupMapEvents();
    filterFromUrl();
    readFilter();
    if (state.urlBbox) state.filter.bbox = state.urlBbox;
    setupQueue();
    setupTimeline();
    narrowDivisions();
    document.querySelector("#filter-form select[name=country]").addEventListener("change", narrowDivisions);
    $("#export-link").addEventListener("click", download);
    $("#incident-form").addEventListener("submit", submitIncident);
    $("#incident-form").elements.op.addEventListener("change", (ev) => {
      $("#incident-form label.target").hidden = ev.target.value === "split";
    });
    $("#choropleth").addEventListener("change", drawChoropleth);
    $("#filter-form").addEventListener("submit", (e) => { e.preventDefault(); readFilter(); refresh(); });
    $("#filter-form").addEventListener("reset", () => setTimeout(() => {
      $("#filter-form").elements.incident.value = "";  // a hidden input keeps its value through a reset
      narrowDivisions(); readFilter(); refresh();
    }, 0));
    $("#incident-filter-clear").addEventListener("click", () => filterIncident(null));
    $("#export-format").addEventListener("change", () => {
      $("#export-link").href = "/api/export?" + query({ format: $("#export-format").value });
    });
    $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadPage(); });
    $("#next").addEventListener("click", () => { state.offset += state.limit; loadPage(); });
    $("#detail-close").addEventListener("click", () => {
      $("#detail").hidden = true; state.current = null; history.replaceState(null, "", "#"); markSelected(); drawMap();
    });
    $("#btn-accept").addEventListener("click", () => review("accept"));
    $("#btn-reject").addEventListener("click", () => review("reject"));
    $("#btn-edit").addEventListener("click", showEditForm);
    $("#edit-form").addEventListener("submit", submitEdit);
    $("#paste-form").addEventListener("submit", extractPasted);
    await refresh();
    fitToPoints();
    if (state.urlBbox) {
      const b = state.urlBbox.split(",").map(Number);
      if (b.length === 4 && b.every(Number.isFinite)) state.map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { animate: false });
    }
    const m = /^#event=(.+)$/.exec(location.hash);
    if (m) await openEvent(decodeURIComponent(m[1]));
    window.addEventListener("hashchange", () => {
      const h = /^#event=(.+)$/.exec(location.hash);
      if (h && (!state.current || state.current.event_id !== decodeURIComponent(h[1]))) openEvent(decodeURIComponent(h[1]));
    });
    document.body.dataset.ready = "1";
  }

  start().catch((err) => {
    document.body.dataset.ready = "error";
    const n = document.querySelector("#map-note");
    if (n) n.textContent = err.message;
  });
})();
