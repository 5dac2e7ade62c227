"""``kg report``: one self-contained HTML page to look at what was extracted.

The page has three parts: every document with its entity mentions
highlighted (spaCy's displaCy, manual mode), tables of the extracted facts
(posts, meetings, demands, statements) each with its evidence sentence, and
an interactive view of the graph (a small force-directed layout in plain
JavaScript drawing SVG, nodes coloured by label).

Why it is built this way:

- Self-contained: no CDN, no fonts, no network; a Content-Security-Policy
  forbids every fetch, so the page behaves the same offline and in a
  sandbox, and can be mailed around as one file.
- News text is untrusted: every piece of document text, title or property
  is HTML-escaped (displaCy escapes the text it renders; everything else goes
  through ``html.escape``), and the graph data is embedded as JSON in a
  ``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as
  ``\\u003c`` etc., so no string can close the script element.
- Text is needed for highlights, but graph documents (``kg extract``) do not
  carry it; it is taken from the job's state, or re-read from the source file
  when the file is still there and its sha256 matches.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError
from kg.graph import Graph, Node, Relationship

#: One colour per label, shared by the highlights, the tables and the graph.
COLORS = {
    "Person": "#f4a3a3", "Organisation": "#9cc3f5", "Place": "#a3dea3", "Country": "#a3dea3",
    "Role": "#f7cd7e", "Meeting": "#cfa8e0", "Demand": "#f3e77a", "Statement": "#cfcfcf",
    "Document": "#dddddd",
}
LABEL_ORDER = ("Person", "Organisation", "Country", "Place", "Role", "Meeting", "Demand",
               "Statement", "Document")
#: Fact tables: title, and the relationship types shown in it.
FACT_TABLES = (
    ("Posts", ("HOLDS_ROLE", "ROLE_AT")),
    ("Meetings", ("PARTICIPATED_IN", "CHAIRED", "HELD_IN")),
    ("Demands", ("DEMANDS", "ADDRESSED_TO", "REJECTS")),
    ("Statements", ("STATED",)),
)
#: The graph view shows at most this many nodes (the best connected), so it stays responsive.
MAX_GRAPH_NODES = 400


def primary_label(node: Node) -> str:
    return next((label for label in LABEL_ORDER if label in node.labels),
                node.labels[0] if node.labels else "?")


# --------------------------------------------------------------------------- input


def load_report_graph(source: Path) -> Graph:
    """The graph to report on, with document texts where they can be found."""
    if source.suffix.lower() in (".yaml", ".yml"):
        from kg.jobs import load_job
        from kg.state import State

        job = load_job(source)
        state = State.load(job.state)
        if not state.documents:
            raise ConfigError(f"{source}: the job has not processed any documents yet; "
                              f"run 'kg run {source}' first")
        return state.graph()
    if source.suffix.lower() in (".json", ".jsonl"):
        from kg.rdf.export import read_graph_json

        graph = read_graph_json(source)
        _attach_texts(graph)
        return graph
    raise InputError(f"{source}: expected a graph document (.json) or a job file (.yaml)")


def _attach_texts(graph: Graph) -> None:
    """Find each document's text by re-reading its source file (if its hash still matches)."""
    from kg.reader import read_path

    texts: dict[str, str] = {}
    tried: set[str] = set()
    for document in graph.documents.values():
        if document.text:
            continue
        candidates = [document.source, document.source.rsplit("#", 1)[0]]
        for name in candidates:
            if name in tried or not Path(name).is_file():
                continue
            tried.add(name)
            try:
                for item in read_path(name):
                    texts[item.sha256] = item.text
            except InputError:
                continue
        document.text = texts.get(document.sha256, "")


# --------------------------------------------------------------------------- HTML parts


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: nothing in it can end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _mentions(graph: Graph, doc_id: str) -> list[dict[str, Any]]:
    """displaCy entity spans for one document, without overlaps (longest first wins)."""
    spans = []
    for rel in graph.relationships.values():
        if rel.type != "MENTIONED_IN" or rel.end != doc_id or rel.start not in graph.nodes:
            continue
        label = primary_label(graph.nodes[rel.start])
        starts = rel.properties.get("starts") or [rel.properties.get("start")]
        ends = rel.properties.get("ends") or [rel.properties.get("end")]
        for start, end in zip(starts, ends, strict=False):
            if isinstance(start, int) and isinstance(end, int) and end > start:
                spans.append((start, end, label))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[dict[str, Any]] = []
    last_end = -1
    for start, end, label in spans:
        if start >= last_end:
            kept.append({"start": start, "end": end, "label": label})
            last_end = end
    return kept


