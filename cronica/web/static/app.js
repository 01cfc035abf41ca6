// Cronica's page: map, timeline, filters, event list, event review and the paste box.
// Plain JavaScript and SVG, no library, no network beyond this server (unless the
// user turns on a tile layer the server was configured with).
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
  const EDIT_FIELDS = ["type", "date", "location", "admin1", "admin2", "actor1", "actor2", "inter1",
    "inter2", "killed", "wounded", "kidnapped", "arrested"];
  const NUMERIC = new Set(["inter1", "inter2", "killed", "wounded", "kidnapped", "arrested"]);
  const PERU = [-81.6, -18.6, -68.4, 0.3]; // min lon, min lat, max lon, max lat

  const state = {
    lang: (localStorage.getItem("cronica-lang") || (navigator.language || "es")).slice(0, 2) === "en" ? "en" : "es",
    config: null, filter: {}, offset: 0, limit: 50, total: 0,
    points: [], pointsTotal: 0, basemap: null, view: null, current: null, tilesOn: false,
  };

  // ------------------------------------------------------------------ helpers
  function t(key, vars) {
    let s = (I18N[state.lang] && I18N[state.lang][key]) || I18N.es[key] || key;
    if (vars) for (const k of Object.keys(vars)) s = s.replace("{" + k + "}", String(vars[k]));
    return s;
  }
  function typeLabel(type) { return (I18N[state.lang].types || {})[type] || type || ""; }
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
      throw new Error(msg);
    }
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
  }

  // ------------------------------------------------------------------ map (Web Mercator, world = 256 units)
  function project(lon, lat) {
    const s = Math.sin(Math.max(-85, Math.min(85, lat)) * Math.PI / 180);
    return [(lon + 180) / 360 * 256, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256];
  }
  function unproject(x, y) {
    const lon = x / 256 * 360 - 180;
    const n = Math.PI - 2 * Math.PI * y / 256;
    return [lon, 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
  }
  function mapSize() {
    const m = $("#map");
    return [m.clientWidth || 600, m.clientHeight || 420];
  }
  function fitView(bounds) {
    const [w, h] = mapSize();
    const [x0, y1] = project(bounds[0], bounds[1]);
    const [x1, y0] = project(bounds[2], bounds[3]);
    const k = Math.min(w / (x1 - x0), h / (y1 - y0)) * 0.95;
    state.view = { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, k: k };
  }
  function toScreen(x, y) {
    const [w, h] = mapSize();
    return [w / 2 + (x - state.view.cx) * state.view.k, h / 2 + (y - state.view.cy) * state.view.k];
  }
  function toWorld(px, py) {
    const [w, h] = mapSize();
    return [state.view.cx + (px - w / 2) / state.view.k, state.view.cy + (py - h / 2) / state.view.k];
  }
  function viewBbox() {
    const [w, h] = mapSize();
    const [x0, y0] = toWorld(0, 0);
    const [x1, y1] = toWorld(w, h);
    const [lon0, lat1] = unproject(x0, y0);
    const [lon1, lat0] = unproject(x1, y1);
    const c = (v, a) => Math.max(-a, Math.min(a, v)).toFixed(4);
    return [c(lon0, 180), c(lat0, 90), c(lon1, 180), c(lat1, 90)].join(",");
  }

  function ringPath(ring) {
    let d = "";
    ring.forEach((c, i) => {
      const [x, y] = project(c[0], c[1]);
      d += (i ? "L" : "M") + x.toFixed(3) + "," + y.toFixed(3);
    });
    return d + "Z";
  }
  function geomPath(g) {
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map((p) => p.map(ringPath).join("")).join("");
  }

  function buildMap() {
    const m = $("#map");
    clear(m);
    m.appendChild(svg("rect", { class: "sea", x: 0, y: 0, width: "100%", height: "100%" }));
    m.appendChild(svg("g", { id: "tile-layer" }));
    const base = svg("g", { id: "basemap" });
    if (state.basemap) {
      for (const f of state.basemap.features) {
        const p = svg("path", { d: geomPath(f.geometry), class: f.properties.kind,
          "vector-effect": "non-scaling-stroke" });
        const title = svg("title", {});
        title.textContent = f.properties.name;
        p.appendChild(title);
        base.appendChild(p);
      }
    }
    m.appendChild(base);
    m.appendChild(svg("g", { id: "markers" }));
    drawMap();
  }

  function drawMap() {
    if (!state.view) return;
    const [w, h] = mapSize();
    const v = state.view;
    $("#basemap").setAttribute("transform",
      `translate(${(w / 2 - v.cx * v.k).toFixed(2)},${(h / 2 - v.cy * v.k).toFixed(2)}) scale(${v.k})`);
    drawTiles();
    drawMarkers();
  }

  function drawTiles() {
    const layer = $("#tile-layer");
    clear(layer);
    const url = state.config && state.config.tile_url;
    if (!state.tilesOn || !url) { $("#basemap").classList.remove("over-tiles"); return; }
    $("#basemap").classList.add("over-tiles");
    const [w, h] = mapSize();
    const z = Math.max(0, Math.min(18, Math.round(Math.log2(state.view.k))));
    const n = Math.pow(2, z), size = 256 / n; // tile size in world units
    const [x0, y0] = toWorld(0, 0), [x1, y1] = toWorld(w, h);
    for (let tx = Math.floor(x0 / size); tx <= Math.floor(x1 / size); tx++) {
      for (let ty = Math.max(0, Math.floor(y0 / size)); ty <= Math.min(n - 1, Math.floor(y1 / size)); ty++) {
        const wx = ((tx % n) + n) % n;
        const [sx, sy] = toScreen(tx * size, ty * size);
        const href = url.replace("{z}", z).replace("{x}", wx).replace("{y}", ty).replace("{s}", "a");
        layer.appendChild(svg("image", { href: href, x: sx, y: sy, width: size * state.view.k + 0.5,
          height: size * state.view.k + 0.5 }));
      }
    }
  }

  function radius(killed) { return Math.min(24, 5 + 3 * Math.sqrt(killed || 0)); }

  function drawMarkers() {
    const g = $("#markers");
    clear(g);
    const [w, h] = mapSize();
    const cell = 44;
    const groups = new Map();
    for (const p of state.points) {
      const [x, y] = toScreen(...project(p[1], p[2]));
      if (x < -30 || y < -30 || x > w + 30 || y > h + 30) continue;
      const key = Math.floor(x / cell) + ":" + Math.floor(y / cell);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push({ p: p, x: x, y: y });
    }
    for (const items of groups.values()) {
      if (items.length === 1) {
        const { p, x, y } = items[0];
        const c = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: radius(p[4]).toFixed(1),
          fill: TYPE_COLORS[p[3]] || "#555", class: "marker status-" + p[5], "data-id": p[0] });
        const title = svg("title", {});
        title.textContent = typeLabel(p[3]) + (p[4] ? " · " + t("killed") + ": " + p[4] : "");
        c.appendChild(title);
        c.addEventListener("click", (e) => { e.stopPropagation(); openEvent(p[0]); });
        g.appendChild(c);
      } else {
        const x = items.reduce((a, i) => a + i.x, 0) / items.length;
        const y = items.reduce((a, i) => a + i.y, 0) / items.length;
        const killed = items.reduce((a, i) => a + (i.p[4] || 0), 0);
        const cg = svg("g", { class: "cluster", "data-count": items.length, "data-killed": killed });
        // size grows with the log of the count, capped so neighbouring clusters stay apart
        cg.appendChild(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(22, 9 + 2.2 * Math.log2(items.length)).toFixed(1) }));
        const label = svg("text", { x: x.toFixed(1), y: (y + 4).toFixed(1), "text-anchor": "middle" });
        label.textContent = String(items.length);
        cg.appendChild(label);
        const title = svg("title", {});
        title.textContent = t("cluster", { n: items.length }) + (killed ? " · " + t("killed") + ": " + killed : "");
        cg.appendChild(title);
        cg.addEventListener("click", (e) => {
          e.stopPropagation();
          const [wx, wy] = toWorld(x, y);
          state.view = { cx: wx, cy: wy, k: state.view.k * 2.5 };
          drawMap();
        });
        g.appendChild(cg);
      }
    }
  }

  function zoomAt(factor, px, py) {
    const [w, h] = mapSize();
    if (px === undefined) { px = w / 2; py = h / 2; }
    const [wx, wy] = toWorld(px, py);
    const k = Math.max(0.5, Math.min(1 << 20, state.view.k * factor));
    state.view = { k: k, cx: wx - (px - w / 2) / k, cy: wy - (py - h / 2) / k };
    drawMap();
  }

  function setupMapEvents() {
    const m = $("#map");
    m.addEventListener("wheel", (e) => {
      e.preventDefault();
      const r = m.getBoundingClientRect();
      zoomAt(e.deltaY < 0 ? 1.3 : 1 / 1.3, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    let drag = null;
    m.addEventListener("pointerdown", (e) => {
      if (e.target.closest && (e.target.closest(".marker") || e.target.closest(".cluster"))) return;
      drag = { x: e.clientX, y: e.clientY, cx: state.view.cx, cy: state.view.cy };
      m.setPointerCapture(e.pointerId);
    });
    m.addEventListener("pointermove", (e) => {
      if (!drag) return;
      state.view.cx = drag.cx - (e.clientX - drag.x) / state.view.k;
      state.view.cy = drag.cy - (e.clientY - drag.y) / state.view.k;
      drawMap();
    });
    const end = () => { if (drag && $("#use-bbox").checked) refresh(); drag = null; };
    m.addEventListener("pointerup", end);
    m.addEventListener("pointercancel", end);
    $("#zoom-in").addEventListener("click", () => zoomAt(1.5));
    $("#zoom-out").addEventListener("click", () => zoomAt(1 / 1.5));
    $("#zoom-reset").addEventListener("click", () => { fitView(PERU); drawMap(); });
    $("#tiles").addEventListener("change", (e) => { state.tilesOn = e.target.checked; drawMap(); });
    window.addEventListener("resize", () => drawMap());
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
    $("#map-note").textContent = t("shown_points", { shown: state.points.length, total: state.pointsTotal }) +
      " · " + t("approx_map");
  }

  // ------------------------------------------------------------------ timeline
  function drawTimeline(data) {
    const s = $("#timeline");
    clear(s);
    const W = s.clientWidth || 600, H = 150, pad = { l: 34, r: 8, t: 8, b: 24 };
    s.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const months = data.months;
    if (!months.length) {
      const tx = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "muted" });
      tx.textContent = t("no_events");
      s.appendChild(tx);
      return;
    }
    const totals = months.map((_, i) => Object.values(data.series).reduce((a, arr) => a + arr[i], 0));
    const max = Math.max(1, ...totals);
    const bw = (W - pad.l - pad.r) / months.length;
    const y = (v) => H - pad.b - v / max * (H - pad.t - pad.b);
    s.appendChild(svg("line", { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, class: "axis" }));
    const maxLabel = svg("text", { x: pad.l - 4, y: pad.t + 8, "text-anchor": "end", class: "tick" });
    maxLabel.textContent = String(max);
    s.appendChild(maxLabel);
    months.forEach((m, i) => {
      let acc = 0;
      const x = pad.l + i * bw;
      for (const type of Object.keys(TYPE_COLORS)) {
        const arr = data.series[type];
        if (!arr || !arr[i]) continue;
        const r = svg("rect", { x: (x + 0.5).toFixed(2), width: Math.max(1, bw - 1).toFixed(2),
          y: y(acc + arr[i]).toFixed(2), height: (y(acc) - y(acc + arr[i])).toFixed(2),
          fill: TYPE_COLORS[type], class: "bar", "data-month": m });
        const title = svg("title", {});
        title.textContent = `${m} · ${typeLabel(type)}: ${arr[i]}`;
        r.appendChild(title);
        r.addEventListener("click", () => {
          const f = $("#filter-form");
          f.since.value = m; f.until.value = m;
          readFilter(); refresh();
        });
        s.appendChild(r);
        acc += arr[i];
      }
      const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor((W - pad.l) / 60))));
      if (i % every === 0) {
        const lab = svg("text", { x: x + bw / 2, y: H - 8, "text-anchor": "middle", class: "tick" });
        lab.textContent = m;
        s.appendChild(lab);
      }
    });
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
      const tr = el("tr", { class: "event-row", "data-id": e.event_id, tabindex: 0 },
        el("td", { text: e.date || "—" }),
        el("td", {}, sw, typeLabel(e.type)),
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
    add("date", e.date ? e.date + (e.date_precision ? " (" + e.date_precision + ")" : "") : null);
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
      hist.appendChild(el("li", {}, el("b", { text: h.action === "machine" ? t("machine") : t(h.status) }),
        ` ${h.at || ""} · ${h.author || ""}` + (h.reason ? " · " + h.reason : "") + (changes ? " · " + changes : "")));
    }
    document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
    const row = document.querySelector(`#events tr[data-id="${CSS.escape(e.event_id)}"]`);
    if (row) row.classList.add("selected");
    document.querySelectorAll("#markers .marker.selected").forEach((m) => m.classList.remove("selected"));
    const mk = document.querySelector(`#markers .marker[data-id="${CSS.escape(e.event_id)}"]`);
    if (mk) mk.classList.add("selected");
  }

  async function review(action, fields, reason) {
    const e = state.current;
    if (!e) return;
    const msg = $("#review-msg");
    if (!token()) { msg.textContent = t("need_token"); $("#token").focus(); return; }
    msg.textContent = t("working");
    try {
      await api(`/api/events/${encodeURIComponent(e.event_id)}/review`, { json: { action: action, fields: fields || null, reason: reason || null } });
      await openEvent(e.event_id);
      $("#review-msg").textContent = t("saved");
      refresh(true);
    } catch (err) {
      msg.textContent = err.message;
    }
  }

  function showEditForm() {
    const e = state.current;
    const f = $("#edit-form");
    clear(f);
    for (const k of EDIT_FIELDS) {
      let input;
      if (k === "type") {
        input = el("select", { name: k });
        for (const ty of state.config.event_types) input.appendChild(el("option", { value: ty, text: typeLabel(ty) }));
        input.value = e.type;
      } else {
        input = el("input", { name: k, type: NUMERIC.has(k) ? "number" : "text", min: NUMERIC.has(k) ? 0 : null });
        input.value = e[k] === null || e[k] === undefined ? "" : e[k];
      }
      f.appendChild(el("label", {}, el("span", { text: t(k) === k ? k : t(k) }), input));
    }
    f.appendChild(el("label", { class: "wide" }, el("span", { text: t("reason") }), el("input", { name: "reason", required: "required" })));
    f.appendChild(el("div", { class: "buttons" }, el("button", { type: "submit", text: t("save") }),
      el("button", { type: "button", text: t("cancel"), onclick: () => { f.hidden = true; } })));
    f.hidden = false;
  }

  function submitEdit(ev) {
    ev.preventDefault();
    const e = state.current, f = ev.target, fields = {};
    for (const k of EDIT_FIELDS) {
      const raw = f.elements[k].value.trim();
      const old = e[k] === null || e[k] === undefined ? "" : String(e[k]);
      if (raw === old) continue;
      fields[k] = raw === "" ? null : NUMERIC.has(k) ? Number(raw) : raw;
    }
    if (!Object.keys(fields).length) { $("#review-msg").textContent = "—"; return; }
    review("edit", fields, f.elements.reason.value.trim());
  }

  // ------------------------------------------------------------------ filters and refresh
  function readFilter() {
    const f = $("#filter-form");
    state.filter = {};
    for (const k of ["since", "until", "admin1", "type", "actor", "status", "q"]) {
      const v = f.elements[k].value.trim();
      if (v) state.filter[k] = v;
    }
    if ($("#use-bbox").checked && state.view) state.filter.bbox = viewBbox();
    state.offset = 0;
  }

  async function refresh(keepPage) {
    if (!keepPage) state.offset = 0;
    const q = query();
    $("#export-link").href = "/api/export?" + query({ format: $("#export-format").value });
    try {
      const [page, pts, tl] = await Promise.all([
        api("/api/events?" + query({ limit: state.limit, offset: state.offset })),
        api("/api/points?" + q),
        api("/api/timeline?" + q),
      ]);
      drawList(page);
      state.points = pts.items;
      state.pointsTotal = pts.total;
      drawMarkers();
      drawLegend();
      drawTimeline(tl);
    } catch (err) {
      $("#map-note").textContent = err.message;
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

  // ------------------------------------------------------------------ start
  async function start() {
    $("#token").value = sessionStorage.getItem("cronica-token") || "";
    $("#token").addEventListener("change", () => sessionStorage.setItem("cronica-token", token()));
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
      if (b.dataset.tab === "explore") drawMap();
    }));
    state.config = await api("/api/config");
    const typeSel = document.querySelector("#filter-form select[name=type]");
    for (const ty of state.config.event_types) typeSel.appendChild(el("option", { value: ty, text: ty }));
    const stSel = document.querySelector("#filter-form select[name=status]");
    for (const s of state.config.statuses) stSel.appendChild(el("option", { value: s, text: s }));
    if (state.config.tile_url) $("#tiles-toggle").hidden = false;
    applyLang();
    try {
      const a1 = await api("/api/stats?by=admin1");
      const sel = document.querySelector("#filter-form select[name=admin1]");
      for (const r of a1.items) if (r.key) sel.appendChild(el("option", { value: r.key, text: `${r.key} (${r.events})` }));
    } catch (err) { $("#map-note").textContent = err.message; }
    try {
      const res = await fetch("/static/basemap.geojson");
      state.basemap = await res.json();
    } catch (err) { state.basemap = null; }
    fitView(PERU);
    buildMap();
    setupMapEvents();
    $("#filter-form").addEventListener("submit", (e) => { e.preventDefault(); readFilter(); refresh(); });
    $("#filter-form").addEventListener("reset", () => setTimeout(() => { readFilter(); refresh(); }, 0));
    $("#export-format").addEventListener("change", () => {
      $("#export-link").href = "/api/export?" + query({ format: $("#export-format").value });
    });
    $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadPage(); });
    $("#next").addEventListener("click", () => { state.offset += state.limit; loadPage(); });
    $("#detail-close").addEventListener("click", () => { $("#detail").hidden = true; state.current = null; history.replaceState(null, "", "#"); });
    $("#btn-accept").addEventListener("click", () => review("accept"));
    $("#btn-reject").addEventListener("click", () => review("reject"));
    $("#btn-edit").addEventListener("click", showEditForm);
    $("#edit-form").addEventListener("submit", submitEdit);
    $("#paste-form").addEventListener("submit", extractPasted);
    await refresh();
    const m = /^#event=(.+)$/.exec(location.hash);
    if (m) await openEvent(decodeURIComponent(m[1]));
    document.body.dataset.ready = "1";
  }

  start().catch((err) => {
    document.body.dataset.ready = "error";
    const n = document.querySelector("#map-note");
    if (n) n.textContent = err.message;
  });
})();
