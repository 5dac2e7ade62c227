"""Graph → RDF: the mapper from the graph model to quads, through the mapping.

The shape of the output (see docs/rdf.md):

* every node is a resource ``{resource_base}{prefix}/{rest}`` typed with the
  classes ``schemas/mapping.yaml`` gives for its labels, with its properties as
  literals (or IRIs, for ``iri_values`` such as ``wikidata`` → ``owl:sameAs``)
  and its original id in ``kg:id`` so the JSON graph can be rebuilt exactly;
  entity descriptions live in the default graph because entities are merged
  across documents;
* every relationship is a direct triple ``start p end`` for simple queries,
  plus a reified statement (``kg:Assertion``, an ``rdf:Statement``) carrying
  its evidence: sentence, offsets, extractor (a ``prov:SoftwareAgent``),
  confidence and ``prov:wasDerivedFrom`` the document. ``MENTIONED_IN`` gets a
  ``kg:Mention`` the same way, carrying the mention offsets. A type the mapping
  declares ``rdf_inverse`` is written end → start, triple and statement alike:
  ``MENTIONED_IN`` becomes ``<document> schema:mentions <entity>``,
  ``PARTICIPATED_IN`` ``<meeting> kg:hasParticipant <actor>``, ``DEMANDS``
  and ``REJECTS`` ``<demand> kg:demandedBy``/``kg:rejectedBy <actor>``;
* both go into one named graph per document, ``{resource_base}graph/…``,
  itself ``prov:wasDerivedFrom`` its document, so a document's facts can be
  dropped or replaced as a unit. Triple-only formats flatten the graphs.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib import Graph as RdfGraph
from rdflib.namespace import ORG, PROV, NamespaceManager
from rdflib.term import Node as RdfTerm

from kg.errors import ConfigError, ExportError, InputError
from kg.graph import Document, Graph, Node, slugify
from kg.mapping import Mapping, load_mapping
from kg.rdf.formats import RdfFormat, oxigraph_bytes
from kg.reader import read_utf8

Quad = tuple[RdfTerm, RdfTerm, RdfTerm, URIRef | None]

#: Properties whose ISO 8601 values become typed date literals, so SPARQL can compare them.
DATE_PROPERTIES = frozenset({"date", "published"})
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^--\d{2}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
#: Characters of an id kept as they are in an IRI; everything else is percent-encoded.
_IRI_SAFE = ":"
_SURROGATE = re.compile("[\ud800-\udfff]")


class Vocabulary:
    """The IRIs the exporter and the reader need, all derived from one mapping."""

    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        ns = mapping.namespace
        self.id = URIRef(mapping.rdf_attribute("id"))
        self.assertion = URIRef(ns + "Assertion")
        self.mention = URIRef(ns + "Mention")
        self.resource_base = mapping.resource_base


def node_iri(mapping: Mapping, node_id: str) -> URIRef:
    """The IRI of a node id: "person:jens-stoltenberg" → {base}person/jens-stoltenberg.

    The first colon becomes the one slash; everything else that is not an
    unreserved character (quotes, spaces, brackets, newlines, umlauts, emoji,
    further slashes) is percent-encoded, so the mapping is injective and the
    IRI is valid in every serialisation.
    """
    prefix, sep, rest = _clean_text(node_id).partition(":")
    if not sep:
        return URIRef(mapping.resource_base + quote(prefix, safe=""))
    return URIRef(f"{mapping.resource_base}{quote(prefix, safe='')}/{quote(rest, safe=_IRI_SAFE)}")


def graph_iri(mapping: Mapping, doc_id: str) -> URIRef:
    """The named graph holding one document's facts."""
    return URIRef(mapping.resource_base + "graph/" + node_iri(mapping, doc_id)[len(mapping.resource_base):])