def document_section(graph: Graph, doc_id: str, index: int) -> str:
    from spacy import displacy

    document = graph.documents[doc_id]
    meta = " · ".join(_esc(v) for v in (document.lang, document.published, document.source) if v)
    if document.text:
        ents = [e for e in _mentions(graph, doc_id) if e["end"] <= len(document.text)]
        body = displacy.render([{"text": document.text, "ents": ents, "title": None}], style="ent",
                               manual=True, page=False, options={"colors": COLORS})
        counts = Counter(e["label"] for e in ents)
        found = ", ".join(f"{n} {_esc(label)}" for label, n in sorted(counts.items()))
    else:
        body = '<p class="missing">The text of this document is not available (its source file ' \
               'is gone or changed), so mentions cannot be highlighted.</p>'
        found = ""
    return (f'<section class="doc" id="doc-{index}" data-doc-id="{_esc(doc_id)}">\n'
            f"<h3>{_esc(document.title or doc_id)}</h3>\n"
            f'<p class="meta">{meta}{" — " + found if found else ""}</p>\n'
            f'<div class="doc-text">{body}</div>\n</section>')


def _emphasise(text: str, names: list[str]) -> str:
    """Escape ``text``, putting the given names in bold where they occur."""
    names = sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True)
    if not names:
        return _esc(text)
    pattern = re.compile("|".join(re.escape(n) for n in names))
    out, pos = [], 0
    for match in pattern.finditer(text):
        out.append(_esc(text[pos:match.start()]))
        out.append(f"<b>{_esc(match.group(0))}</b>")
        pos = match.end()
    out.append(_esc(text[pos:]))
    return "".join(out)


def _node_cell(graph: Graph, node_id: str) -> str:
    node = graph.nodes.get(node_id)
    if node is None:
        return _esc(node_id)
    label = primary_label(node)
    return (f'<span class="chip" style="background:{COLORS.get(label, "#eee")}" '
            f'title="{_esc(node_id)}">{_esc(node.name)}</span> '
            f'<span class="lbl">{_esc(label)}</span>')


def facts_tables(graph: Graph, doc_index: dict[str, int]) -> str:
    parts = []
    for title, types in FACT_TABLES:
        rels = sorted((r for r in graph.relationships.values() if r.type in types),
                      key=lambda r: (str(r.properties.get("doc", "")),
                                     r.properties.get("evidence_start", 0), types.index(r.type), r.id))
        rows = []
        for rel in rels:
            rows.append(_fact_row(graph, rel, doc_index))
        body = "\n".join(rows) if rows else \
            '<tr><td colspan="6" class="none">none found</td></tr>'
        parts.append(
            f'<h3>{_esc(title)} <span class="count">({len(rels)})</span></h3>\n'
            f'<table class="facts" data-facts="{_esc(title.lower())}">\n'
            '<colgroup><col class="c-node"><col class="c-rel"><col class="c-node"><col class="c-ev">'
            '<col class="c-doc"><col class="c-conf"></colgroup>\n'
            "<thead><tr><th>subject</th><th>relation</th><th>object</th><th>evidence</th>"
            "<th>document</th><th>confidence</th></tr></thead>\n"
            f"<tbody>\n{body}\n</tbody></table>")
    return "\n".join(parts)


