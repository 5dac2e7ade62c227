"""What the extractors leave on a spaCy ``Doc``: extension attributes.

Components never keep side tables; they read and write these attributes:

- ``doc._.kg_nodes``: node id -> ``Node`` (entities, roles, meetings, demands …)
- ``doc._.kg_mentions``: node id -> list of ``(start_char, end_char)``
- ``doc._.kg_facts``: the relationships found, as ``Fact`` records
- ``doc._.kg_meta``: document metadata (language, publication date …)
- ``span._.kg_id``: on entity spans in ``doc.ents``, the node id they name
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.graph import Node


@dataclass
class Fact:
    """One relationship read from one sentence."""

    type: str
    start: str
    end: str
    sentence: Span
    extractor: str
    confidence: float
    properties: dict[str, object] = field(default_factory=dict)


def register_extensions() -> None:
    """Register the ``kg_*`` extension attributes once (idempotent)."""
    for name in ("kg_nodes", "kg_mentions", "kg_meta"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("kg_facts"):
        Doc.set_extension("kg_facts", default=None)
    if not Span.has_extension("kg_id"):
        Span.set_extension("kg_id", default=None)


def init_doc(doc: Doc) -> None:
    """Give a fresh doc empty containers (defaults must not be shared)."""
    if doc._.kg_nodes is None:
        doc._.kg_nodes = {}
    if doc._.kg_mentions is None:
        doc._.kg_mentions = {}
    if doc._.kg_facts is None:
        doc._.kg_facts = []
    if doc._.kg_meta is None:
        doc._.kg_meta = {}


def add_node(doc: Doc, node: Node) -> Node:
    """Add a node to the doc, merging with one of the same id."""
    existing = doc._.kg_nodes.get(node.id)
    if existing is None:
        doc._.kg_nodes[node.id] = node
        return node
    existing.merge(node)
    return existing


def add_mention(doc: Doc, node_id: str, start_char: int, end_char: int) -> None:
    mentions = doc._.kg_mentions.setdefault(node_id, [])
    if (start_char, end_char) not in mentions:
        mentions.append((start_char, end_char))


def add_fact(doc: Doc, fact: Fact) -> None:
    doc._.kg_facts.append(fact)


register_extensions()
