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
  const LABEL_MAX = 16;
  const LABEL_THRESHOLD = 7;   // vis-network draws a label only when font size x zoom reaches this   // longer names (article titles) are cut on the canvas, whole in the panels
  // rows -> objects (field order: DATA.fields; empty trailing fields are left out of the JSON)
  const ROWS = DATA.nodes.map(function (r) {
    const cls = DATA.classes[r[2]][0];
    return { id: r[0] === 0 ? cls + "/" + r[1] : r[0], label: r[1], cls: cls, size: r[3], x: r[4], y: r[5], mentions: r[6],
             degree: r[7], evTotal: r[8] || 0, ev: r[9] || [], aliases: r[10] || [], adcode: r[11] || "",
             attrs: r[12] || {}, arts: r[13] || [], area: (r[14] || 0) - 1 };
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
  // articles start hidden: the default view is about the entities, not the articles that name them
  const state = { classOn: {}, relOn: {}, focus: null, focusRoot: null, selected: null,
                  from: "", to: "", prov: -1, cap: ROWS.length };
  for (const c of Object.keys(classInfo)) state.classOn[c] = c !== "Article";
  for (const r of Object.keys(relInfo)) state.relOn[r] = !relInfo[r].hidden;

  // ---- areas, dates, provinces: what the filters of every view read ----
  const AREAS = (DATA.areas || []).map(function (a) { return { code: a[0], label: a[1], level: a[2], parent: a[3] }; });
  function provinceOf(a) {
    let k = a;
    while (k >= 0 && AREAS[k].parent >= 0) k = AREAS[k].parent;
    return k;
  }
  const AREA_PROV = AREAS.map(function (_a, k) { return provinceOf(k); });
  const ART_PROV = DATA.articles.map(function () { return new Set(); });   // provinces each article names
  ROWS.forEach(function (r) {
    if (r.area >= 0) for (const a of r.arts) ART_PROV[a].add(AREA_PROV[r.area]);
  });
  function dateIn(d) {
    if (!state.from && !state.to) return true;
    if (!d) return false;
    return (!state.from || d >= state.from) && (!state.to || d.slice(0, state.to.length) <= state.to);
  }
  function articleOk(a) {
    return dateIn(DATA.articles[a][2]) && (state.prov < 0 || ART_PROV[a].has(state.prov));
  }
  function anyArticle(arts) {
    for (const a of arts) if (articleOk(a)) return true;
    return false;
  }
  function areaOk(area, arts) {
    if (state.prov < 0) return true;
    if (area >= 0) return AREA_PROV[area] === state.prov;
    for (const a of arts) if (ART_PROV[a].has(state.prov)) return true;
    return false;
  }
  function filterOk(i) {
    const r = ROWS[i];
    if (state.prov >= 0 && !areaOk(r.area, r.arts)) return false;
    if (state.from || state.to) {
      const own = r.attrs.date || r.attrs.dateBefore || r.attrs.startDate;
      if (own ? !dateIn(String(own)) : !r.arts.some(function (a) { return dateIn(DATA.articles[a][2]); })) return false;
    }
    return true;
  }
  // which nodes pass the filters and the cap (the most important first, DATA.rank); articles follow their nodes
  let mask = new Uint8Array(ROWS.length);
  function computeMask() {
    mask = new Uint8Array(ROWS.length);
    let n = 0;
    for (const i of DATA.rank) {
      if (n >= state.cap) break;
      if (filterOk(i)) { mask[i] = 1; n++; }
    }
    for (let i = 0; i < ROWS.length; i++) {
      if (ROWS[i].isArticle) mask[i] = articleOk(ROWS[i].arts[0]) && adjacency[i].some(function (j) {
        return mask[EROWS[j].to] === 1; }) ? 1 : 0;
    }
  }

  function nodeVisible(i) {
    return mask[i] === 1 && state.classOn[ROWS[i].cls] !== false && (!state.focus || state.focus.has(i));
  }
  function edgeVisible(j) {
    const r = EROWS[j];
    return state.relOn[r.rel] !== false && nodeVisible(r.from) && nodeVisible(r.to);
  }

  computeMask();
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
             scaling: { label: { enabled: false, drawThreshold: LABEL_THRESHOLD } } },
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
    box.checked = state.classOn[c];
    box.addEventListener("change", function () { setClass(c, box.checked); });
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
  // the cap is always stated: what the page holds, by which order, how to change it
  leftout.textContent = "页面收录 " + num(META.nodesShown) + " / " + num(META.nodesTotal) + " 个节点、" +
    num(META.edgesShown) + " / " + num(META.edgesTotal) + " 条边（按提及稿件数、提及次数、连接数排序，上限 " +
    num(META.maxNodes) + "，可用 kg build --html-max-nodes N 调整；上方“最多显示”在页内按同一顺序减少，并与日期、省份筛选一起作用）。" +
    (META.articles ? "稿件 " + num(META.articles) + " 篇，默认不画，勾选“稿件节点”显示。" : "");
  if (META.nodesShown < META.nodesTotal) {
    const parts = META.leftOutByClass.map(function (r) { return r[1] + " " + num(r[2]); });
    leftout.append("未收录的节点：" + parts.join("、") + "；未收录的边 " + num(META.edgesLeftOut) + " 条。");
    leftout.setAttribute("data-left-out", String(META.nodesTotal - META.nodesShown));
  }
  if (META.evidenceTrimmed) {
    leftout.append(" 为控制文件大小，每个节点或边最多列出 " + META.evidencePerItem + " 句证据，另有 " +
                   num(META.evidenceTrimmed) + " 处证据句未收入页面（完整证据见 graph.json / graph.ttl）。");
  }

  function refresh() {
    computeMask();
    nodeView.refresh();
    edgeView.refresh();
    updateStats();
    renderViews();
  }
  function setClass(c, on) {
    if (c === "Article" && on) addArticles();
    state.classOn[c] = on;
    syncChecks();
    refresh();
  }

  // ---- article nodes, made on demand from the articles each node lists ----
  let articlesAdded = false;
  function addArticles() {
    if (articlesAdded) return;
    articlesAdded = true;
    const members = DATA.articles.map(function () { return []; });
    ROWS.forEach(function (r, i) { for (const a of r.arts) members[a].push(i); });
    const newNodes = [], newEdges = [];
    members.forEach(function (list, a) {
      if (!list.length) return;
      const [aid, title, date] = DATA.articles[a];
      let x = 0, y = 0;
      for (const i of list) { x += ROWS[i].x; y += ROWS[i].y; }
      const k = ROWS.length;
      const row = { id: "article/" + aid, label: title, cls: "Article", size: 12 + 2 * Math.log2(1 + list.length),
                    x: Math.round(x / list.length) + 30, y: Math.round(y / list.length) - 30, mentions: 0,
                    degree: list.length, evTotal: 0, ev: [], aliases: [], adcode: "",
                    attrs: date ? { title: title, date: date } : { title: title }, arts: [a], area: -1, isArticle: true };
      ROWS.push(row);
      adjacency.push([]);
      byId.set(row.id, k);
      newNodes.push({ id: row.id, label: title.length > LABEL_MAX ? title.slice(0, LABEL_MAX - 1) + "\u2026" : title,
                      group: "Article", size: row.size, x: row.x, y: row.y, _i: k });
      for (const i of list) {
        const j = EROWS.length;
        EROWS.push({ from: k, to: i, rel: "mentions", count: 1, parallel: 0, evTotal: 0, ev: [], attrs: {} });
        adjacency[k].push(j);
        adjacency[i].push(j);
        newEdges.push({ id: j, from: row.id, to: ROWS[i].id, color: rinfo("mentions").color });
      }
    });
    mask = new Uint8Array(ROWS.length);
    nodes.add(newNodes);
    edges.add(newEdges);
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
    for (const c of Object.keys(state.classOn)) state.classOn[c] = c !== "Article";
    for (const r of Object.keys(relInfo)) state.relOn[r] = !relInfo[r].hidden;
    syncChecks();
    refresh();
    focusNote.textContent = "";
    network.fit({ animation: false });
  }
  function syncChecks() {
    for (const box of legend.querySelectorAll("input")) box.checked = state.classOn[box.getAttribute("data-class")] !== false;
    for (const box of relList.querySelectorAll("input")) box.checked = state.relOn[box.getAttribute("data-relation")] !== false;
    articlesBox.checked = state.classOn.Article === true;
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
      if (!mask[i]) { state.from = state.to = ""; state.prov = -1; state.cap = ROWS.length; syncFilters(); }
      state.classOn[r.cls] = true;
      syncChecks();
      refresh();
    }
    showView("network");
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

  // ---- labels of the most important nodes at every zoom level ----
  // vis-network leaves out labels once they would be smaller than LABEL_THRESHOLD px; the most important
  // visible nodes (DATA.labelled, in order) get theirs drawn here instead, at a readable size.
  network.on("afterDrawing", function (ctx) {
    const scale = network.getScale();
    const drawn = [];
    if (14 * scale < LABEL_THRESHOLD) {
      const ids = DATA.labelled.filter(function (i) { return nodeVisible(i); }).map(function (i) { return ROWS[i].id; });
      const pos = network.getPositions(ids);
      ctx.save();
      ctx.font = (13 / scale) + "px " + FONT;
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.lineWidth = 4 / scale;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.fillStyle = "#1d2127";
      for (const id of ids) {
        const p = pos[id];
        if (!p) continue;
        const r = ROWS[byId.get(id)];
        const text = r.label.length > LABEL_MAX ? r.label.slice(0, LABEL_MAX - 1) + "\u2026" : r.label;
        const y = p.y + r.size + 3 / scale;
        ctx.strokeText(text, p.x, y);
        ctx.fillText(text, p.x, y);
        drawn.push(r.label);
      }
      ctx.restore();
    }
    if (window.kgPage) window.kgPage.overlayLabels = drawn;
  });

  // ---- filters that apply to every view: dates, province, how many nodes ----
  const fromBox = document.getElementById("kg-from");
  const toBox = document.getElementById("kg-to");
  const provBox = document.getElementById("kg-province");
  const capBox = document.getElementById("kg-cap");
  const articlesBox = document.getElementById("kg-articles");
  AREAS.forEach(function (a, k) {
    if (a.level === 0 || a.parent < 0) provBox.append(el("option", { value: String(k), text: a.label }));
  });
  capBox.max = String(ROWS.length);
  capBox.value = String(ROWS.length);
  function normDate(v) {
    const m = String(v || "").trim().match(/^(\d{4})(?:[-\/.年](\d{1,2}))?(?:[-\/.月](\d{1,2}))?/);
    if (!m) return "";
    return m[1] + (m[2] ? "-" + m[2].padStart(2, "0") : "") + (m[3] ? "-" + m[3].padStart(2, "0") : "");
  }
  function syncFilters() {
    fromBox.value = state.from;
    toBox.value = state.to;
    provBox.value = String(state.prov);
    capBox.value = String(Math.min(state.cap, ROWS.filter(function (r) { return !r.isArticle; }).length));
  }
  function setFilters(f) {
    if ("from" in f) state.from = normDate(f.from);
    if ("to" in f) state.to = normDate(f.to);
    if ("province" in f) {
      const k = AREAS.findIndex(function (a) { return a.label === f.province || a.code === f.province; });
      state.prov = typeof f.province === "number" ? f.province : k;
    }
    if ("cap" in f) state.cap = Math.max(1, Number(f.cap) || ROWS.length);
    syncFilters();
    refresh();
  }
  fromBox.addEventListener("change", function () { setFilters({ from: fromBox.value }); });
  toBox.addEventListener("change", function () { setFilters({ to: toBox.value }); });
  provBox.addEventListener("change", function () { setFilters({ province: Number(provBox.value) }); });
  capBox.addEventListener("change", function () { setFilters({ cap: capBox.value }); });
  articlesBox.addEventListener("change", function () { setClass("Article", articlesBox.checked); });

  // ---- views: network, timeline, where, statistics, posts ----
  const VIEWS = ["network", "timeline", "where", "statistics", "posts"];
  let current = "network";
  function showView(v) {
    if (VIEWS.indexOf(v) < 0 || v === current) return;
    current = v;
    for (const b of document.querySelectorAll("#kg-tabs button")) {
      b.classList.toggle("kg-tab-on", b.getAttribute("data-view") === v);
      b.setAttribute("aria-selected", String(b.getAttribute("data-view") === v));
    }
    for (const name of VIEWS.slice(1)) document.getElementById("kg-view-" + name).hidden = name !== v;
    if (v === "network") network.redraw();
    renderViews();
  }
  for (const b of document.querySelectorAll("#kg-tabs button")) {
    b.addEventListener("click", function () { showView(b.getAttribute("data-view")); });
  }

  // details of a table row: its fields and its evidence (the rows are not all nodes of the network)
  function showItem(kind, fields, refs, total, nodeIndex) {
    state.selected = null;
    focus1.disabled = focus2.disabled = true;
    clear(details);
    details.setAttribute("data-item", kind);
    details.removeAttribute("data-node");
    details.removeAttribute("data-edge");
    details.append(el("div", { cls: "kg-name", text: fields[0][1] }));
    const dl = el("dl");
    for (const [k, v] of fields.slice(1)) if (v !== "" && v !== undefined && v !== null) dl.append(el("dt", { text: k }), el("dd", { text: String(v) }));
    details.append(dl, el("h2", { text: "证据" }), evidenceList(refs, total));
    if (nodeIndex >= 0) {
      details.append(el("p", null, [el("span", { cls: "kg-link", text: "在网络图中查看", onclick: function () { choose(nodeIndex); } })]));
    }
  }
  function rowVisible(area, arts, date) {
    if (!areaOk(area, arts)) return false;
    if (!state.from && !state.to) return true;
    if (date !== undefined) return dateIn(date);
    return arts.some(function (a) { return dateIn(DATA.articles[a][2]); });
  }

  // timeline: events by date, grouped by month; class chips
  const TL = (DATA.timeline || []).map(function (r) {
    return { label: r[0], cls: DATA.classes[r[1]][0], date: r[2], kind: r[3], place: r[4], area: (r[5] || 0) - 1,
             organizer: r[6], chair: r[7], evTotal: r[8] || 0, ev: r[9] || [], node: (r[10] || 0) - 1, arts: r[11] || [] };
  });
  const tlClassOn = {};
  const chips = document.getElementById("kg-timeline-classes");
  const tlCounts = {};
  for (const t of TL) tlCounts[t.cls] = (tlCounts[t.cls] || 0) + 1;
  for (const c of Object.keys(tlCounts)) {
    tlClassOn[c] = true;
    const box = el("input", { type: "checkbox", "data-timeline-class": c });
    box.checked = true;
    box.addEventListener("change", function () { tlClassOn[c] = box.checked; renderTimeline(); });
    chips.append(el("label", null, [box, glyph(c), el("span", { text: cinfo(c).label }), el("span", { cls: "kg-count", text: num(tlCounts[c]) })]));
  }
  const eventList = document.getElementById("kg-event-list");
  function timelineRows() {
    return TL.filter(function (t) {
      return tlClassOn[t.cls] !== false && rowVisible(t.area, t.arts, (state.from || state.to) ? t.date : undefined);
    });
  }
  function renderTimeline() {
    clear(eventList);
    let month = null;
    const rows = timelineRows();
    for (const t of rows) {
      const m = t.date ? t.date.slice(0, 7) : "日期不详";
      if (m !== month) { month = m; eventList.append(el("li", { cls: "kg-month", text: m })); }
      const when = t.date ? t.date + (t.kind === "before" ? " 前" : "") : "日期不详";
      const slots = [t.place && "地点 " + t.place, t.organizer && "主办 " + t.organizer, t.chair && "主持 " + t.chair]
        .filter(Boolean).join(" · ");
      const k = TL.indexOf(t);
      eventList.append(el("li", { "data-id": t.node >= 0 ? ROWS[t.node].id : "", "data-row": String(k), onclick: function () {
        showItem("event", [["", t.label], ["类别", cinfo(t.cls).label], ["日期", when], ["地点", t.place], ["主办方", t.organizer],
                           ["主持人", t.chair]], t.ev, t.evTotal, t.node);
      } }, [el("span", { cls: "kg-date", text: when }),
            el("span", null, [glyph(t.cls), el("span", { text: t.label }), slots ? el("span", { cls: "kg-slots", text: slots }) : null])]));
    }
    if (!rows.length) eventList.append(el("li", { cls: "kg-empty kg-note", text: TL.length ? "筛选范围内没有事件。" : "图中没有事件。" }));
    document.getElementById("kg-n-timeline").textContent = num(rows.length);
  }

  // statistics and posts: tables of their own
  function renderTable(id, head, rows, onRow) {
    const t = document.getElementById(id);
    clear(t);
    t.append(el("thead", null, [el("tr", null, head.map(function (h) { return el("th", { text: h }); }))]));
    const body = el("tbody");
    for (const r of rows) {
      const tr = el("tr", { onclick: function () { onRow(r); } }, r.cells.map(function (c) { return el("td", { text: c === undefined || c === null ? "" : String(c) }); }));
      body.append(tr);
    }
    if (!rows.length) body.append(el("tr", null, [el("td", { cls: "kg-note", colspan: String(head.length), text: "筛选范围内没有记录。" })]));
    t.append(body);
    return rows.length;
  }
  const STATS = (DATA.statistics || []).map(function (r) {
    return { cells: [r[0], r[1], r[2], r[3], r[4], r[5], r[6]], area: (r[7] || 0) - 1, ev: r[8] || [], node: (r[9] || 0) - 1, arts: r[10] || [] };
  });
  const POSTS = (DATA.posts || []).map(function (r) {
    return { cells: [r[0], r[1], r[2], r[3], r[4], r[5]], area: (r[6] || 0) - 1, ev: r[7] || [], node: (r[8] || 0) - 1, arts: r[9] || [] };
  });
  const STAT_HEAD = ["统计对象", "统计指标", "数值", "计量单位", "统计期", "变化率", "比较基准"];
  const POST_HEAD = ["人物", "职务", "任职单位", "最早报道", "最近报道", "稿件数"];
  function renderStats() {
    const rows = STATS.filter(function (r) { return rowVisible(r.area, r.arts); });
    document.getElementById("kg-n-statistics").textContent = num(rows.length);
    if (current !== "statistics") return;
    renderTable("kg-statistics", STAT_HEAD, rows, function (r) {
      showItem("statistic", [["", r.cells[0] + " " + r.cells[1]]].concat(STAT_HEAD.slice(2).map(function (h, k) { return [h, r.cells[k + 2]]; })),
               r.ev, r.ev.length, r.node);
    });
  }
  function renderPosts() {
    const rows = POSTS.filter(function (r) {
      if (!areaOk(r.area, r.arts)) return false;
      if (!state.from && !state.to) return true;
      return r.cells[3] && (!state.to || r.cells[3] <= state.to + "\uffff") && (!state.from || r.cells[4] >= state.from);
    });
    document.getElementById("kg-n-posts").textContent = num(rows.length);
    if (current !== "posts") return;
    renderTable("kg-posts", POST_HEAD, rows, function (r) {
      showItem("post", [["", r.cells[0] + " " + r.cells[1]]].concat(POST_HEAD.slice(2).map(function (h, k) { return [h, r.cells[k + 2]]; })),
               r.ev, r.ev.length, r.node);
    });
  }

  // where: initiatives, events and mentions per area, province -> prefecture -> county, as sorted bars
  const whereBars = document.getElementById("kg-where-bars");
  const wherePath = document.getElementById("kg-where-path");
  const metricBox = document.getElementById("kg-where-metric");
  let whereRoot = -1;
  metricBox.addEventListener("change", renderWhere);
  function ancestors(k) {
    const out = [];
    while (k >= 0) { out.push(k); k = AREAS[k].parent; }
    return out;
  }
  function whereCounts() {
    const c = AREAS.map(function () { return { initiatives: new Set(), events: 0, mentions: 0 }; });
    for (const t of TL) {
      if (t.area >= 0 && rowVisible(t.area, t.arts, (state.from || state.to) ? t.date : undefined)) {
        for (const k of ancestors(t.area)) c[k].events++;
      }
    }
    for (const [ini, area, arts] of DATA.implemented || []) {
      if (state.from || state.to || state.prov >= 0 ? anyArticle(arts) || (!arts.length && !state.from && !state.to) : true) {
        for (const k of ancestors(area)) c[k].initiatives.add(ini);
      }
    }
    for (const [area, art, n] of DATA.mentioned || []) {
      if (articleOk(art)) for (const k of ancestors(area)) c[k].mentions += n;
    }
    return c.map(function (x) { return { initiatives: x.initiatives.size, events: x.events, mentions: x.mentions }; });
  }
  const SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVGNS, tag);
    for (const k of Object.keys(attrs || {})) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function renderWhere() {
    if (state.prov >= 0 && (whereRoot < 0 || AREA_PROV[whereRoot] !== state.prov)) whereRoot = state.prov;
    const counts = whereCounts();
    const metric = metricBox.value;
    const kids = AREAS.map(function (_a, k) { return k; }).filter(function (k) {
      return whereRoot < 0 ? AREAS[k].parent < 0 : AREAS[k].parent === whereRoot;
    }).filter(function (k) { return state.prov < 0 || AREA_PROV[k] === state.prov; });
    kids.sort(function (a, b) { return counts[b][metric] - counts[a][metric] || counts[b].mentions - counts[a].mentions ||
                                       (AREAS[a].code < AREAS[b].code ? -1 : 1); });
    const shownKids = kids.filter(function (k) { return counts[k].initiatives + counts[k].events + counts[k].mentions > 0; });
    document.getElementById("kg-n-where").textContent = num(AREAS.filter(function (_a, k) {
      return counts[k].initiatives + counts[k].events + counts[k].mentions > 0; }).length);
    if (current !== "where") return;
    clear(wherePath);
    wherePath.append(el("span", { cls: "kg-link", text: "全部地区", onclick: function () { whereRoot = -1; renderWhere(); } }));
    for (const k of ancestors(whereRoot).reverse()) {
      wherePath.append(" › ", el("span", { cls: "kg-link", text: AREAS[k].label, onclick: function () { whereRoot = k; renderWhere(); } }));
    }
    clear(whereBars);
    if (!shownKids.length) {
      whereBars.append(el("p", { cls: "kg-note", text: whereRoot < 0 ? "图中没有行政区划。" : "下一级没有记录。" }));
      if (whereRoot >= 0 && ROWS.length) {
        const i = ROWS.findIndex(function (r) { return r.adcode === AREAS[whereRoot].code; });
        if (i >= 0) showNode(i);
      }
      return;
    }
    const rowH = 30, labelW = 150, numW = 210, width = Math.max(480, whereBars.clientWidth - 10);
    const barW = width - labelW - numW;
    const max = Math.max(1, Math.max.apply(null, shownKids.map(function (k) { return counts[k][metric]; })));
    const g = svg("svg", { width: String(width), height: String(rowH * shownKids.length + 4), role: "list" });
    shownKids.forEach(function (k, n) {
      const y = n * rowH;
      const c = counts[k];
      const row = svg("g", { "class": "kg-bar-row", "data-area": AREAS[k].code, role: "listitem" });
      row.append(svg("rect", { "class": "kg-bar-bg", x: "0", y: String(y), width: String(width), height: String(rowH), fill: "#fff" }),
                 svg("text", { x: String(labelW - 8), y: String(y + 19), "text-anchor": "end", "font-size": "13" }, AREAS[k].label),
                 svg("rect", { x: String(labelW), y: String(y + 6), height: String(rowH - 12), rx: "3",
                               width: String(Math.max(2, barW * c[metric] / max)), fill: ["#e7298a", "#f16913", "#3a8fd1"][["initiatives", "events", "mentions"].indexOf(metric)] }),
                 svg("text", { x: String(labelW + barW + 8), y: String(y + 19), "font-size": "12", fill: "#5f6670" },
                     "举措 " + c.initiatives + " · 事件 " + c.events + " · 提及 " + c.mentions));
      row.addEventListener("click", function () {
        if (AREAS.some(function (a) { return a.parent === k; })) { whereRoot = k; renderWhere(); }
        const i = ROWS.findIndex(function (r) { return r.adcode === AREAS[k].code; });
        if (i >= 0) showNode(i);
      });
      g.append(row);
    });
    whereBars.append(g);
  }

  function renderViews() {
    renderTimeline();
    renderWhere();
    renderStats();
    renderPosts();
  }
  renderViews();
  updateStats();
  window.kgPage = { data: DATA, network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
                    state: state, search: search, choose: function (id) { const i = byId.get(id); if (i !== undefined) choose(i); },
                    focusOn: focusOn, reset: resetView, showView: showView, setFilters: setFilters,
                    setClass: setClass, overlayLabels: [] };
})();