def _fact_row(graph: Graph, rel: Relationship, doc_index: dict[str, int]) -> str:
    props = rel.properties
    names = [graph.nodes[n].name for n in (rel.start, rel.end) if n in graph.nodes]
    for n in (rel.start, rel.end):
        if n in graph.nodes:
            names += list(graph.nodes[n].properties.get("aliases", []))
    doc_id = str(props.get("doc", ""))
    doc_link = _esc(doc_id)
    if doc_id in doc_index:
        title = graph.documents[doc_id].title or doc_id
        doc_link = f'<a href="#doc-{doc_index[doc_id]}">{_esc(title[:60])}</a>'
    confidence = props.get("confidence")
    extractor = props.get("extractor", "")
    return (f"<tr><td>{_node_cell(graph, rel.start)}</td>"
            f'<td class="rel">{_esc(rel.type)}</td>'
            f"<td>{_node_cell(graph, rel.end)}</td>"
            f'<td class="evidence">{_emphasise(str(props.get("evidence", "")), names)}</td>'
            f"<td>{doc_link}</td>"
            f'<td title="{_esc(extractor)}">{_esc(confidence if confidence is not None else "")}</td></tr>')


def graph_data(graph: Graph) -> dict[str, Any]:
    """Nodes and links for the graph view: entities and facts (documents and mentions left out)."""
    degree: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    links = []
    for rel in sorted(graph.relationships.values(), key=lambda r: r.id):
        if rel.type == "MENTIONED_IN":
            mentions[rel.start] += int(rel.properties.get("mentions", 1) or 1)
            continue
        if rel.start in graph.nodes and rel.end in graph.nodes:
            degree[rel.start] += 1
            degree[rel.end] += 1
            links.append((rel.start, rel.end, rel.type))
    candidates = [n for n in graph.nodes.values() if "Document" not in n.labels]
    candidates.sort(key=lambda n: (-(degree[n.id] * 2 + mentions[n.id]), n.id))
    chosen = candidates[:MAX_GRAPH_NODES]
    index = {n.id: i for i, n in enumerate(chosen)}
    nodes = [{"id": n.id, "name": n.name[:80], "label": primary_label(n),
              "weight": degree[n.id] + mentions[n.id]} for n in chosen]
    edges = [{"s": index[s], "t": index[t], "type": kind} for s, t, kind in links
             if s in index and t in index]
    return {"nodes": nodes, "links": edges, "colors": COLORS,
            "truncated": max(0, len(candidates) - len(chosen))}


