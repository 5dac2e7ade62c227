"""A processed doc as a ``Graph``: its nodes, its facts as relationships with their
evidence, and a MENTIONED_IN relationship for every node it names.

The last stage of extraction (``run.document_graph`` calls ``build_graph`` once per
doc). A module of its own so that it is compiled with the extractors
(``native.COMPILED``): it handles every fact and mention of every document, ~120
relationships per article, and as Python source it was ~7 % of extraction's time.
"""

from __future__ import annotations

from hashlib import sha256
from typing import Any, Final

from spacy.tokens import Doc

from kg.extract.doc import Fact, doc_text, text_digest
from kg.graph import RELATIONSHIP_ID_PREFIXES, Document, Graph, Node, Relationship
from kg.reader import SourceText

#: Nodes that only exist as part of a fact: without one they are left out.
FACT_PART_LABELS: Final = frozenset({"Role", "Meeting", "Demand", "Statement"})
#: ``relationship_id("MENTIONED_IN", …)`` up to the digest.
_MENTIONED_IN_PREFIX: Final = RELATIONSHIP_ID_PREFIXES["MENTIONED_IN"]
#: Each relationship type's id prefix (``relationship_id``), as a typed constant.
_ID_PREFIXES: Final[dict[str, str]] = dict(RELATIONSHIP_ID_PREFIXES)


def build_graph(doc: Doc, source: SourceText, lang: str, offset: int = 0) -> Graph:
    """Turn a processed Doc into a Graph with evidence on every relationship.

    ``offset`` is where the Doc's text starts in the document (long documents
    are processed in pieces); every character offset in the graph is shifted
    by it, so offsets always refer to the whole document text.

    The doc's ``Node`` objects go into the graph as they are, not as copies:
    each was made for this doc alone, and the doc is dropped once its graph
    is built (``document_graph``).
    """
    text = doc_text(doc)
    # A doc of the whole text (most documents are one piece) shares its text's digest
    # with the components' ids (``text_digest``): the text is not hashed again. (``==``
    # is an identity test first: the piece is the source's own string.)
    sha: str = text_digest(doc).hexdigest() if text == source.text else source.sha256
    data = doc.user_data  # what doc._.kg_nodes etc. read, without an object per access
    meta: dict[str, Any] = data["kg_meta"]
    document = Document(id=f"doc:{sha[:16]}", title=source.title, lang=lang,
                        published=meta.get("published"), source=source.source, sha256=sha,
                        text=source.text)
    doc_id = f"doc:{sha[:16]}"
    graph = Graph()
    graph.add_document(document)
    document_properties = document.to_dict()
    del document_properties["id"]
    graph.add_node(Node(doc_id, ["Document"], document_properties))
    nodes: dict[str, Node] = data["kg_nodes"]
    all_mentions: dict[str, list[tuple[int, int]]] = data["kg_mentions"]
    facts: list[Fact] = data["kg_facts"]
    relationships: dict[str, Relationship] = graph.relationships
    kept: set[str] = set()
    evidence: dict[int, tuple[str, int, int]] = {}  # see ``_fact_relationship``
    for fact in facts:
        start, end = fact.start, fact.end
        if start not in nodes or end not in nodes:
            continue
        rel = _fact_relationship(fact, doc_id, text, offset, evidence)
        if rel.id in relationships:  # the same fact again: the more confident one stays
            graph.add_relationship(rel)
        else:
            relationships[rel.id] = rel
        kept.add(start)
        kept.add(end)
    graph_nodes: dict[str, Node] = graph.nodes
    # Every MENTIONED_IN id hashes "MENTIONED_IN", the node id and the document id
    # (``relationship_id``): only the node id differs within a document.
    id_tail = f"\x1f{doc_id}\x1f"
    for node_id, node in nodes.items():
        mentions = all_mentions.get(node_id)
        if node_id not in kept and (not mentions or not FACT_PART_LABELS.isdisjoint(node.labels)):
            continue  # a candidate that lost to a longer name, or a fact part nothing links
        if node_id in graph_nodes:  # (the document's own id: never a node of the doc)
            graph.add_node(node)
        else:
            graph_nodes[node_id] = node
        if mentions:
            rel_id = _MENTIONED_IN_PREFIX + sha256(
                f"MENTIONED_IN\x1f{node_id}{id_tail}".encode()).digest()[:6].hex()
            mentioned = Relationship(rel_id, "MENTIONED_IN", node_id, doc_id,
                                     _mention_properties(mentions, offset))
            if rel_id in relationships:  # (never: ids differ by type, and nodes by id)
                graph.add_relationship(mentioned)
            else:
                relationships[rel_id] = mentioned
    return graph


def _fact_relationship(fact: Fact, doc_id: str, text: str, offset: int,
                       evidence: dict[int, tuple[str, int, int]]) -> Relationship:
    """A fact as a relationship with its sentence as evidence.

    ``evidence``: the evidence text and offsets of each sentence ``Span`` asked
    about, by the span's ``id`` (the facts keep their spans alive meanwhile): a
    sentence carries ~3.6 facts, and a span's offsets are computed on every read.
    """
    sentence = fact.sentence
    found = evidence.get(id(sentence))
    if found is None:
        start_char: int = sentence.start_char
        end_char: int = sentence.end_char
        found = evidence[id(sentence)] = (text[start_char:end_char], start_char + offset,
                                          end_char + offset)
    props: dict[str, object] = {
        "doc": doc_id, "evidence": found[0], "evidence_start": found[1],
        "evidence_end": found[2],
        "extractor": fact.extractor, "confidence": _rounded(fact.confidence),
    }
    if fact.properties:
        props.update(fact.properties)
    rel_type, start, end = fact.type, fact.start, fact.end
    # ``relationship_id(rel_type, start, end, doc_id)`` written out (a call fewer per fact)
    rel_id = (_ID_PREFIXES.get(rel_type) or f"rel:{rel_type.lower()}:") + sha256(
        f"{rel_type}\x1f{start}\x1f{end}\x1f{doc_id}".encode()).digest()[:6].hex()
    return Relationship(rel_id, rel_type, start, end, props)


#: ``round(confidence, 2)`` of the confidences seen: a handful of values, each rounded
#: once (rounding a float to digits goes through its decimal string).
_ROUNDED: Final[dict[float, float]] = {}


def _rounded(confidence: float) -> float:
    rounded = _ROUNDED.get(confidence)
    if rounded is None:
        if len(_ROUNDED) > 4096:
            _ROUNDED.clear()  # (bounded: confidences computed from scores could vary)
        rounded = _ROUNDED[confidence] = round(confidence, 2)
    return rounded


def _mention_properties(mentions: list[tuple[int, int]], offset: int) -> dict[str, object]:
    """Where a node is mentioned in the document: every (start, end) in text order
    (the properties of its MENTIONED_IN relationship)."""
    if len(mentions) == 1:  # most nodes: nothing to sort
        start, end = mentions[0]
        start += offset
        end += offset
        return {"start": start, "end": end, "starts": [start], "ends": [end], "mentions": 1}
    if offset:
        mentions = [(s + offset, e + offset) for s, e in mentions]
    ordered = sorted(mentions)
    starts = [s for s, _ in ordered]
    ends = [e for _, e in ordered]
    return {"start": starts[0], "end": ends[0], "starts": starts, "ends": ends,
            "mentions": len(ordered)}
