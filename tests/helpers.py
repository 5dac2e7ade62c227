"""Helpers for the extraction tests: run the real pipeline on a short text, query the graph.

Import from tests as ``from helpers import ...`` (pytest puts ``tests/`` on the path,
since ``tests`` has a ``conftest.py`` and no ``__init__.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.extract.run import ExtractOptions, document_graph
from kg.graph import Graph, Node, Relationship
from kg.reader import SourceText

#: "Today" for every in-process extraction, so inferred years never age.
TODAY = "2026-11-28"

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def extract_text(text: str, lang: str, published: str | None = None, today: str = TODAY,
                 source: str = "test.txt") -> Graph:
    """The graph of one text, through the real pipeline (no file, no subprocess)."""
    options = ExtractOptions(lang=lang, published=published, today=today)
    return document_graph(SourceText(text=text, source=source, title=text[:60]), options)


def kg_command() -> list[str]:
    """How to run the ``kg`` command line from tests (same interpreter as pytest)."""
    return [sys.executable, "-m", "kg.cli"]


# -- node lookups ------------------------------------------------------------------

def names_of(node: Node) -> set[str]:
    props = node.properties
    names = {props.get("name"), props.get("title"), *props.get("aliases", [])}
    return {n for n in names if n}


def nodes(graph: Graph, label: str) -> list[Node]:
    return graph.by_label(label)


def node_named(graph: Graph, name: str, label: str | None = None) -> Node | None:
    """The node whose name (or an alias) is exactly ``name``; None if there is none."""
    found = [n for n in graph.nodes.values()
             if (label is None or label in n.labels) and name in names_of(n)]
    assert len(found) <= 1, f"several nodes named {name!r}: {[n.id for n in found]}"
    return found[0] if found else None


def person(graph: Graph, name: str) -> Node:
    node = node_named(graph, name, "Person")
    assert node is not None, f"no Person named {name!r}; persons: {person_names(graph)}"
    return node


def person_names(graph: Graph) -> set[str]:
    return {n.properties["name"] for n in graph.by_label("Person")}


def node_ids(graph: Graph, label: str) -> set[str]:
    return {n.id for n in graph.by_label(label)}


def rels(graph: Graph, rel_type: str, start: str | None = None, end: str | None = None) -> list[Relationship]:
    return [r for r in graph.relationships.values()
            if r.type == rel_type and (start is None or r.start == start)
            and (end is None or r.end == end)]


# -- relationship queries ------------------------------------------------------------

def roles_of(graph: Graph, person_name: str) -> set[tuple[str, str | None]]:
    """(role title, organisation/state id) pairs of a person; org is None for a bare role."""
    found: set[tuple[str, str | None]] = set()
    node = node_named(graph, person_name, "Person")
    if node is None:
        return found
    for held in rels(graph, "HOLDS_ROLE", start=node.id):
        role = graph.nodes[held.end]
        orgs = [r.end for r in rels(graph, "ROLE_AT", start=role.id)]
        title = role.properties["title"]
        if not orgs:
            found.add((title, None))
        for org in orgs:
            found.add((title, org))
    return found


def role_titles(graph: Graph, person_name: str) -> set[str]:
    return {title for title, _ in roles_of(graph, person_name)}


def meetings(graph: Graph) -> list[Node]:
    return graph.by_label("Meeting")


def only_meeting(graph: Graph) -> Node:
    found = meetings(graph)
    assert len(found) == 1, f"expected one meeting, got {[m.id for m in found]}"
    return found[0]


def participants(graph: Graph, meeting: Node) -> set[str]:
    return {r.start for r in rels(graph, "PARTICIPATED_IN", end=meeting.id)}


def chairs(graph: Graph, meeting: Node) -> set[str]:
    return {r.start for r in rels(graph, "CHAIRED", end=meeting.id)}


def held_in(graph: Graph, meeting: Node) -> set[str]:
    return {r.end for r in rels(graph, "HELD_IN", start=meeting.id)}


def demands(graph: Graph) -> list[dict[str, object]]:
    """Every demand: its text, who demands it, to whom, who rejects it (node ids)."""
    out = []
    for node in graph.by_label("Demand"):
        out.append({
            "id": node.id,
            "text": node.properties["text"],
            "by": {r.start for r in rels(graph, "DEMANDS", end=node.id)},
            "to": {r.end for r in rels(graph, "ADDRESSED_TO", start=node.id)},
            "rejected_by": {r.start for r in rels(graph, "REJECTS", end=node.id)},
        })
    return out


def demand_containing(graph: Graph, phrase: str) -> dict[str, object]:
    found = [d for d in demands(graph) if phrase in str(d["text"])]
    assert found, f"no demand containing {phrase!r}; demands: {[d['text'] for d in demands(graph)]}"
    return found[0]


def statements_of(graph: Graph, person_name: str) -> list[str]:
    node = person(graph, person_name)
    return [graph.nodes[r.end].properties["text"] for r in rels(graph, "STATED", start=node.id)]
