/* The graph page's script (kg/data/page/page.js).
 *
 * Reads the JSON document in #kg-data (written by kg/writers/html.py), builds vis-network DataSets
 * from it and wires search, filters, focus, the details panel and the list of events. Every text
 * that came from an article reaches the DOM through textContent, never as HTML, and no node or
 * edge gets a vis "title" (vis-network renders string titles as HTML in some versions).
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const FONT = getComputedStyle(document.documentElement).getPropertyValue("--kg-font").trim() || "sans-serif";
  const GLYPH = { dot: "\u25CF", square: "\u25A0", diamond: "\u25C6", triangle: "\u25B2",
                  triangleDown: "\u25BC", star: "\u2605", hexagon: "\u2B22" };
  const META = DATA.meta;
  // above this many nodes vis-network's own cost per item dominates: no arrows, edges hidden while moving
  const big = DATA.nodes.length > 3000;
  const LABEL_MAX = 16;   // longer names (article titles) are cut on the canvas, whole in the panels
  // rows -> objects (field order: DATA.fields; empty trailing fields are left out of the JSON)
  const ROWS = DATA.nodes.map(function (r) {
    const cls = DATA.classes[r[2]][0];
    return { id: r[0] === 0 ? cls + "/" + r[1] : r[0], label: r[1], cls: cls, size: r[3], x: r[4], y: r[5], mentions: r[6],
             degree: r[7], evTotal: r[8] || 0, ev: r[9] || [], aliases: r[10] || [], adcode: r[11] || "",
             attrs: r[12] || {} };
  });
  const EROWS = DATA.edges.map(function (r) {
    return { from: r[0], to: r[1], rel: DATA.relations[r[2]][0], count: r[3], parallel: r[4] || 0,
             evTotal: r[5] || 0, ev: r[6] || [], attrs: r[7] || {} };
  });

  window.__kgStable = false;

  // ---- small DOM helpers: text only ----
  function el(tag, props, children) {
    const e = document.createElement(tag);
    if (props) {
      for (const k of Object.keys(props)) {
        if (k === "text") e.textContent = props[k];
        else if (k === "cls") e.className = props[k];
        else if (k === "style") Object.assign(e.style, props[k]);
        else if (k.startsWith("on")) e.addEventListener(k.slice(2), props[k]);
        else e.setAttribute(k, props[k]);
      }
    }
    for (const c of children || []) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function num(n) { return Number(n).toLocaleString("zh-CN"); }

  // ---- vocabulary ----
  const classInfo = {};
  for (const [name, label, color, shape, count] of DATA.classes) classInfo[name] = { name, label, color, shape, count };
  const relInfo = {};
  for (const [name, label, color, hidden, quiet, count] of DATA.relations) {
    relInfo[name] = { name, label, color, hidden, quiet, count };
  }
  function cinfo(c) { return classInfo[c] || { name: c, label: c, color: "#9e9e9e", shape: "dot", count: 0 }; }
  function rinfo(r) { return relInfo[r] || { name: r, label: r, color: "#9e9e9e", hidden: false, quiet: false, count: 0 }; }
  function glyph(c) {
    const ci = cinfo(c);
    return el("span", { cls: "kg-glyph", style: { color: ci.color }, text: GLYPH[ci.shape] || GLYPH.dot });
  }

  // ---- rows -> vis items ----
  const byId = new Map();
  const nodeItems = ROWS.map(function (r, i) {
    byId.set(r.id, i);
    const label = r.label.length > LABEL_MAX ? r.label.slice(0, LABEL_MAX - 1) + "\u2026" : r.label;
    return { id: r.id, label: label, group: r.cls, size: r.size, x: r.x, y: r.y, _i: i };
  });
  const edgeItems = EROWS.map(function (r, j) {
    const rel = rinfo(r.rel);
    const item = { id: j, from: ROWS[r.from].id, to: ROWS[r.to].id, color: rel.color };
    if (DATA.edgeLabels && !rel.quiet) item.label = rel.label;
    if (r.parallel > 0) {
      item.smooth = { enabled: true, type: r.parallel % 2 ? "curvedCW" : "curvedCCW",
                      roundness: 0.2 * Math.ceil(r.parallel / 2) };
    }
    return item;
  });
  const adjacency = ROWS.map(function () { return []; });
  EROWS.forEach(function (r, j) { adjacency[r.from].push(j); if (r.to !== r.from) adjacency[r.to].push(j); });

  // ---- filter state ----
  const state = { classOn: {}, relOn: {}, focus: null, focusRoot: null, selected: null };
  for (const c of Object.keys(classInfo)) state.classOn[c] = true;
  for (const r of Object.keys(relInfo)) state.relOn[r] = !relInfo[r].hidden;

  function nodeVisible(i) {
    return state.classOn[ROWS[i].cls] !== false && (!state.focus || state.focus.has(i));
  }
  function edgeVisible(j) {
    const r = EROWS[j];
    return state.relOn[r.rel] !== false && nodeVisible(r.from) && nodeVisible(r.to);
  }

  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);
  const nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeVisible(n._i); } });
  const edgeView = new vis.DataView(edges, { filter: function (e) { return edgeVisible(e.id); } });

  // ---- the network ----
  const groups = {};
  for (const c of Object.values(classInfo)) {
    groups[c.name] = { shape: c.shape, color: { background: c.color, border: shade(c.color),
                       highlight: { background: c.color, border: "#111" }, hover: { background: c.color, border: "#111" } } };
  }
  const physics = DATA.physics.enabled
    ? { enabled: true, solver: "barnesHut",
        barnesHut: { gravitationalConstant: -12000, centralGravity: 0.1, springLength: 180, springConstant: 0.02,
                     damping: 0.35, avoidOverlap: 0.8 },
        stabilization: { enabled: true, iterations: DATA.physics.iterations, updateInterval: 25, fit: true },
        minVelocity: 1.0, timestep: 0.5 }
    : { enabled: false };
  const options = {
    autoResize: true,
    groups: groups,
    nodes: { shape: "dot", borderWidth: 1, borderWidthSelected: 3,
             font: { face: FONT, size: 14, color: "#1d2127", strokeWidth: 3, strokeColor: "#ffffff" },
             scaling: { label: { enabled: false, drawThreshold: 7 } } },
    edges: { arrows: { to: { enabled: !big, scaleFactor: 0.45 } }, width: 1, selectionWidth: 2, hoverWidth: 0.5,
             smooth: false,
             font: { face: FONT, size: 10, color: "#5f6670", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" } },
    layout: { randomSeed: DATA.physics.seed, improvedLayout: false },
    physics: physics,
    interaction: { hover: true, hoverConnectedEdges: !big, tooltipDelay: 120, hideEdgesOnDrag: big,
                   hideEdgesOnZoom: big, keyboard: false, multiselect: false, selectConnectedEdges: !big }
  };
  const container = document.getElementById("kg-network");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  function markStable(reason) {
    if (window.__kgStable) return;
    window.__kgStable = true;
    window.__kgStableReason = reason;
    document.body.setAttribute("data-stable", reason);
  }
  if (DATA.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markStable("stabilized");
    });
  } else {
    network.once("afterDrawing", function () { markStable("drawn"); });
  }

  function shade(hex) {
    const n = parseInt(hex.slice(1), 16);
    if (hex.length !== 7 || isNaN(n)) return "#555555";
    const f = function (v) { return Math.max(0, Math.round(v * 0.7)).toString(16).padStart(2, "0"); };
    return "#" + f(n >> 16) + f((n >> 8) & 255) + f(n & 255);
  }

  // ---- header, legend, relation filters ----
  document.getElementById("kg-title").textContent = DATA.title;
  const stats = document.getElementById("kg-stats");
  function updateStats() {
    const vn = nodeView.length, ve = edgeView.length;
    stats.textContent = "显示 " + num(vn) + " / " + num(META.nodesTotal) + " 个节点，" +
                        num(ve) + " / " + num(META.edgesTotal) + " 条边";
  }

  const legend = document.getElementById("kg-legend");
  for (const c of DATA.classes.map(function (r) { return r[0]; })) {
    const ci = cinfo(c);
    const box = el("input", { type: "checkbox", "data-class": c });
    box.checked = true;
    box.addEventListener("change", function () { state.classOn[c] = box.checked; refresh(); });
    legend.append(el("li", null, [el("label", { title: c }, [box, glyph(c), el("span", { text: ci.label }),
                                                              el("span", { cls: "kg-count", text: num(ci.count) })])]));
  }
  const relList = document.getElementById("kg-relations");
  for (const r of DATA.relations.map(function (x) { return x[0]; })) {
    const ri = rinfo(r);
    const box = el("input", { type: "checkbox", "data-relation": r });
    box.checked = state.relOn[r];
    box.addEventListener("change", function () { state.relOn[r] = box.checked; refresh(); });
    relList.append(el("li", null, [el("label", { title: r }, [box, el("span", { cls: "kg-swatch", style: { background: ri.color } }),
                                                              el("span", { text: ri.label }),
                                                              el("span", { cls: "kg-count", text: num(ri.count) })])]));
  }

  const leftout = document.getElementById("kg-leftout");
  if (META.nodesShown < META.nodesTotal) {
    const parts = META.leftOutByClass.map(function (r) { return r[1] + " " + num(r[2]); });
    leftout.textContent = "图谱共 " + num(META.nodesTotal) + " 个节点、" + num(META.edgesTotal) + " 条边；页面只画出最重要的 " +
      num(META.nodesShown) + " 个节点（按提及次数、再按连接数排序，上限 " + num(META.maxNodes) +
      "，可用 kg build --html-max-nodes N 调整）。未画出的节点：" + parts.join("、") + "；未画出的边 " +
      num(META.edgesLeftOut) + " 条。";
    leftout.setAttribute("data-left-out", String(META.nodesTotal - META.nodesShown));
  }
  if (META.evidenceTrimmed) {
    leftout.append(" 为控制文件大小，每个节点或边最多列出 " + META.evidencePerItem + " 句证据，另有 " +
                   num(META.evidenceTrimmed) + " 处证据句未收入页面（完整证据见 graph.json / graph.ttl）。");
  }

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    updateStats();
  }

  // ---- focus on a neighbourhood ----
  const focusNote = document.getElementById("kg-focus-note");
  function neighbourhood(i, depth) {
    const seen = new Set([i]);
    let frontier = [i];
    for (let d = 0; d < depth; d++) {
      const next = [];
      for (const a of frontier) {
        for (const j of adjacency[a]) {
          const r = EROWS[j];
          if (state.relOn[r.rel] === false) continue;
          const b = r.from === a ? r.to : r.from;
          if (!seen.has(b)) { seen.add(b); next.push(b); }
        }
      }
      frontier = next;
    }
    return seen;
  }
  function focusOn(id, depth) {
    const i = byId.get(id);
    if (i === undefined) return;
    state.focus = neighbourhood(i, depth || 1);
    state.focusRoot = i;
    state.classOn[ROWS[i].cls] = true;
    syncChecks();
    refresh();
    focusNote.textContent = "正在显示「" + ROWS[i].label + "」的 " + (depth || 1) + " 跳邻域（" + num(state.focus.size) + " 个节点）。";
    network.selectNodes([id]);
    network.fit({ nodes: Array.from(state.focus, function (k) { return ROWS[k].id; }), animation: false });
  }
  function resetView() {
    state.focus = null;
    state.focusRoot = null;
    for (const c of Object.keys(state.classOn)) state.classOn[c] = true;
    for (const r of Object.keys(relInfo)) state.relOn[r] = !relInfo[r].hidden;
    syncChecks();
    refresh();
    focusNote.textContent = "";
    network.fit({ animation: false });
  }
  function syncChecks() {
    for (const box of legend.querySelectorAll("input")) box.checked = state.classOn[box.getAttribute("data-class")] !== false;
    for (const box of relList.querySelectorAll("input")) box.checked = state.relOn[box.getAttribute("data-relation")] !== false;
  }
  const focus1 = document.getElementById("kg-focus-1");
  const focus2 = document.getElementById("kg-focus-2");
  focus1.addEventListener("click", function () { if (state.selected) focusOn(state.selected, 1); });
  focus2.addEventListener("click", function () { if (state.selected) focusOn(state.selected, 2); });
  document.getElementById("kg-reset").addEventListener("click", resetView);

  // ---- evidence, details panel ----
  function evidenceList(refs, total) {
    const ol = el("ol", { cls: "kg-evidence" });
    for (const [s, a, b] of refs) {
      const [art, text] = DATA.sentences[s];
      const li = el("li");
      if (a !== undefined && a >= 0 && b > a && b <= text.length) {
        li.append(text.slice(0, a), el("mark", { text: text.slice(a, b) }), text.slice(b));
      } else {
        li.append(text);
      }
      const [, title, date] = DATA.articles[art];
      li.append(el("span", { cls: "kg-source", text: "——《" + title + "》" + (date ? " " + date : "") }));
      ol.append(li);
    }
    const wrap = el("div", null, [ol]);
    if (total > refs.length) {
      wrap.append(el("p", { cls: "kg-note", text: "共 " + num(total) + " 处证据，页面列出 " + refs.length +
                                                  " 处（完整证据见 graph.json / graph.ttl）。" }));
    }
    if (!total) wrap.append(el("p", { cls: "kg-note", text: "没有原文证据句。" }));
    return wrap;
  }
  function nodeLink(i) {
    return el("span", { cls: "kg-link", text: ROWS[i].label, onclick: function () { choose(i); } });
  }
  const details = document.getElementById("kg-details-body");
  function showNode(i) {
    const r = ROWS[i];
    const ci = cinfo(r.cls);
    state.selected = r.id;
    focus1.disabled = focus2.disabled = false;
    clear(details);
    details.setAttribute("data-node", r.id);
    details.removeAttribute("data-edge");
    details.append(el("div", null, [glyph(r.cls), el("span", { text: ci.label + "（" + r.cls + "）" })]),
                   el("div", { cls: "kg-name", text: r.label }),
                   el("div", { cls: "kg-id", text: r.id }));
    const dl = el("dl");
    const row = function (k, v) { dl.append(el("dt", { text: k }), el("dd", { text: v })); };
    if (r.aliases.length) row("别名", r.aliases.join("、"));
    if (r.adcode) row("行政区划代码", r.adcode);
    for (const k of Object.keys(r.attrs)) row(DATA.properties[k] || k, String(r.attrs[k]));
    row("提及次数", num(r.mentions));
    row("连接数", num(r.degree));
    details.append(dl, el("h2", { text: "证据" }), evidenceList(r.ev, r.evTotal));
    const rels = adjacency[i].filter(function (j) { return state.relOn[EROWS[j].rel] !== false; });
    if (rels.length) {
      const ul = el("ul", { cls: "kg-neighbours" });
      for (const j of rels.slice(0, 60)) {
        const e = EROWS[j];
        const out = e.from === i;
        ul.append(el("li", null, [el("span", { text: out ? "→ " : "← " }),
                                  el("span", { cls: "kg-link", text: rinfo(e.rel).label, onclick: function () { selectEdge(j); } }),
                                  el("span", { text: " " }), nodeLink(out ? e.to : e.from)]));
      }
      details.append(el("h2", { text: "关系（" + num(rels.length) + "）" }), ul);
    }
  }
  function showEdge(j) {
    const e = EROWS[j];
    const ri = rinfo(e.rel);
    state.selected = null;
    focus1.disabled = focus2.disabled = true;
    clear(details);
    details.setAttribute("data-edge", String(j));
    details.removeAttribute("data-node");
    details.append(el("div", null, [el("span", { cls: "kg-swatch", style: { background: ri.color } }),
                                    el("span", { text: " 关系" })]),
                   el("div", { cls: "kg-name", text: ri.label + "（" + e.rel + "）" }),
                   el("div", null, [nodeLink(e.from), el("span", { text: " → " }), nodeLink(e.to)]));
    const dl = el("dl", null, [el("dt", { text: "次数" }), el("dd", { text: num(e.count) })]);
    for (const k of Object.keys(e.attrs)) dl.append(el("dt", { text: DATA.properties[k] || k }), el("dd", { text: String(e.attrs[k]) }));
    details.append(dl, el("h2", { text: "证据" }), evidenceList(e.ev, e.evTotal));
  }
  function selectEdge(j) {
    network.setSelection({ nodes: [], edges: [j] });
    showEdge(j);
  }

  // ---- hover tooltip ----
  const tip = document.getElementById("kg-tooltip");
  function placeTip(pointer) {
    const w = container.clientWidth;
    tip.hidden = false;
    const x = Math.min(pointer.DOM.x + 14, Math.max(0, w - tip.offsetWidth - 4));
    tip.style.left = x + "px";
    tip.style.top = (pointer.DOM.y + 14) + "px";
  }
  network.on("hoverNode", function (p) {
    const i = byId.get(p.node);
    if (i === undefined) return;
    const r = ROWS[i];
    clear(tip);
    tip.append(el("div", null, [glyph(r.cls), el("span", { cls: "kg-tip-name", text: r.label })]),
               el("div", { cls: "kg-tip-meta", text: cinfo(r.cls).label + (r.adcode ? " · 代码 " + r.adcode : "") +
                                                     (r.aliases.length ? " · 别名 " + r.aliases.join("、") : "") }));
    if (r.ev.length) {
      const [s, a] = r.ev[0];
      const art = DATA.articles[DATA.sentences[s][0]];
      const text = DATA.sentences[s][1];
      const from = a > 60 ? a - 30 : 0;
      const cut = text.slice(from, from + 90);
      tip.append(el("div", { cls: "kg-tip-ev", text: (from ? "…" : "") + cut + (from + 90 < text.length ? "…" : "") +
                                                    "——《" + art[1] + "》" }));
    }
    placeTip(p.pointer);
  });
  network.on("hoverEdge", function (p) {
    const e = EROWS[p.edge];
    if (!e) return;
    clear(tip);
    tip.append(el("div", { cls: "kg-tip-name", text: rinfo(e.rel).label + "（" + e.rel + "）" }),
               el("div", { cls: "kg-tip-meta", text: ROWS[e.from].label + " → " + ROWS[e.to].label }));
    placeTip(p.pointer);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  network.on("click", function (p) {
    tip.hidden = true;
    if (p.nodes.length) showNode(byId.get(p.nodes[0]));
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length) focusOn(p.nodes[0], 1);
  });

  // ---- choose a node (search, events, links) ----
  function choose(i) {
    const r = ROWS[i];
    if (!nodeVisible(i)) {
      if (state.focus && !state.focus.has(i)) { state.focus = null; focusNote.textContent = ""; }
      state.classOn[r.cls] = true;
      syncChecks();
      refresh();
    }
    network.selectNodes([r.id], !big);
    network.focus(r.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(i);
  }

  // ---- search: label, aliases, adcode; Chinese as typed, Latin case-insensitive ----
  const keys = ROWS.map(function (r) {
    return [r.label.toLowerCase(), r.aliases.map(function (a) { return a.toLowerCase(); }), r.adcode];
  });
  function search(query, limit) {
    const q = String(query).trim().toLowerCase();
    if (!q) return [];
    const hits = [];
    for (let i = 0; i < keys.length; i++) {
      const [label, aliases, code] = keys[i];
      let score = -1, alias = "";
      if (label === q) score = 0;
      else if (code && code === q) score = 1;
      else {
        const exact = aliases.indexOf(q);
        if (exact >= 0) { score = 1; alias = ROWS[i].aliases[exact]; }
        else if (label.startsWith(q)) score = 2;
        else if (label.includes(q)) score = 4;
        else {
          for (let k = 0; k < aliases.length; k++) {
            if (aliases[k].includes(q)) { score = aliases[k].startsWith(q) ? 3 : 5; alias = ROWS[i].aliases[k]; break; }
          }
        }
      }
      // exact before prefix before substring; then the closest (shortest) name; then the most mentioned
      if (score >= 0) hits.push([score, ROWS[i].label.length, -ROWS[i].mentions, ROWS[i].id, i, alias]);
    }
    hits.sort(function (a, b) {
      for (let k = 0; k < 4; k++) { if (a[k] < b[k]) return -1; if (a[k] > b[k]) return 1; }
      return 0;
    });
    return hits.slice(0, limit || 20).map(function (h) { return { index: h[4], id: h[3], alias: h[5] }; });
  }
  const input = document.getElementById("kg-search-input");
  const results = document.getElementById("kg-search-results");
  let hits = [], active = 0;
  function renderResults() {
    clear(results);
    hits.forEach(function (h, k) {
      const r = ROWS[h.index];
      const li = el("li", { role: "option", cls: k === active ? "kg-active" : "", "data-id": r.id },
                    [glyph(r.cls), el("span", { text: r.label }),
                     h.alias ? el("span", { cls: "kg-note", text: "（" + h.alias + "）" }) : null,
                     el("span", { cls: "kg-count", text: cinfo(r.cls).label })]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(k); });
      results.append(li);
    });
    if (!hits.length && input.value.trim()) results.append(el("li", { cls: "kg-note", text: "没有找到" }));
    results.hidden = !input.value.trim();
  }
  function pick(k) {
    const h = hits[k];
    if (!h) return;
    results.hidden = true;
    input.value = ROWS[h.index].label;
    choose(h.index);
  }
  input.addEventListener("input", function () { hits = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { if (!hits.length) hits = search(input.value); pick(active); ev.preventDefault(); }
    else if (ev.key === "ArrowDown") { active = Math.min(active + 1, hits.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  // ---- events by date ----
  const eventList = document.getElementById("kg-event-list");
  for (const i of DATA.events) {
    const r = ROWS[i];
    const a = r.attrs;
    const when = a.date || (a.dateBefore ? a.dateBefore + " 前" : "") || a.startDate || "日期不详";
    eventList.append(el("li", { "data-id": r.id, onclick: function () { choose(i); } },
                        [el("span", { cls: "kg-date", text: when }),
                         el("span", null, [glyph(r.cls), el("span", { text: r.label })])]));
  }
  if (!DATA.events.length) eventList.append(el("li", { cls: "kg-empty kg-note", text: "图中没有带日期的事件。" }));

  updateStats();
  window.kgPage = { data: DATA, network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
                    state: state, search: search, choose: function (id) { const i = byId.get(id); if (i !== undefined) choose(i); },
                    focusOn: focusOn, reset: resetView };
})();