def _clean_text(text: str) -> str:
    """Replace lone surrogates (possible in JSON input), which no RDF syntax can encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def to_literal(prop: str, value: Any) -> Literal:
    """A typed literal for a property value: the datatype follows the Python type.

    Floats become xsd:decimal (so 0.9 reads back as "0.9", not 9.0E-1); ISO
    dates of ``date``/``published`` become xsd:date (or gMonthDay/gYear when
    the year or day is unknown), so date comparisons work in SPARQL.
    """
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return Literal(Decimal(repr(value)), datatype=XSD.decimal)
        return Literal(value, datatype=XSD.double)
    if isinstance(value, str):
        text = _clean_text(value)
        if prop in DATE_PROPERTIES:
            for pattern, datatype in ((_FULL_DATE, XSD.date), (_MONTH_DAY, XSD.gMonthDay),
                                      (_YEAR_MONTH, XSD.gYearMonth), (_YEAR, XSD.gYear)):
                if pattern.match(text):
                    return Literal(text, datatype=datatype)
        return Literal(text)
    return Literal(_clean_text(json.dumps(value, ensure_ascii=False, sort_keys=True)),
                   datatype=RDF.JSON)


class Exporter:
    """Turns a ``Graph`` into quads; one instance per mapping."""

    def __init__(self, mapping: Mapping | None = None) -> None:
        self.mapping = mapping or load_mapping()
        self.vocab = Vocabulary(self.mapping)

    # --- terms -----------------------------------------------------------------
    def node(self, node_id: str) -> URIRef:
        return node_iri(self.mapping, node_id)

    def _class(self, label: str, node_id: str) -> URIRef:
        if label not in self.mapping.labels:
            raise InputError(f"node {node_id!r}: label {label!r} is not in the mapping "
                             f"{self.mapping.source}")
        return URIRef(self.mapping.rdf_class(label))

    def _values(self, prop: str, value: Any) -> Iterator[RdfTerm]:
        values = value if isinstance(value, list | tuple | set) else [value]
        base = self.mapping.iri_value_base(prop)
        for item in values:
            if item is None or item == "":
                continue
            if base is None:
                yield to_literal(prop, item)
            elif base == "@node":
                yield self.node(str(item))
            else:
                yield URIRef(base + quote(_clean_text(str(item)), safe=""))

    def _properties(self, subject: URIRef, props: dict[str, Any], graph: URIRef | None,
                    skip: Iterable[str] = ()) -> Iterator[Quad]:
        skipped = set(skip)
        for prop in sorted(props):
            if prop in skipped:
                continue
            predicate = URIRef(self.mapping.rdf_attribute(prop))
            for obj in self._values(prop, props[prop]):
                yield subject, predicate, obj, graph

    # --- the graph -------------------------------------------------------------
    def quads(self, graph: Graph) -> Iterator[Quad]:
        """All quads of the graph; ``None`` as graph means the default graph."""
        mapping = self.mapping
        doc_ids = set(graph.documents) | {n.id for n in graph.by_label("Document")}
        nodes = dict(graph.nodes)
        for doc in graph.documents.values():
            if doc.id not in nodes:
                nodes[doc.id] = _document_node(doc)
        for node in sorted(nodes.values(), key=lambda n: n.id):
            yield from self._node_quads(node)
        for doc_id in sorted(doc_ids):
            doc_graph = graph_iri(mapping, doc_id)
            yield doc_graph, RDF.type, PROV.Entity, None
            yield doc_graph, PROV.wasDerivedFrom, self.node(doc_id), None
        agents: set[str] = set()
        for rel in sorted(graph.relationships.values(), key=lambda r: r.id):
            for name in (rel.start, rel.end):
                if name not in nodes:
                    raise InputError(f"relationship {rel.id!r} refers to the unknown node {name!r}")
            if rel.type not in mapping.relationships:
                raise InputError(f"relationship {rel.id!r}: type {rel.type!r} is not in the mapping "
                                 f"{mapping.source}")
            source = rel.end if rel.type == "MENTIONED_IN" else rel.properties.get("doc")
            g = graph_iri(mapping, str(source)) if source else None
            start, end = self.node(rel.start), self.node(rel.end)
            # The mapping says which way the triple runs (rdf_inverse: MENTIONED_IN is
            # <document> schema:mentions <entity>); the statement reifies that triple.
            s, o = (end, start) if mapping.is_rdf_inverse(rel.type) else (start, end)
            p = URIRef(mapping.rdf_property(rel.type))
            yield s, p, o, g
            stmt = self.node(rel.id)
            kind = self.vocab.mention if rel.type == "MENTIONED_IN" else self.vocab.assertion
            yield stmt, RDF.type, kind, g
            yield stmt, self.vocab.id, Literal(_clean_text(rel.id)), g
            yield stmt, RDF.subject, s, g
            yield stmt, RDF.predicate, p, g
            yield stmt, RDF.object, o, g
            if rel.type == "MENTIONED_IN" and "doc" not in rel.properties:
                yield stmt, URIRef(mapping.rdf_attribute("doc")), end, g
            yield from self._properties(stmt, rel.properties, g)
            extractor = rel.properties.get("extractor")
            if extractor and str(extractor) not in agents:
                agents.add(str(extractor))
                agent = next(self._values("extractor", extractor))
                if isinstance(agent, URIRef):
                    yield agent, RDF.type, PROV.SoftwareAgent, None
                    yield agent, RDFS.label, Literal(_clean_text(str(extractor))), None

    def _node_quads(self, node: Node) -> Iterator[Quad]:
        subject = self.node(node.id)
        if not node.labels:
            raise InputError(f"node {node.id!r} has no label")
        for label in sorted(set(node.labels)):
            yield subject, RDF.type, self._class(label, node.id), None
        yield subject, self.vocab.id, Literal(_clean_text(node.id)), None
        yield from self._properties(subject, node.properties, None, skip=("id",))
        title = node.properties.get("title")
        if "Role" in node.labels and isinstance(title, str) and title:
            # W3C ORG: a post (org:Post) has a role (org:Role), the title as a concept.
            concept = URIRef(self.mapping.resource_base + "title/" + slugify(title))
            yield subject, ORG.role, concept, None
            yield concept, RDF.type, ORG.Role, None
            yield concept, RDFS.label, Literal(_clean_text(title)), None

    def dataset(self, graph: Graph) -> Dataset:
        """An rdflib Dataset with the mapping's prefixes bound."""
        ds = Dataset()
        ds.namespace_manager = NamespaceManager(ds, bind_namespaces="core")
        self.bind(ds)
        graphs: dict[URIRef | None, RdfGraph] = {None: ds.default_graph}
        batch = []
        for s, p, o, g in self.quads(graph):
            target = graphs.get(g)
            if target is None:
                target = graphs[g] = ds.graph(g)
            batch.append((s, p, o, target))
        ds.addN(batch)
        return ds

    def bind(self, graph: RdfGraph) -> None:
        for prefix, namespace in self.mapping.prefixes.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        graph.bind("rdf", str(RDF), override=True)