# --------------------------------------------------------------------------- page

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#283845;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:1.4em} header p{margin:4px 0 0;opacity:.85}
nav{padding:8px 24px;background:#eef1f4;border-bottom:1px solid #d5dbe1}
nav a{margin-right:18px;color:#283845}
main{padding:0 24px 40px;max-width:1400px}
h2{border-bottom:2px solid #283845;padding-bottom:4px;margin-top:32px}
.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 16px;margin:14px 0}
.doc h3{margin:6px 0} .meta{color:#666;font-size:.85em;margin:0 0 6px}
.doc-text{font-size:.95em} .missing{color:#a33}
table.facts{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff;font-size:.88em;margin-bottom:18px}
table.facts th,table.facts td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
table.facts th{background:#eef1f4} td.evidence{overflow-wrap:anywhere}
td.rel{font-family:monospace;font-size:.9em}
td.none{color:#888;font-style:italic}
.chip{padding:1px 6px;border-radius:4px}
col.c-node{width:17%} col.c-rel{width:10%} col.c-ev{width:40%}
col.c-doc{width:11%} col.c-conf{width:5%} .lbl{color:#777;font-size:.8em}
.count{color:#777;font-weight:normal;font-size:.8em}
#graph-box{background:#fff;border:1px solid #ddd;border-radius:6px;position:relative}
#graph{width:100%;height:720px;display:block;cursor:grab}
#graph text{font-size:11px;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:3px}
#graph line{stroke:#999;stroke-opacity:.6}
#graph .dim{opacity:.12}
.legend span{display:inline-block;margin:6px 10px 6px 0;font-size:.85em}
.legend i{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:4px;vertical-align:-1px}
#tip{position:absolute;pointer-events:none;background:#283845;color:#fff;padding:3px 7px;border-radius:4px;
font-size:.8em;display:none}
table.summary td{padding:2px 12px 2px 0}
body.graph-only main > :not(.graph-part), body.graph-only nav{display:none}
"""

_JS = r"""
(function () {
  "use strict";
  // "report.html#graph-only" shows just the graph (a link to share, or to screenshot).
  function applyHash() { document.body.classList.toggle("graph-only", location.hash === "#graph-only"); }
  applyHash(); window.addEventListener("hashchange", applyHash);
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("graph");
  var tip = document.getElementById("tip");
  var NS = "http://www.w3.org/2000/svg";
  var W = svg.clientWidth || 1200, H = svg.clientHeight || 720;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  var nodes = data.nodes, links = data.links, n = nodes.length;
  var neighbours = nodes.map(function () { return []; });
  links.forEach(function (l) { neighbours[l.s].push(l.t); neighbours[l.t].push(l.s); });
  // Deterministic start: a spiral, so the same graph always gets the same picture.
  nodes.forEach(function (d, i) {
    var a = i * 2.399963, r = 12 * Math.sqrt(i + 1);
    d.x = W / 2 + r * Math.cos(a); d.y = H / 2 + r * Math.sin(a); d.vx = 0; d.vy = 0;
    d.r = 5 + Math.min(10, Math.sqrt(d.weight || 1) * 1.6);
  });
  function tick(alpha) {
    var i, j, a, b, dx, dy, d2, f;
    for (i = 0; i < n; i++) {
      a = nodes[i];
      for (j = i + 1; j < n; j++) {
        b = nodes[j]; dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
        if (d2 > 90000) continue;
        f = 900 * alpha / d2; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    links.forEach(function (l) {
      a = nodes[l.s]; b = nodes[l.t]; dx = b.x - a.x; dy = b.y - a.y;
      var d = Math.sqrt(dx * dx + dy * dy) || 1, k = (d - 70) / d * 0.08 * alpha;
      a.vx += dx * k; a.vy += dy * k; b.vx -= dx * k; b.vy -= dy * k;
    });
    nodes.forEach(function (d) {
      d.vx += (W / 2 - d.x) * 0.004 * alpha; d.vy += (H / 2 - d.y) * 0.006 * alpha;
      if (d.fixed) { d.vx = 0; d.vy = 0; return; }
      d.x += d.vx; d.y += d.vy; d.vx *= 0.6; d.vy *= 0.6;
      d.x = Math.max(d.r, Math.min(W - d.r, d.x)); d.y = Math.max(d.r, Math.min(H - d.r, d.y));
    });
  }
  for (var step = 0; step < 300; step++) tick(1 - step / 330);
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    parent.appendChild(e); return e;
  }
  var gl = el("g", {"class": "links"}, svg), gn = el("g", {"class": "nodes"}, svg);
  var lineEls = links.map(function (l) {
    var e = el("line", {"data-type": l.type}, gl);
    var t = document.createElementNS(NS, "title"); t.textContent = l.type; e.appendChild(t);
    return e;
  });
  var showAll = n <= 80;
  var nodeEls = nodes.map(function (d, i) {
    var g = el("g", {"class": "node", "data-label": d.label}, gn);
    el("circle", {r: d.r, fill: data.colors[d.label] || "#ccc", stroke: "#555", "stroke-width": 1}, g);
    if (showAll || d.weight >= 4) {
      var t = el("text", {x: d.r + 3, y: 4}, g);
      t.textContent = d.name.length > 34 ? d.name.slice(0, 32) + "\u2026" : d.name;
    }
    g.addEventListener("mouseenter", function (ev) { focus(i); tip.style.display = "block";
      tip.textContent = d.name + " (" + d.label + ")"; });
    g.addEventListener("mousemove", function (ev) {
      var b = svg.getBoundingClientRect();
      tip.style.left = (ev.clientX - b.left + 12) + "px";
      tip.style.top = (ev.clientY - b.top + 12) + "px";
    });
    g.addEventListener("mouseleave", function () { focus(-1); tip.style.display = "none"; });
    g.addEventListener("mousedown", function (ev) { drag = d; d.fixed = true; ev.preventDefault(); });
    return g;
  });
  function focus(i) {
    var keep = {};
    if (i >= 0) { keep[i] = true; neighbours[i].forEach(function (j) { keep[j] = true; }); }
    nodeEls.forEach(function (g, j) { g.classList.toggle("dim", i >= 0 && !keep[j]); });
    lineEls.forEach(function (e, j) { var l = links[j];
      e.classList.toggle("dim", i >= 0 && l.s !== i && l.t !== i); });
  }
  function draw() {
    links.forEach(function (l, j) { var a = nodes[l.s], b = nodes[l.t], e = lineEls[j];
      e.setAttribute("x1", a.x.toFixed(1)); e.setAttribute("y1", a.y.toFixed(1));
      e.setAttribute("x2", b.x.toFixed(1)); e.setAttribute("y2", b.y.toFixed(1)); });
    nodes.forEach(function (d, i) {
      nodeEls[i].setAttribute("transform", "translate(" + d.x.toFixed(1) + "," + d.y.toFixed(1) + ")"); });
  }
  var drag = null;
  svg.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var b = svg.getBoundingClientRect();
    drag.x = (ev.clientX - b.left) * W / b.width; drag.y = (ev.clientY - b.top) * H / b.height;
    for (var s = 0; s < 3; s++) tick(0.15);
    draw();
  });
  window.addEventListener("mouseup", function () { if (drag) { drag.fixed = false; drag = null; } });
  draw();
  svg.setAttribute("data-nodes", String(n));
  svg.setAttribute("data-links", String(links.length));
  svg.setAttribute("data-rendered", "true");
})();
"""


def build_html(graph: Graph, title: str = "kg report") -> str:
    """The whole page as a string (UTF-8, no external resources)."""
    doc_ids = sorted(graph.documents, key=lambda d: (graph.documents[d].title or "", d))
    doc_index = {doc_id: i for i, doc_id in enumerate(doc_ids)}
    labels: Counter[str] = Counter(primary_label(n) for n in graph.nodes.values())
    types: Counter[str] = Counter(r.type for r in graph.relationships.values())
    summary_rows = "".join(f"<tr><td>{_esc(k)}</td><td>{v}</td></tr>"
                           for k, v in sorted(labels.items()) + sorted(types.items()))
    data = graph_data(graph)
    legend = "".join(f'<span><i style="background:{c}"></i>{_esc(label)}</span>'
                     for label, c in COLORS.items() if label in labels and label != "Document")
    truncated = (f"<p>Showing the {len(data['nodes'])} best-connected nodes; "
                 f"{data['truncated']} more are left out.</p>") if data["truncated"] else ""
    documents = "\n".join(document_section(graph, doc_id, i) for i, doc_id in enumerate(doc_ids))
    csp = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
           "img-src data:")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>{_esc(title)}</h1>
<p>{len(graph.documents)} documents · {len(graph.nodes) - len(graph.documents)} entities ·
{sum(v for k, v in types.items() if k != "MENTIONED_IN")} facts</p></header>
<nav><a href="#documents">Documents</a><a href="#graph-view">Graph</a><a href="#facts">Facts</a>
<a href="#counts">Counts</a></nav>
<main>
<h2 id="documents">Documents</h2>
{documents}
<h2 id="graph-view" class="graph-part">Graph</h2>
<p class="graph-part">Hover a node to see its neighbours; drag to move it
(<a href="#graph-only">graph only</a>).</p>
<div class="legend graph-part">{legend}</div>
<div class="graph-part">{truncated}</div>
<div id="graph-box" class="graph-part"><svg id="graph" role="img" aria-label="graph of extracted entities"
 data-rendered="false"></svg><div id="tip"></div></div>
<h2 id="facts">Facts with evidence</h2>
{facts_tables(graph, doc_index)}
<h2 id="counts">Counts</h2>
<table class="summary">{summary_rows}</table>
</main>
<script type="application/json" id="kg-data">{_script_json(data)}</script>
<script>{_JS}</script>
</body>
</html>
"""


def write_report(source: Path, out: Path, title: str | None = None) -> str:
    """Write the report for a graph file or job; returns a short description of it."""
    from kg.state import write_atomic

    graph = load_report_graph(source)
    page = build_html(graph, title or f"kg report: {source.name}")
    write_atomic(out, page.encode("utf-8"))
    return (f"{len(graph.documents)} documents, {len(graph.nodes) - len(graph.documents)} entities, "
            f"{len(page.encode('utf-8')):,} bytes")
