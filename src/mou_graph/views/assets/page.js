// graph.html: the stakeholder map. Data arrives as escaped JSON; every string from it reaches
// the page through textContent (or a checked http(s) href), never as markup.
(function () {
  "use strict";
  var timings = { start: Math.round(performance.now()) }; // ms since navigation, for benchmarks/bench_html.py
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  timings.parsed = Math.round(performance.now());
  var DRAW_THRESHOLD = 9; // on-screen px below which vis-network leaves a label out
  var LABEL_PX = 15; // the labelled organisations' size at the default zoom
  var KIND_LABELS = { Organisation: "organisations", Agreement: "agreements", Person: "people",
    Programme: "programmes", Event: "events" };
  var SHAPE_CLASS = { dot: "", diamond: "diamond", square: "square", triangle: "triangle", star: "" };
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString("en"); }
  function nameOf(id) { var n = data.names[id]; return n ? n[0] : id; }

  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var state = { kinds: { Organisation: true }, sectors: { none: true }, from: "", to: "", undated: true,
    ties: true, lone: false };
  data.sectors.forEach(function (s) { state.sectors[s] = true; });

  // -- what the page shows ---------------------------------------------------------------
  $("heading").textContent = data.title;
  var s = data.summary;
  $("summary").textContent = fmt(s.articles) + " articles · " + fmt(s.nodes) + " nodes · " +
    fmt(s.agreements) + " agreements, " + fmt(s.signatures) + " signatures" +
    (data.focus ? " · around " + data.focus : "");
  if (data.drawn < data.total) {
    var note = $("note");
    note.textContent = "Showing the " + fmt(data.drawn) + " most connected of " + fmt(data.total) +
      " nodes. Build with --focus NAME (and --depth) to draw one stakeholder's neighbourhood, " +
      "or --max-nodes to draw more.";
    note.hidden = false;
  }

  // -- filters ---------------------------------------------------------------------------
  function agreementIn(id) {
    var a = data.agreements[id];
    if (!a) return true;
    if (!a.date) return state.undated;
    var d = a.date.slice(0, 10);
    return (!state.from || d >= state.from) && (!state.to || d <= state.to);
  }
  function shows(n) {
    if (!state.kinds[n.kind]) return false;
    if (n.kind === "Organisation" && !state.sectors[n.sector || "none"]) return false;
    if (n.lone && !state.lone) return false;
    return !n.agreements.length || n.agreements.some(agreementIn);
  }
  function tieCount(t) { return t.agreements.filter(agreementIn).length; }
  function tieWidth(count) { return 1 + 2 * Math.log2(Math.max(1, count)); }

  // The DataSets hold only what is shown (vis-network builds every item it is given, hidden or
  // not): a filter adds and removes items, kept here whole.
  var visible = {}, edgeShown = {}, nodeItem = {}, edgeItem = {};
  data.nodes.forEach(function (n) {
    visible[n.id] = shows(n);
    nodeItem[n.id] = { id: n.id, label: n.short, x: n.x, y: n.y, size: n.size, shape: n.shape, color: n.color,
      borderWidth: 1 };
  });
  function edgeVisible(e) { return visible[e.from] && visible[e.to]; }
  function tieVisible(t) { return state.ties && visible[t.from] && visible[t.to] && tieCount(t) > 0; }
  data.edges.forEach(function (e) {
    edgeItem[e.id] = { id: e.id, from: e.from, to: e.to, arrows: { to: { enabled: true, scaleFactor: 0.35 } },
      color: { color: "#adb5bd", opacity: 0.6 }, width: 0.8 };
    edgeShown[e.id] = edgeVisible(e);
  });
  data.ties.forEach(function (t) {
    edgeItem[t.id] = { id: t.id, from: t.from, to: t.to, width: tieWidth(tieCount(t)),
      color: { color: "#868e96", opacity: 0.5 } };
    edgeShown[t.id] = tieVisible(t);
  });
  function shownItems(store, shownMap) {
    return Object.keys(shownMap).filter(function (id) { return shownMap[id]; }).map(function (id) { return store[id]; });
  }

  // -- labels: the most central organisations at the default zoom, the rest as one zooms in --
  // The default view is worked out here, before vis-network is given the nodes (updating them
  // afterwards costs as much as building them): every shown node in the frame, at most 1.6×.
  var frame = $("graph"), W = frame.clientWidth || 800, H = frame.clientHeight || 600;
  var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  data.nodes.forEach(function (n) {
    if (!visible[n.id]) return;
    minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x); minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
  });
  if (minX === Infinity) { minX = maxX = minY = maxY = 0; }
  var centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  var scale0 = Math.min(1.6, (W - 60) / Math.max(1, maxX - minX), (H - 60) / Math.max(1, maxY - minY));
  function toScreen(n) { return { x: (n.x - centre.x) * scale0 + W / 2, y: (n.y - centre.y) * scale0 + H / 2 }; }
  // sizes and labels are set in screen pixels at the default zoom, whatever the map's extent
  var measure = document.createElement("canvas").getContext("2d");
  var placed = []; // label boxes already taken, on screen at the default zoom
  function overlaps(b) {
    return placed.some(function (p) { return b[0] < p[2] && p[0] < b[2] && b[1] < p[3] && p[1] < b[3]; });
  }
  function labelShift(n, px, radius) {
    // below the node, else above it, else further down or up: the first place no label holds
    var at = toScreen(n);
    measure.font = px + "px sans-serif";
    var w = measure.measureText(n.short).width + 4, h = px + 2;
    var shifts = [0, -(2 * radius + h + 2), h, -(2 * radius + 2 * h + 2), 2 * h];
    for (var k = 0; k < shifts.length; k++) {
      var top = at.y + radius + 1 + shifts[k];
      var box = [at.x - w / 2, top, at.x + w / 2, top + h];
      if (!overlaps(box)) { placed.push(box); return shifts[k]; }
    }
    return n.rank < data.labelled ? 0 : null; // the most central are labelled even where crowded
  }
  var byRank = data.nodes.filter(function (n) { return n.kind === "Organisation" && visible[n.id]; })
    .sort(function (a, b) { return a.rank - b.rank; }).slice(0, data.may_label);
  var shift = {};
  byRank.forEach(function (n) {
    var radius = (4 + 2.6 * Math.sqrt(Math.min(n.signed, 30)));
    shift[n.id] = labelShift(n, LABEL_PX, radius);
  });
  data.nodes.forEach(function (n) {
    var zoom; // the zoom (times the default) at which the label appears
    if (n.kind === "Organisation") zoom = shift[n.id] !== undefined && shift[n.id] !== null ? 1 : n.rank < 100 ? 2 : 3.5;
    else zoom = 3;
    var font = LABEL_PX / (scale0 * zoom);
    var px = n.kind === "Organisation" ? 4 + 2.6 * Math.sqrt(Math.min(n.signed, 30)) : 3.5;
    nodeItem[n.id].size = px / scale0;
    nodeItem[n.id].font = { size: font, strokeWidth: font / 4, vadjust: (shift[n.id] || 0) / scale0 };
  });
  var nodes = new vis.DataSet(shownItems(nodeItem, visible));
  var edges = new vis.DataSet(shownItems(edgeItem, edgeShown));
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false },
    nodes: { font: { size: 10, strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: DRAW_THRESHOLD, maxVisible: 16 } } },
    edges: { smooth: false, selectionWidth: 2 },
    interaction: { hover: true, tooltipDelay: 3600000, hideEdgesOnDrag: data.nodes.length > 800,
      hideEdgesOnZoom: data.nodes.length > 800, multiselect: false }
  });
  timings.network = Math.round(performance.now());
  var api = window.mouGraph = { nodes: nodes, edges: edges, network: network, state: state, ready: false,
    drawThreshold: DRAW_THRESHOLD, timings: timings, drawn: data.nodes.length, scale0: scale0 };
  network.moveTo({ position: centre, scale: scale0, animation: false });

  // -- counts ----------------------------------------------------------------------------
  var countCells = {};
  var countBody = document.querySelector("#counts tbody");
  data.kinds.concat(["ties"]).forEach(function (k) {
    var row = el("tr");
    row.appendChild(el("td", KIND_LABELS[k] || "co-signature ties"));
    var cell = el("td", "", "v");
    cell.dataset.count = k;
    row.appendChild(cell);
    countBody.appendChild(row);
    countCells[k] = cell;
  });
  var drawnOf = {};
  data.nodes.forEach(function (n) { drawnOf[n.kind] = (drawnOf[n.kind] || 0) + 1; });
  function counts() {
    var c = { ties: 0 };
    data.kinds.forEach(function (k) { c[k] = 0; });
    data.nodes.forEach(function (n) { if (visible[n.id]) c[n.kind] = (c[n.kind] || 0) + 1; });
    data.ties.forEach(function (t) { if (edgeShown[t.id]) c.ties += 1; });
    return c;
  }
  function showCounts() {
    var c = counts();
    data.kinds.forEach(function (k) {
      countCells[k].textContent = fmt(c[k]) + " of " + fmt(drawnOf[k] || 0);
    });
    countCells.ties.textContent = fmt(c.ties) + " of " + fmt(data.ties.length);
  }
  api.counts = counts;

  function apply() {
    var add = [], remove = [], addEdges = [], removeEdges = [], widths = [];
    data.nodes.forEach(function (n) {
      var v = shows(n);
      if (v !== visible[n.id]) { visible[n.id] = v; (v ? add : remove).push(v ? nodeItem[n.id] : n.id); }
    });
    function edge(id, v) {
      if (v !== edgeShown[id]) { edgeShown[id] = v; if (v) addEdges.push(edgeItem[id]); else removeEdges.push(id); }
    }
    data.edges.forEach(function (e) { edge(e.id, edgeVisible(e)); });
    data.ties.forEach(function (t) {
      var w = tieWidth(tieCount(t));
      if (w !== edgeItem[t.id].width) {
        edgeItem[t.id].width = w;
        if (edgeShown[t.id]) widths.push({ id: t.id, width: w });
      }
      edge(t.id, tieVisible(t));
    });
    edges.remove(removeEdges);
    nodes.remove(remove);
    nodes.add(add);
    edges.add(addEdges);
    edges.update(widths);
    drawHistogram();
    showCounts();
  }
  api.apply = apply;

  // -- the switches ----------------------------------------------------------------------
  function checkbox(parent, value, label, checked, onChange, swatch) {
    var row = el("label", null, "row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.value = value;
    box.dataset.filter = parent.id;
    box.addEventListener("change", function () { onChange(box.checked); apply(); });
    row.appendChild(box);
    if (swatch) {
      var sw = el("span", null, "swatch " + (SHAPE_CLASS[swatch.shape] || ""));
      sw.style.background = swatch.colour;
      row.appendChild(sw);
    }
    row.appendChild(document.createTextNode(label));
    parent.appendChild(row);
    return box;
  }
  var kindBoxes = {}, sectorBoxes = {};
  data.kinds.forEach(function (k) {
    if (!drawnOf[k]) return;
    kindBoxes[k] = checkbox($("kinds"), k, KIND_LABELS[k] || k, !!state.kinds[k],
      function (on) { state.kinds[k] = on; },
      { colour: k === "Organisation" ? "#adb5bd" : data.kind_colours[k], shape: data.shapes[k] });
  });
  checkbox($("kinds"), "ties", "co-signature ties", state.ties, function (on) { state.ties = on; });
  var loneCount = data.nodes.filter(function (n) { return n.lone; }).length;
  var loneBox = checkbox($("kinds"), "lone", "set aside: no tie (" + fmt(loneCount) + ")", state.lone,
    function (on) { state.lone = on; });
  data.sectors.concat(["none"]).forEach(function (sec) {
    var colour = sec === "none" ? data.colours["null"] : data.colours[sec];
    sectorBoxes[sec] = checkbox($("sectors"), sec, sec === "none" ? "no sector" : sec, true,
      function (on) { state.sectors[sec] = on; }, { colour: colour, shape: "dot" });
  });

  // -- time ------------------------------------------------------------------------------
  var months = {}, undated = 0, first = null, last = null;
  Object.keys(data.agreements).forEach(function (id) {
    var d = data.agreements[id].date;
    if (!d) { undated += 1; return; }
    var m = d.slice(0, 7);
    months[m] = (months[m] || 0) + 1;
    if (!first || d < first) first = d.slice(0, 10);
    if (!last || d > last) last = d.slice(0, 10);
  });
  $("undated-label").textContent = "undated agreements (" + fmt(undated) + ")";
  var monthList = [];
  if (first) {
    var y = +first.slice(0, 4), mo = +first.slice(5, 7);
    var end = last.slice(0, 7);
    for (;;) {
      var key = y + "-" + (mo < 10 ? "0" : "") + mo;
      monthList.push(key);
      if (key >= end || monthList.length > 1200) break;
      mo += 1;
      if (mo > 12) { mo = 1; y += 1; }
    }
    $("from").min = $("to").min = first;
    $("from").max = $("to").max = last;
    $("axis-from").textContent = monthList[0];
    $("axis-to").textContent = monthList[monthList.length - 1];
  }
  function lastDay(month) {
    var d = new Date(+month.slice(0, 4), +month.slice(5, 7), 0).getDate();
    return month + "-" + (d < 10 ? "0" : "") + d;
  }
  var bars = [];
  var peak = Math.max.apply(null, [1].concat(monthList.map(function (m) { return months[m] || 0; })));
  monthList.forEach(function (m) {
    var bar = el("div", null, "bar");
    bar.style.height = Math.max(2, Math.round(100 * (months[m] || 0) / peak)) + "%";
    if (!months[m]) bar.style.opacity = "0.35";
    bar.title = m + ": " + (months[m] || 0) + " agreements";
    bar.addEventListener("click", function () { setRange(m + "-01", lastDay(m)); });
    $("histogram").appendChild(bar);
    bars.push([m, bar]);
  });
  function drawHistogram() {
    bars.forEach(function (mb) {
      var on = (!state.from || lastDay(mb[0]) >= state.from) && (!state.to || mb[0] + "-01" <= state.to);
      mb[1].classList.toggle("on", on);
    });
  }
  function setRange(from, to) {
    state.from = from || "";
    state.to = to || "";
    $("from").value = state.from;
    $("to").value = state.to;
    apply();
  }
  api.setRange = setRange;
  $("from").addEventListener("change", function () { state.from = $("from").value; apply(); });
  $("to").addEventListener("change", function () { state.to = $("to").value; apply(); });
  $("all-dates").addEventListener("click", function () { setRange("", ""); });
  $("undated").addEventListener("change", function () { state.undated = $("undated").checked; apply(); });
  if (!first && !undated) $("time").hidden = true;

  // -- the details panel -----------------------------------------------------------------
  function safeUrl(u) {
    if (!u) return null;
    try {
      var url = new URL(u);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }
  function nameLink(id) {
    if (!byId[id]) return el("span", nameOf(id));
    var b = el("button", nameOf(id), "link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function section(body, title, items, render) {
    if (!items || !items.length) return;
    body.appendChild(el("h3", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (item) { var li = el("li"); render(li, item); ul.appendChild(li); });
    body.appendChild(ul);
  }
  function withTitle(li, id, text) {
    li.appendChild(nameLink(id));
    if (text) li.appendChild(el("span", " — " + text, "sub"));
  }
  function agreementItem(self) {
    return function (li, id) {
      var a = data.agreements[id] || { date: "", parties: [] };
      if (a.date) li.appendChild(el("span", a.date + " ", "sub"));
      li.appendChild(nameLink(id));
      var others = a.parties.filter(function (p) { return p !== self; });
      if (others.length) {
        var w = el("div", "with ", "sub");
        others.forEach(function (p, i) { if (i) w.appendChild(document.createTextNode(", ")); w.appendChild(nameLink(p)); });
        li.appendChild(w);
      }
    };
  }
  function openPanel(id) {
    var n = byId[id];
    if (!n) return;
    var i = n.info, body = $("panel-body");
    body.replaceChildren();
    body.appendChild(el("h2", n.label));
    var kind = (KIND_LABELS[n.kind] || n.kind || "").replace(/s$/, "").replace(/^people$/, "person");
    body.appendChild(el("div", [n.kind === "Person" ? "person" : kind, n.sector,
      n.kind === "Organisation" ? n.signed + " agreements signed" : ""].filter(Boolean).join(" · "), "meta"));
    if (i.aliases.length) body.appendChild(el("div", "also: " + i.aliases.join(", "), "meta"));
    var facts = [["title", i.title], ["date", i.date], ["venue", i.venue], ["amount", i.amount],
      ["reports", i.reports], ["first reported", i.first_reported]];
    facts.forEach(function (f) {
      if (f[1] === undefined || f[1] === null || f[1] === "") return;
      body.appendChild(el("div", f[0] + ": " + (Array.isArray(f[1]) ? f[1].join(", ") : f[1]), "meta"));
    });
    section(body, "Parties", i.parties, function (li, p) { li.appendChild(nameLink(p)); });
    section(body, "Agreements", i.signed || i.attended || i.concerned, agreementItem(id));
    section(body, "People", i.people || i.attendees, function (li, p) {
      if (Array.isArray(p)) withTitle(li, p[0], p[1]); else li.appendChild(nameLink(p));
    });
    section(body, "Positions", i.positions, function (li, p) { withTitle(li, p[0], p[1]); });
    section(body, "Programmes", (i.funds || []).concat((i.programmes || []).map(function (p) { return [p, ""]; })),
      function (li, p) { withTitle(li, p[0], p[1]); });
    section(body, "Funded by", i.funders, function (li, p) { withTitle(li, p[0], p[1]); });
    section(body, "Related bodies", i.related, function (li, r) {
      li.appendChild(el("span", (r[2] === "out" ? r[0] : r[0] + " (from)") + " ", "sub"));
      li.appendChild(nameLink(r[1]));
    });
    section(body, "Evidence", i.evidence, function (li, e) {
      var q = el("blockquote", e.sentence);
      var art = data.articles[e.article] || {};
      var cite = el("cite", [art.outlet, art.published].filter(Boolean).join(" · ") + " ");
      var href = safeUrl(art.url);
      if (href) {
        var a = el("a", art.title || "source");
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        cite.appendChild(a);
      } else {
        cite.appendChild(el("span", art.title || e.article));
      }
      q.appendChild(cite);
      li.appendChild(q);
    });
    $("panel").hidden = false;
    api.panel = id;
  }
  function closePanel() { $("panel").hidden = true; api.panel = null; }
  $("close").addEventListener("click", closePanel);
  network.on("click", function (p) {
    if (p.nodes.length) openPanel(p.nodes[0]); else closePanel();
  });
  var hover = $("hover");
  network.on("hoverNode", function (p) {
    var n = byId[p.node];
    hover.textContent = n.label + (n.sector ? " · " + n.sector : "");
    hover.style.left = (p.pointer.DOM.x + 12) + "px";
    hover.style.top = (p.pointer.DOM.y + 12) + "px";
    hover.hidden = false;
  });
  network.on("blurNode", function () { hover.hidden = true; });
  network.on("dragStart", function () { hover.hidden = true; });

  // -- search: a name or any of its other names ------------------------------------------
  function norm(t) { return String(t).toLowerCase().replace(/\s+/g, ""); }
  function focusNode(id) {
    var n = byId[id];
    if (!shows(n)) { // bring it into view: switch on its layer, its sector, the set-aside nodes
      if (!state.kinds[n.kind]) { state.kinds[n.kind] = true; kindBoxes[n.kind].checked = true; }
      if (n.kind === "Organisation" && !state.sectors[n.sector || "none"]) {
        state.sectors[n.sector || "none"] = true;
        sectorBoxes[n.sector || "none"].checked = true;
      }
      if (n.lone && !state.lone) { state.lone = true; loneBox.checked = true; }
      apply();
    }
    if (visible[id]) { // (a node outside the date range stays off the map; its panel still opens)
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), scale0 * 1.6), animation: false });
    }
    openPanel(id);
  }
  api.focusNode = focusNode;
  var hits = [];
  $("search").addEventListener("input", function (ev) {
    var q = norm(ev.target.value.trim());
    var list = $("hits");
    list.replaceChildren();
    hits = !q ? [] : data.nodes.filter(function (n) {
      return norm(n.label).indexOf(q) >= 0 || n.info.aliases.some(function (a) { return norm(a).indexOf(q) >= 0; });
    }).sort(function (a, b) { return (a.rank === null ? 1e9 : a.rank) - (b.rank === null ? 1e9 : b.rank); });
    hits.slice(0, 8).forEach(function (n) {
      var li = el("li"), b = el("button", n.label);
      b.type = "button";
      if (!visible[n.id]) { b.className = "hidden-hit"; b.appendChild(el("span", " (hidden)")); }
      b.appendChild(el("span", " · " + (KIND_LABELS[n.kind] || n.kind), "n"));
      b.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (hits.length > 8) list.appendChild(el("li", "… " + fmt(hits.length - 8) + " more", "n"));
  });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && hits.length) focusNode(hits[0].id);
  });

  drawHistogram();
  showCounts();
  timings.controls = Math.round(performance.now());
  network.once("afterDrawing", function () { timings.drawn = Math.round(performance.now()); api.ready = true; });
  network.redraw();
})();
