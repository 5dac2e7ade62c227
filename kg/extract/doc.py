"""What the extractors leave on a spaCy ``Doc``: extension attributes.

Components never keep side tables; they read and write these attributes:

- ``doc._.kg_nodes``: node id -> ``Node`` (entities, roles, meetings, demands …)
- ``doc._.kg_mentions``: node id -> list of ``(start_char, end_char)``
- ``doc._.kg_facts``: the relationships found, as ``Fact`` records
- ``doc._.kg_meta``: document metadata (language, publication date …)
- ``span._.kg_id``: on entity spans in ``doc.ents``, the node id they name
"""

from __future__ import annotations

import bisect
import hashlib
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


class DocIndex:
    """Sentences, entities and dates of a doc, looked up by position.

    spaCy computes ``doc.sents``, ``doc.ents``, ``span.ents`` and
    ``token.sent`` afresh on every access (each a walk over the document), so
    the extractors look them up here instead: built once per doc after the
    entity recogniser, then bisected.
    """

    def __init__(self, doc: Doc) -> None:
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.ents: list[Span] = list(doc.ents)
        self.ent_starts = [e.start for e in self.ents]
        self.ent_at: dict[int, Span] = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.dates: list[Span] = list(doc.spans.get("kg_dates", []))
        #: ``doc.text`` is rebuilt from the tokens on every access: keep it once.
        self.text: str = doc.text
        self.text_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
        self.date_starts = [d.start for d in self.dates]

    def sent_index(self, token_i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, token_i) - 1)

    def sent(self, token_i: int) -> Span:
        """The sentence holding a token (``token.sent`` without the walk)."""
        return self.sents[self.sent_index(token_i)]

    def ents_in(self, start: int, end: int) -> list[Span]:
        """Entities starting in [start, end): ``span.ents`` without the walk."""
        lo = bisect.bisect_left(self.ent_starts, start)
        hi = bisect.bisect_left(self.ent_starts, end)
        return self.ents[lo:hi]

    def dates_in(self, start: int, end: int) -> list[Span]:
        lo = bisect.bisect_left(self.date_starts, start)
        hi = bisect.bisect_left(self.date_starts, end)
        return self.dates[lo:hi]


def doc_index(doc: Doc) -> DocIndex:
    """The doc's index, built on first use after entities and dates are set."""
    cached = doc.user_data.get("kg_index")
    if cached is None:
        cached = doc.user_data["kg_index"] = DocIndex(doc)
    return cached


def sent_ents(span: Span) -> list[Span]:
    """The entities inside a sentence (or any span), from the doc's index."""
    return doc_index(span.doc).ents_in(span.start, span.end)
