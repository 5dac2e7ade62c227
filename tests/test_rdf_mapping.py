"""The mapping file and the ontology: checked at load, and consistent with each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.errors import ConfigError
from kg.mapping import DEFAULT_MAPPING, load_mapping

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
STANDARD = ("https://schema.org/", "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/",
            "http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/ns/prov#",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
MENTIONED_IN = "MENTIONED_IN: {rdf: schema:mentions, rdf_inverse: true"


def _write_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_MAPPING.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "mapping.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_mapping_naming_an_unknown_label_is_rejected_with_the_label_named(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, "  Person: {rdf: kg:Person, neo4j: Person}",
                          "  Person: {rdf: kg:Person, neo4j: Person}\n  Animal: {rdf: kg:A, neo4j: A}")
    with pytest.raises(ConfigError, match="unknown label 'Animal'"):
        load_mapping(path)


def test_mapping_with_a_label_that_is_not_a_plain_identifier_is_rejected(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, "neo4j: Person}", "neo4j: 'Person`) DETACH DELETE n //'}")
    with pytest.raises(ConfigError, match="not a plain identifier"):
        load_mapping(path)


def test_mapping_with_a_bad_iri_value_target_is_rejected(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, 'wikidata: "wd:"', 'wikidata: "not a prefix"')
    with pytest.raises(ConfigError, match=r"iri_values\.wikidata"):
        load_mapping(path)


def test_mapping_with_an_unknown_prefix_in_iri_values_is_rejected(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, 'wikidata: "wd:"', 'wikidata: "nope:"')
    with pytest.raises(ConfigError, match="unknown prefix 'nope'"):
        load_mapping(path)


def test_mentioned_in_is_declared_as_schema_mentions_written_from_the_document() -> None:
    mapping = load_mapping()
    assert mapping.rdf_property("MENTIONED_IN") == "https://schema.org/mentions"
    assert mapping.is_rdf_inverse("MENTIONED_IN")
    assert mapping.neo4j_type("MENTIONED_IN") == "MENTIONED_IN"  # Neo4j keeps entity → Document


def test_actors_are_the_objects_of_participation_and_demands_in_rdf() -> None:
    """A state or alliance takes part in and demands hundreds of things: written from the
    meeting or demand to the actor, the actor's own triples stay few (docs/rdf.md)."""
    mapping = load_mapping()
    written = {t: mapping.rdf_property(t).rpartition("#")[2] for t in mapping.relationships
               if mapping.is_rdf_inverse(t)}
    assert written == {"MENTIONED_IN": "https://schema.org/mentions",
                       "PARTICIPATED_IN": "hasParticipant", "DEMANDS": "demandedBy",
                       "REJECTS": "rejectedBy"}
    assert {mapping.neo4j_type(t) for t in written} == set(written)  # Neo4j keeps the model's way


@pytest.mark.parametrize("value", ['"true"', "1", "maybe", "null"])
def test_mapping_with_an_rdf_inverse_that_is_not_true_or_false_is_rejected(tmp_path: Path,
                                                                           value: str) -> None:
    path = _write_variant(tmp_path, MENTIONED_IN, MENTIONED_IN.replace("true", value))
    with pytest.raises(ConfigError, match=r"relationships\.MENTIONED_IN\.rdf_inverse must be true "
                                          r"or false, not"):
        load_mapping(path)


def test_rdf_inverse_false_writes_the_graph_models_direction(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, MENTIONED_IN, MENTIONED_IN.replace("true", "false"))
    assert not load_mapping(path).is_rdf_inverse("MENTIONED_IN")


def test_rdf_inverse_on_a_label_is_rejected(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, "  Person: {rdf: kg:Person, neo4j: Person}",
                          "  Person: {rdf: kg:Person, rdf_inverse: true, neo4j: Person}")
    with pytest.raises(ConfigError, match=r"labels\.Person needs exactly 'rdf' and 'neo4j'$"):
        load_mapping(path)


def test_every_kg_term_of_the_mapping_is_declared_in_the_ontology() -> None:
    mapping = load_mapping()
    ontology = Graph().parse(SCHEMAS / "kg.ttl", format="turtle")
    curies = [t["rdf"] for t in mapping.labels.values()] + \
        [t["rdf"] for t in mapping.relationships.values()] + list(mapping.properties.values())
    missing = [c for c in curies if c.startswith("kg:")
               and (URIRef(mapping.expand(c)), RDF.type, None) not in ontology]
    assert missing == []


def test_every_ontology_class_and_relationship_is_aligned_to_a_standard_vocabulary() -> None:
    mapping = load_mapping()
    ontology = Graph().parse(SCHEMAS / "kg.ttl", format="turtle")
    terms = [mapping.rdf_class(label) for label in mapping.labels] + \
        [mapping.rdf_property(t) for t in mapping.relationships]
    unaligned = []
    for term in terms:
        # follow our own terms transitively (kg:chaired ⊑ kg:participatedIn ≡⁻¹ … ⊑ sem:hasActor)
        targets, todo = set(), [term]
        while todo:
            current = todo.pop()
            for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.inverseOf):
                for o in ontology.objects(URIRef(current), predicate):
                    if str(o) not in targets:
                        targets.add(str(o))
                        todo.append(str(o))
        # a standard term itself (MENTIONED_IN is schema:mentions) needs no alignment
        if not any(t.startswith(STANDARD) for t in targets | {term}) and not term.endswith(
                ("#demandedBy", "#rejectedBy")):
            unaligned.append(term)
    assert unaligned == []