def _document_node(doc: Document) -> Node:
    props = {k: v for k, v in doc.to_dict().items() if k != "id"}
    return Node(doc.id, ["Document"], props)


def flatten(dataset: Dataset) -> RdfGraph:
    """The union of all graphs of a dataset, for formats without named graphs."""
    union = RdfGraph(bind_namespaces="core")
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def serialize(dataset: Dataset, fmt: RdfFormat) -> bytes:
    """Bytes of the dataset in the format; named graphs are kept where the format can."""
    try:
        if fmt.quads:
            if fmt.name == "jsonld":
                return _jsonld(dataset)
            else:
                data = dataset.serialize(format=fmt.rdflib)
        else:
            data = flatten(dataset).serialize(format=fmt.rdflib)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise ExportError(f"cannot serialise as {fmt.name}: {exc}") from None
    return data.encode("utf-8") if isinstance(data, str) else data


def _jsonld(dataset: Dataset) -> bytes:
    """JSON-LD through pyoxigraph: rdflib's compacting JSON-LD writer drops values.

    (rdflib 7.6 with a context loses e.g. an integer 0 next to another value of
    the same property; found by the round-trip test.) Quads are sorted so that
    each subject's statements are grouped in one JSON object.
    """
    nquads = dataset.serialize(format="nquads", encoding="utf-8")
    quads = sorted(ox.parse(nquads, format=ox.RdfFormat.N_QUADS),
                   key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    prefixes = {prefix: str(ns) for prefix, ns in dataset.namespaces()
                if not str(ns).startswith("http://www.w3.org/XML/")}
    return oxigraph_bytes(quads, ox.RdfFormat.JSON_LD, prefixes)


# --- inputs ----------------------------------------------------------------------
def read_graph_json(path: Path) -> Graph:
    """A graph JSON file (``kg extract --format json``, or JSON lines of such documents)."""
    text = read_utf8(path)
    graph = Graph()
    try:
        chunks = [json.loads(line) for line in text.splitlines() if line.strip()] \
            if path.suffix == ".jsonl" else [json.loads(text)]
        for data in chunks:
            if not isinstance(data, dict) or "nodes" not in data:
                raise InputError(f"{path}: not a kg graph document (no 'nodes')")
            graph.merge(Graph.from_dict(data))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: malformed JSON ({exc})") from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a kg graph document ({exc!r})") from None
    return graph


