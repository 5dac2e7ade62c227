"""Graph → RDF: IRIs, literals, provenance, and the exact round trip on graph-small.json."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, XSD, Dataset, Literal, URIRef
from rdflib.namespace import ORG, PROV, Namespace

from kg.errors import InputError
from kg.graph import Document, Graph, Node, Relationship
from kg.mapping import DEFAULT_MAPPING, load_mapping
from kg.rdf.export import Exporter, graph_iri, node_iri, read_graph_json, serialize
from kg.rdf.formats import FORMATS, RdfFormat
from kg.rdf.parse import graph_from_rdf

DATA = Path(__file__).resolve().parent / "data"
KG = "https://w3id.org/kg-news/ontology#"
BASE = "https://w3id.org/kg-news/id/"
SCHEMA = Namespace("https://schema.org/")
NASTY = ('a "q" \'s\' <b> {c} |d| ^e` \\ x\nnew\r\tline 😀 Ü ß \x00 \x01\x0b\x7f \u2028 # ? % %20 '
         '/ : @ & = + , ; ! $ ( ) * [ ] . _:b ')


@pytest.fixture(scope="module")
def small() -> Graph:
    return read_graph_json(DATA / "graph-small.json")


@pytest.fixture(scope="module")
def small_dataset(small: Graph) -> Dataset:
    return Exporter().dataset(small)


def test_node_id_becomes_iri_under_resource_base() -> None:
    assert node_iri(load_mapping(), "person:jens-stoltenberg") == URIRef(BASE + "person/jens-stoltenberg")


def test_unsafe_characters_in_ids_are_percent_encoded_and_distinct_ids_stay_distinct() -> None:
    mapping = load_mapping()
    iri = node_iri(mapping, 'person:a "b" <c>\n😀/d')
    assert iri == URIRef(BASE + "person/a%20%22b%22%20%3Cc%3E%0A%F0%9F%98%80%2Fd")
    ids = ["a:b/c", "a/b:c", "a:b:c", "a:b%2Fc", "a b:c", "a%20b:c"]
    assert len({node_iri(mapping, i) for i in ids}) == len(ids)


def test_each_document_gets_a_named_graph_derived_from_it(small: Graph, small_dataset: Dataset) -> None:
    mapping = load_mapping()
    graphs = {g.identifier for g in small_dataset.graphs()} - {small_dataset.default_graph.identifier}
    assert graphs == {graph_iri(mapping, d) for d in small.documents}
    for doc_id in small.documents:
        assert (graph_iri(mapping, doc_id), PROV.wasDerivedFrom, node_iri(mapping, doc_id)) \
            in small_dataset.default_graph


def test_every_relationship_is_reified_with_its_evidence_in_its_documents_graph(
        small: Graph, small_dataset: Dataset) -> None:
    mapping = load_mapping()
    rel = next(r for r in small.relationships.values() if r.type == "HOLDS_ROLE")
    g = small_dataset.graph(graph_iri(mapping, rel.properties["doc"]))
    stmt = node_iri(mapping, rel.id)
    assert (node_iri(mapping, rel.start), URIRef(KG + "holdsRole"), node_iri(mapping, rel.end)) in g
    assert (stmt, RDF.type, URIRef(KG + "Assertion")) in g
    assert g.value(stmt, RDF.subject) == node_iri(mapping, rel.start)
    assert g.value(stmt, URIRef(KG + "evidence")) == Literal(rel.properties["evidence"])
    assert g.value(stmt, URIRef(KG + "evidenceStart")) == Literal(rel.properties["evidence_start"])
    assert g.value(stmt, URIRef(KG + "confidence")).datatype == XSD.decimal
    assert g.value(stmt, PROV.wasDerivedFrom) == node_iri(mapping, rel.properties["doc"])
    assert g.value(stmt, PROV.wasAttributedTo) == URIRef(BASE + "extractor/role.apposition")


def test_mentioned_in_is_exported_as_the_document_mentioning_the_entity_and_never_as_kg_mentioned_in(
        small: Graph, small_dataset: Dataset) -> None:
    mapping = load_mapping()
    mentions = [r for r in small.relationships.values() if r.type == "MENTIONED_IN"]
    assert mentions
    for rel in mentions:
        g = small_dataset.graph(graph_iri(mapping, rel.end))
        assert (node_iri(mapping, rel.end), SCHEMA.mentions, node_iri(mapping, rel.start)) in g
        assert not list(small_dataset.quads((node_iri(mapping, rel.start), SCHEMA.mentions, None, None)))
    assert not list(small_dataset.quads((None, URIRef(KG + "mentionedIn"), None, None)))
    assert len(list(small_dataset.quads((None, SCHEMA.mentions, None, None)))) == len(mentions)


def test_a_mentions_reified_statement_has_the_document_as_subject_and_keeps_the_offsets(
        small: Graph, small_dataset: Dataset) -> None:
    mapping = load_mapping()
    rel = small.relationships["rel:mentioned_in:251dd4c58b53"]  # Stoltenberg, twice in one text
    doc, entity = node_iri(mapping, rel.end), node_iri(mapping, rel.start)
    g = small_dataset.graph(graph_iri(mapping, rel.end))
    stmt = node_iri(mapping, rel.id)
    assert (stmt, RDF.type, URIRef(KG + "Mention")) in g
    assert (g.value(stmt, RDF.subject), g.value(stmt, RDF.predicate), g.value(stmt, RDF.object)) \
        == (doc, SCHEMA.mentions, entity)
    assert g.value(stmt, PROV.wasDerivedFrom) == doc
    assert sorted(int(o) for o in g.objects(stmt, URIRef(KG + "mentionStart"))) == [26, 204]
    assert sorted(int(o) for o in g.objects(stmt, URIRef(KG + "mentionEnd"))) == [37, 215]
    assert (g.value(stmt, URIRef(KG + "start")), g.value(stmt, URIRef(KG + "end"))) \
        == (Literal(26), Literal(37))
    assert g.value(stmt, URIRef(KG + "mentionCount")) == Literal(2)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.name in {"nquads", "turtle"}],
                         ids=lambda f: f.name)
def test_round_trip_gives_back_mentioned_in_from_the_entity_to_the_document_with_its_offsets(
        fmt: RdfFormat, small: Graph, small_dataset: Dataset) -> None:
    back = Dataset()
    back.parse(data=serialize(small_dataset, fmt), format=fmt.rdflib)
    rebuilt = graph_from_rdf(back)
    rel = rebuilt.relationships["rel:mentioned_in:251dd4c58b53"]
    assert (rel.type, rel.start, rel.end) == ("MENTIONED_IN", "person:jens-stoltenberg",
                                              "doc:a47f1cd29367af73")
    assert rel.properties == {"start": 26, "end": 37, "starts": [26, 204], "ends": [37, 215],
                              "mentions": 2}


@pytest.mark.parametrize(("written", "legacy"), [
    (SCHEMA.mentions, "mentionedIn"), (URIRef(KG + "hasParticipant"), "participatedIn"),
    (URIRef(KG + "demandedBy"), "demands"), (URIRef(KG + "rejectedBy"), "rejects")],
    ids=["mentions", "participation", "demands", "rejections"])
def test_an_older_export_written_the_graph_models_way_round_is_still_read_back(
        written: URIRef, legacy: str, small_dataset: Dataset) -> None:
    """Older kg versions wrote <entity> kg:mentionedIn <document>, <actor>
    kg:participatedIn <meeting>, <actor> kg:demands/kg:rejects <demand>."""
    old_property = URIRef(KG + legacy)
    assert list(small_dataset.quads((None, written, None, None)))  # the fixture has some
    old = Dataset()
    for s, p, o, g in small_dataset.quads((None, None, None, None)):
        if p == written:  # the direct triple, the old way round
            s, p, o = o, old_property, s
        old.add((s, p, o, g))
    for stmt in list(old.subjects(RDF.predicate, written)):
        for g in {q[3] for q in old.quads((stmt, RDF.predicate, None, None))}:
            start, end = old.value(stmt, RDF.subject), old.value(stmt, RDF.object)
            for p, o in ((RDF.predicate, written), (RDF.subject, start), (RDF.object, end)):
                old.remove((stmt, p, o, g))
            old.add((stmt, RDF.predicate, old_property, g))
            old.add((stmt, RDF.subject, end, g))
            old.add((stmt, RDF.object, start, g))
    assert not list(old.quads((None, written, None, None)))
    assert graph_from_rdf(old).to_dict() == graph_from_rdf(small_dataset).to_dict()


def test_any_relationship_type_declared_rdf_inverse_is_written_end_to_start_and_read_back(
        tmp_path: Path, small: Graph) -> None:
    text = DEFAULT_MAPPING.read_text(encoding="utf-8")
    old = "HOLDS_ROLE: {rdf: kg:holdsRole, neo4j: HOLDS_ROLE}"
    assert old in text
    path = tmp_path / "mapping.yaml"
    path.write_text(text.replace(old, "HOLDS_ROLE: {rdf: org:heldBy, rdf_inverse: true, "
                                      "neo4j: HOLDS_ROLE}"), encoding="utf-8")
    mapping = load_mapping(path)
    ds = Exporter(mapping).dataset(small)
    rel = next(r for r in small.relationships.values() if r.type == "HOLDS_ROLE")
    person, role = node_iri(mapping, rel.start), node_iri(mapping, rel.end)
    g = ds.graph(graph_iri(mapping, rel.properties["doc"]))
    assert (role, ORG.heldBy, person) in g
    assert (g.value(node_iri(mapping, rel.id), RDF.subject), g.value(node_iri(mapping, rel.id),
                                                                     RDF.object)) == (role, person)
    assert graph_from_rdf(ds, mapping).to_dict() == small.to_dict()


def test_lexicon_entities_link_to_wikidata_with_owl_same_as(small_dataset: Dataset) -> None:
    nato = URIRef(BASE + "org/nato")
    assert (nato, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q7184")) in small_dataset.default_graph


def test_dates_are_typed_literals_and_a_missing_year_gives_g_month_day() -> None:
    graph = Graph()
    graph.add_node(Node("meeting:a", ["Meeting"], {"name": "A", "date": "2022-01-12"}))
    graph.add_node(Node("meeting:b", ["Meeting"], {"name": "B", "date": "--01-12"}))
    ds = Exporter().dataset(graph)
    dates = {str(s): o.datatype for s, o in ds.default_graph.subject_objects(URIRef(KG + "date"))}
    assert dates == {BASE + "meeting/a": XSD.date, BASE + "meeting/b": XSD.gMonthDay}


def test_unknown_label_in_the_graph_is_an_input_error_naming_the_node() -> None:
    graph = Graph()
    graph.add_node(Node("x:1", ["Animal"], {"name": "Rex"}))
    with pytest.raises(InputError, match=r"'x:1'.*'Animal'"):
        Exporter().dataset(graph)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_round_trip_of_graph_small_rebuilds_the_identical_graph(fmt: RdfFormat, small: Graph,
                                                                small_dataset: Dataset) -> None:
    data = serialize(small_dataset, fmt)
    back = Dataset()
    back.parse(data=data, format=fmt.rdflib)
    assert graph_from_rdf(back).to_dict() == small.to_dict()


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_quotes_newlines_brackets_and_emoji_in_ids_and_values_parse_back_in_rdflib_and_oxigraph(
        fmt: RdfFormat) -> None:
    graph = Graph()
    graph.add_document(Document("doc:" + NASTY, NASTY, "de", None, NASTY, "0" * 64))
    graph.add_node(Node("person:" + NASTY, ["Person"], {"name": NASTY, "aliases": [NASTY, "x"],
                                                         "wikidata": NASTY}))
    graph.add_node(Node(NASTY, ["Organisation"], {"name": NASTY}))
    graph.add_relationship(Relationship("rel:" + NASTY, "DEMANDS", "person:" + NASTY, NASTY, {
        "doc": "doc:" + NASTY, "evidence": NASTY, "extractor": NASTY, "confidence": 0.5,
        "evidence_start": 0, "evidence_end": 3}))
    ds = Exporter().dataset(graph)
    data = serialize(ds, fmt)
    store = ox.Store()
    store.load(data, format=fmt.oxigraph)
    back = Dataset()
    back.parse(data=data, format=fmt.rdflib)
    assert len(store) == len(back) == len(ds)
    rebuilt = graph_from_rdf(back)
    assert rebuilt.nodes["person:" + NASTY].properties == {"name": NASTY, "aliases": sorted([NASTY, "x"]),
                                                            "wikidata": NASTY}
    assert rebuilt.relationships["rel:" + NASTY].properties["evidence"] == NASTY
    assert rebuilt.relationships["rel:" + NASTY].properties["extractor"] == NASTY


def test_lone_surrogates_from_json_are_replaced_not_fatal() -> None:
    graph = Graph()
    graph.add_node(Node("person:x", ["Person"], {"name": "bad \ud800 text"}))
    data = serialize(Exporter().dataset(graph), FORMATS[1])
    assert "bad \ufffd text" in data.decode("utf-8")
