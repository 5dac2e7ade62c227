"""The graph data classes: the one shape every stage hands to the next.

The JSON form (``Graph.to_dict``) is exactly the contract of
``shared/graph-model.md``: ``documents``, ``nodes`` and ``relationships``.
Everything here is deterministic: ids are derived from content, and the JSON
is sorted, so the same input always gives byte-identical output.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

#: Labels and relationship types of the contract. Loaders accept nothing else.
NODE_LABELS = (
    "Document", "Person", "Organisation", "Place", "Country", "Role",
    "Meeting", "Demand", "Statement",
)
RELATIONSHIP_TYPES = (
    "HOLDS_ROLE", "ROLE_AT", "PARTICIPATED_IN", "CHAIRED", "HELD_IN",
    "DEMANDS", "ADDRESSED_TO", "REJECTS", "STATED", "MENTIONED_IN",
)

#: Properties whose values are unioned (not overwritten) when nodes merge.
LIST_PROPERTIES = ("aliases",)


@functools.lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """ASCII, lower-case, dash-separated form of a name, used inside ids.

    German umlauts become ae/oe/ue and ß becomes ss so that "Außenminister"
    and "Aussenminister" share an id. A name with no Latin letter or digit
    at all (Cyrillic, Arabic, CJK ...) gets a digest of the name instead, so
    that two such names do not share one id.
    """
    original = text
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    for umlaut, repl in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"),
                         ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(umlaut, repl)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()
    if not text and any(c.isalnum() for c in original):
        return "x-" + hashlib.sha256(unicodedata.normalize("NFC", original).encode()).hexdigest()[:12]
    return text or "x"


def short_hash(*parts: object, length: int = 12) -> str:
    """A stable hex digest of the parts, for ids that have no readable key."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass
class Document:
    """One input text. ``text`` is kept for evidence checks but never exported."""

    id: str
    title: str
    lang: str
    published: str | None
    source: str
    sha256: str
    text: str = field(default="", repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "lang": self.lang,
            "published": self.published, "source": self.source, "sha256": self.sha256,
        }


@dataclass(slots=True)
class Node:
    id: str
    labels: list[str]
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        props = self.properties
        return str(props.get("name") or props.get("title") or props.get("text") or self.id)

    def merge(self, other: Node) -> None:
        """Fold another node with the same id into this one.

        Labels and aliases are unioned; other properties keep the first value
        seen, so the result does not depend on which document came later
        beyond what is missing.
        """
        labels, properties = self.labels, self.properties
        for label in other.labels:
            if label not in labels:
                labels.append(label)
        for key, value in other.properties.items():
            if key in LIST_PROPERTIES:
                merged = list(properties.get(key, []))
                merged += [v for v in value if v not in merged]
                properties[key] = merged
            elif properties.get(key) in (None, "", []):
                properties[key] = value

    def to_dict(self) -> dict[str, Any]:
        props = dict(self.properties)
        for key in LIST_PROPERTIES:
            if key in props:
                name = props.get("name")
                props[key] = sorted({a for a in props[key] if a and a != name})
        return {"id": self.id, "labels": sorted(self.labels), "properties": _clean(props)}


@dataclass(slots=True)
class Relationship:
    id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "start": self.start, "end": self.end,
                "properties": _clean(self.properties)}


#: "rel:holds_role:" … : the start of every id of a relationship type.
RELATIONSHIP_ID_PREFIXES = {rel_type: f"rel:{rel_type.lower()}:" for rel_type in RELATIONSHIP_TYPES}


def relationship_id(rel_type: str, start: str, end: str, doc: str | None = None) -> str:
    """Stable id: one relationship of a type between two nodes per document.

    The digest is ``short_hash(rel_type, start, end, doc or "")`` written out:
    every relationship of every document gets an id, and the generic helper's
    per-part ``str`` calls and generator cost more than the hashing itself.
    The first 6 bytes of the digest in hex are the first 12 hex digits of
    ``hexdigest()``, which formats all 32 bytes (a third of the time here).
    """
    key = f"{rel_type}\x1f{start}\x1f{end}\x1f{doc or ''}"
    prefix = RELATIONSHIP_ID_PREFIXES.get(rel_type) or f"rel:{rel_type.lower()}:"
    return prefix + hashlib.sha256(key.encode("utf-8")).digest()[:6].hex()


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values and sort keys, so the JSON is minimal and stable."""
    return {k: props[k] for k in sorted(props) if props[k] not in (None, "", [])}


@dataclass
class Graph:
    """Documents, nodes and relationships, keyed by id.

    Adding a node or relationship whose id is already present merges it, so
    graphs of several documents can simply be added together.
    """

    documents: dict[str, Document] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: dict[str, Relationship] = field(default_factory=dict)

    def add_document(self, document: Document) -> None:
        self.documents.setdefault(document.id, document)

    def add_node(self, node: Node) -> Node:
        existing = self.nodes.get(node.id)
        if existing is None:
            self.nodes[node.id] = node
            return node
        existing.merge(node)
        return existing

    def add_relationship(self, rel: Relationship) -> Relationship:
        existing = self.relationships.get(rel.id)
        if existing is None:
            self.relationships[rel.id] = rel
            return rel
        if rel.type == "MENTIONED_IN":
            _merge_mentions(existing, rel)
        elif rel.properties.get("confidence", 0) > existing.properties.get("confidence", 0):
            existing.properties = rel.properties
        return existing

    def merge(self, other: Graph) -> None:
        for document in other.documents.values():
            self.add_document(document)
        for node in other.nodes.values():
            self.add_node(Node(node.id, list(node.labels), dict(node.properties)))
        for rel in other.relationships.values():
            self.add_relationship(Relationship(rel.id, rel.type, rel.start, rel.end,
                                               dict(rel.properties)))

    def by_label(self, label: str) -> list[Node]:
        return [n for n in self.nodes.values() if label in n.labels]

    def outgoing(self, node_id: str, rel_type: str) -> list[Relationship]:
        return [r for r in self.relationships.values()
                if r.start == node_id and r.type == rel_type]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [d.to_dict() for _, d in sorted(self.documents.items())],
            "nodes": [n.to_dict() for _, n in sorted(self.nodes.items())],
            "relationships": [r.to_dict() for _, r in sorted(self.relationships.items())],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Graph:
        """Read a graph document (the JSON contract) back into data classes."""
        graph = cls()
        for d in data.get("documents", []):
            graph.add_document(Document(
                id=d["id"], title=d.get("title", ""), lang=d.get("lang", ""),
                published=d.get("published"), source=d.get("source", ""),
                sha256=d.get("sha256", "")))
        for n in data.get("nodes", []):
            graph.add_node(Node(n["id"], list(n.get("labels", [])), dict(n.get("properties", {}))))
        for r in data.get("relationships", []):
            graph.add_relationship(Relationship(r["id"], r["type"], r["start"], r["end"],
                                                dict(r.get("properties", {}))))
        return graph


def _merge_mentions(existing: Relationship, new: Relationship) -> None:
    """Union the mention offsets of two MENTIONED_IN relationships."""
    props = existing.properties
    pairs = set(zip(props.get("starts", []), props.get("ends", []), strict=True))
    pairs |= set(zip(new.properties.get("starts", []), new.properties.get("ends", []),
                     strict=True))
    ordered = sorted(pairs)
    props["starts"] = [s for s, _ in ordered]
    props["ends"] = [e for _, e in ordered]
    props["start"], props["end"] = ordered[0]
    props["mentions"] = len(ordered)