def is_graph_json(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def read_graphs(paths: Iterable[Path]) -> Graph:
    """The merged graph of the inputs: graph JSON files are read, anything else is extracted."""
    paths = list(paths)
    graph = Graph()
    texts = [p for p in paths if not is_graph_json(p)]
    for path in paths:
        if is_graph_json(path):
            graph.merge(read_graph_json(path))
    if texts:
        from kg.extract.run import ExtractOptions, extract_files

        graph.merge(extract_files(texts, ExtractOptions()))
    return graph


def export_graph(graph: Graph, mapping: Mapping | None = None) -> Dataset:
    try:
        return Exporter(mapping).dataset(graph)
    except ConfigError:
        raise
    except (KeyError, ValueError) as exc:
        raise ExportError(f"cannot map the graph to RDF: {exc}") from None


__all__ = ["Exporter", "export_graph", "flatten", "graph_iri", "node_iri",
           "read_graph_json", "read_graphs", "serialize", "to_literal"]


def _ox_resource(term: RdfTerm) -> ox.NamedNode | ox.BlankNode:
    """An rdflib subject as a pyoxigraph term (a literal cannot be one)."""
    if isinstance(term, Literal):
        raise TypeError(f"a literal cannot be the subject of a triple: {term!r}")
    return ox.NamedNode(str(term)) if isinstance(term, URIRef) else ox.BlankNode(str(term))


def _ox_term(term: RdfTerm) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (same lexical form, datatype, language)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def serialize_graph(graph: Graph, fmt: RdfFormat,
                    mapping: Mapping | None = None) -> tuple[bytes, int]:
    """The graph's RDF in the format, streamed quad by quad through pyoxigraph.

    Unlike ``serialize(export_graph(...))`` no rdflib Dataset is built, so
    memory grows with the output, not with an in-memory triple store (a
    10,000-document corpus needed ~1.75 GB the other way). Formats without
    named graphs get each triple once. JSON-LD keeps the grouped form of
    ``serialize``. Returns the bytes and the number of statements written.
    """
    exporter = Exporter(mapping)
    if fmt.name == "jsonld":
        dataset = exporter.dataset(graph)
        return serialize(dataset, fmt), len(dataset)
    written = [0]
    prefixes = {prefix: ns for prefix, ns in exporter.mapping.prefixes.items()}
    prefixes.setdefault("rdf", str(RDF))
    default = ox.DefaultGraph()

    def quads() -> Iterator[ox.Quad]:
        for s, p, o, g in exporter.quads(graph):
            written[0] += 1
            yield ox.Quad(_ox_resource(s), ox.NamedNode(str(p)), _ox_term(o),
                          default if g is None else ox.NamedNode(str(g)))

    def triples() -> Iterator[ox.Triple]:
        seen: set[tuple[RdfTerm, RdfTerm, RdfTerm]] = set()
        for s, p, o, _ in exporter.quads(graph):
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                written[0] += 1
                yield ox.Triple(_ox_resource(s), ox.NamedNode(str(p)), _ox_term(o))

    statements: Iterator[ox.Quad] | Iterator[ox.Triple] = quads() if fmt.quads else triples()
    try:
        data = oxigraph_bytes(statements, fmt.oxigraph,
                              prefixes if fmt.name in {"turtle", "trig"} else None)
        return data, written[0]
    except (ValueError, TypeError, UnicodeError, SyntaxError) as exc:
        raise ExportError(f"cannot serialise as {fmt.name}: {exc}") from None
