"""RDF → Graph: read exported RDF back into the graph data classes.

This is the inverse of ``kg.rdf.export`` and exists so that the round trip
(JSON graph → RDF → graph) can be checked, and so that RDF written by kg can
be re-imported. It relies on what the exporter writes for exactly this
purpose: ``kg:id`` on every node and statement, and the reified statements
(``kg:Assertion``/``kg:Mention``) that carry each relationship's properties.
Types the mapping declares ``rdf_inverse`` (``MENTIONED_IN``, written as
``<document> schema:mentions <entity>``; ``PARTICIPATED_IN``, ``DEMANDS``,
``REJECTS``) get their ends swapped back, so the graph has them in the graph
model's direction again.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.term import Node as RdfTerm

from kg.errors import InputError
from kg.graph import Document, Graph, Node, Relationship
from kg.mapping import Mapping, load_mapping
from kg.rdf.export import Vocabulary
from kg.rdf.formats import require_format

#: Properties that are lists in the graph model even when they hold one value.
LIST_VALUED = frozenset({"aliases", "starts", "ends", "warnings"})
_INTEGER_TYPES = {XSD.integer, XSD.int, XSD.long, XSD.nonNegativeInteger, XSD.short}
_NUMBER_TYPES = {XSD.decimal, XSD.double, XSD.float}


def read_dataset(paths: list[Path], fmt: str | None = None) -> Dataset:
    """Parse RDF files into one rdflib Dataset (named graphs kept)."""
    ds = Dataset()
    for path in paths:
        rdf_format = require_format(path, fmt)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            ds.parse(str(path), format=rdf_format.rdflib)
        except Exception as exc:  # rdflib raises many unrelated types for bad syntax
            raise InputError(f"{path}: not valid {rdf_format.name} ({exc})") from None
    return ds


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _python(value: RdfTerm) -> Any:
    """The graph-model value of a literal: numbers and booleans typed, dates as ISO strings."""
    if not isinstance(value, Literal):
        return str(value)
    if value.datatype in _INTEGER_TYPES:
        return int(value)
    if value.datatype in _NUMBER_TYPES:
        return float(value)
    if value.datatype == XSD.boolean:
        return value.toPython()
    if value.datatype == RDF.JSON:
        return json.loads(str(value))
    return str(value)


#: Properties older kg versions wrote before the mapping declared their types
#: ``rdf_inverse`` (local names in the kg namespace), and the type each one is.
LEGACY_PROPERTIES = {"mentionedIn": "MENTIONED_IN", "participatedIn": "PARTICIPATED_IN",
                     "demands": "DEMANDS", "rejects": "REJECTS"}


class Reader:
    def __init__(self, mapping: Mapping | None = None) -> None:
        self.mapping = mapping or load_mapping()
        self.vocab = Vocabulary(self.mapping)
        self.labels: dict[RdfTerm, str] = {URIRef(self.mapping.rdf_class(label)): label
                                           for label in self.mapping.labels}
        self.types: dict[RdfTerm, str] = {URIRef(self.mapping.rdf_property(t)): t
                                          for t in self.mapping.relationships}
        #: Exports of older kg versions wrote these types start -> end with the graph
        #: model's own terms (``<entity> kg:mentionedIn <document>``, ``<actor>
        #: kg:participatedIn <meeting>``, ``<actor> kg:demands <demand>``): still read,
        #: in that direction.
        self.legacy_types: dict[RdfTerm, str] = {URIRef(self.mapping.namespace + name): rel_type
                             for name, rel_type in LEGACY_PROPERTIES.items()}
        self.props: dict[RdfTerm, str] = {URIRef(self.mapping.expand(curie)): prop
                      for prop, curie in self.mapping.properties.items()}

    def _prop_name(self, predicate: RdfTerm) -> str | None:
        if predicate in self.props:
            return self.props[predicate]
        if str(predicate).startswith(self.mapping.namespace):
            return _snake(str(predicate)[len(self.mapping.namespace):])
        return None

    def graph(self, dataset: Dataset) -> Graph:
        """Rebuild the graph from the union of all graphs of the dataset."""
        v = self.vocab
        ids: dict[RdfTerm, str] = {}
        for s, _, o, _ in dataset.quads((None, v.id, None, None)):
            ids[s] = str(o)
        labels: dict[RdfTerm, list[str]] = defaultdict(list)
        statements: dict[RdfTerm, RdfTerm] = {}
        for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
            if o in (v.assertion, v.mention):
                statements[s] = o
            elif o in self.labels and self.labels[o] not in labels[s]:
                labels[s].append(self.labels[o])
        agents = {s: str(o) for s, _, o, _ in dataset.quads((None, RDFS.label, None, None))}
        props: dict[RdfTerm, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        structure: dict[RdfTerm, dict[RdfTerm, RdfTerm]] = defaultdict(dict)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            if s not in labels and s not in statements:
                continue
            if p in (RDF.subject, RDF.predicate, RDF.object):
                structure[s][p] = o
                continue
            if p in (RDF.type, v.id) or p in self.types or p in self.legacy_types:
                # (direct triples: rebuilt from the statements)
                continue
            name = self._prop_name(p)
            if name is None:
                continue
            base = self.mapping.iri_value_base(name)
            if base == "@node":
                value: Any = ids.get(o, str(o))
            elif base is not None:
                value = agents.get(o) or unquote(str(o).removeprefix(base))
            else:
                value = _python(o)
            if value not in props[s][name]:
                props[s][name].append(value)

        graph = Graph()
        for subject, node_labels in labels.items():
            if subject not in ids:
                raise InputError(f"{subject}: typed as {node_labels[0]} but has no kg:id")
            node = Node(ids[subject], sorted(node_labels), _collapse(props[subject]))
            graph.add_node(node)
            if "Document" in node_labels:
                about = node.properties
                graph.add_document(Document(node.id, str(about.get("title", "")),
                                            str(about.get("lang", "")), about.get("published"),
                                            str(about.get("source", "")), str(about.get("sha256", ""))))
        for subject in statements:
            parts = structure[subject]
            try:
                predicate = parts[RDF.predicate]
                start, end = ids[parts[RDF.subject]], ids[parts[RDF.object]]
                if predicate in self.legacy_types:
                    rel_type = self.legacy_types[predicate]
                else:
                    rel_type = self.types[predicate]
                    if self.mapping.is_rdf_inverse(rel_type):  # <doc> schema:mentions <entity>
                        start, end = end, start
            except KeyError:
                raise InputError(f"{subject}: incomplete reified statement") from None
            rel_props = _collapse(props[subject])
            if rel_type == "MENTIONED_IN" and rel_props.get("doc") == end:
                del rel_props["doc"]
            graph.add_relationship(Relationship(ids.get(subject, str(subject)), rel_type, start, end,
                                                rel_props))
        return graph


def _collapse(values: dict[str, list[Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, items in values.items():
        if name in LIST_VALUED or len(items) > 1:
            out[name] = sorted(items, key=lambda x: (str(type(x)), x))
        else:
            out[name] = items[0]
    return out


def graph_from_rdf(dataset: Dataset, mapping: Mapping | None = None) -> Graph:
    return Reader(mapping).graph(dataset)
