"""Unit tests of the Cypher building, settings and formatting: no server needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import ConfigError, InputError, StoreUnavailableError
from kg.graph import Document, Graph, Node, Relationship
from kg.mapping import load_mapping
from kg.neo4j import queries
from kg.neo4j.loader import (
    Neo4jSettings,
    connect,
    display_uri,
    neo4j_value,
    plan_load,
    settings_from_env,
)
from kg.neo4j.query import format_rows, parse_params

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "neo4j-sample.graph.json"


@pytest.fixture(scope="module")
def mapping():
    return load_mapping()


@pytest.mark.parametrize("name", ["Person) DETACH DELETE (n", "Person`", "Per son", "",
                                  "1Person", "Person:Admin", "`Person`", "Pérson"])
def test_quote_refuses_anything_but_plain_identifiers(name):
    with pytest.raises(ConfigError, match="not a plain identifier"):
        queries.quote(name)


def test_labels_and_types_come_only_from_the_mapping_whitelist(mapping):
    assert queries.label(mapping, "Person") == "`Person`"
    assert queries.rel_type(mapping, "HOLDS_ROLE") == "`HOLDS_ROLE`"
    with pytest.raises(ConfigError, match="not in the mapping"):
        queries.label(mapping, "Person) DETACH DELETE (n")
    with pytest.raises(ConfigError, match="not in the mapping"):
        queries.rel_type(mapping, "KNOWS]->() DETACH DELETE n //")


def test_mapping_with_an_injected_neo4j_name_is_refused(tmp_path):
    text = (ROOT / "schemas" / "mapping.yaml").read_text(encoding="utf-8")
    text = text.replace("Person: {rdf: kg:Person, neo4j: Person}",
                        "Person: {rdf: kg:Person, neo4j: 'Person) DETACH DELETE (n'}")
    bad = tmp_path / "mapping.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="not a plain identifier"):
        load_mapping(bad)


def test_statements_use_parameters_for_every_value(mapping):
    stmt = queries.merge_nodes(mapping, "Place", ["Country"], ["name", "aliases", "kind"])
    assert stmt.startswith("UNWIND $rows AS row\nMERGE (n:`Place` {id: row.id})")
    assert "SET n:`Country`" in stmt
    assert "coalesce(n.`name`, row.props.`name`)" in stmt
    assert "COLLECT {" in stmt  # aliases are unioned
    rel = queries.merge_relationships(mapping, "HOLDS_ROLE", "Person", "Role")
    assert "MERGE (a)-[r:`HOLDS_ROLE` {id: row.id}]->(b)" in rel
    assert "SET r += row.props" in rel


def test_new_relationships_are_created_with_every_value_a_parameter(mapping):
    create = queries.create_relationships(mapping, "HOLDS_ROLE", "Person", "Role",
                                          ["evidence", "doc", "id"])
    assert create == ("UNWIND $rows AS row\n"
                      "MATCH (a:`Person` {id: row.start})\n"
                      "MATCH (b:`Role` {id: row.end})\n"
                      "CREATE (a)-[r:`HOLDS_ROLE` {id: row.id, `doc`: row.props.`doc`, "
                      "`evidence`: row.props.`evidence`}]->(b)")
    seek = queries.existing_relationships(mapping, "HOLDS_ROLE")
    assert seek == ("UNWIND $ids AS id MATCH ()-[r:`HOLDS_ROLE` {id: id}]->() "
                    "RETURN collect(id) AS found")
    with pytest.raises(InputError, match="not a plain identifier"):
        queries.create_relationships(mapping, "HOLDS_ROLE", "Person", "Role", ["a`}]->() //"])
    with pytest.raises(ConfigError):
        queries.create_relationships(mapping, "KNOWS", "Person", "Role", [])


def test_property_keys_from_input_are_checked():
    with pytest.raises(InputError, match="not a plain identifier"):
        queries.property_key("name`}) DETACH DELETE n //")


def test_plan_refuses_unknown_labels_types_keys_and_dangling_ends(mapping):
    def graph_with(node=None, rel=None):
        g = Graph()
        g.add_node(Node("person:a", ["Person"], {"name": "A"}))
        g.add_node(node or Node("person:b", ["Person"], {"name": "B"}))
        if rel:
            g.add_relationship(rel)
        return g

    with pytest.raises(ConfigError):
        plan_load(graph_with(Node("x", ["Person) DETACH DELETE (n"], {})), mapping)
    with pytest.raises(InputError, match="plain identifier"):
        plan_load(graph_with(Node("x", ["Person"], {"a b": 1})), mapping)
    with pytest.raises(ConfigError):
        plan_load(graph_with(rel=Relationship("r", "KNOWS", "person:a", "person:b")), mapping)
    with pytest.raises(InputError, match="not in the graph"):
        plan_load(graph_with(rel=Relationship("r", "HOLDS_ROLE", "person:a", "role:x")), mapping)


def test_plan_groups_by_label_and_type_and_keeps_documents(mapping):
    graph = Graph.from_dict(json.loads(SAMPLE.read_text(encoding="utf-8")))
    plan = plan_load(graph, mapping)
    assert plan.node_rows == len(graph.nodes) + len(graph.documents)
    assert plan.relationship_rows == len(graph.relationships)
    names = [s.name for s in plan.steps]
    assert names[0] == "Document"
    assert "Place+Country" in names
    assert len(plan.constraints) == len(mapping.labels) + len(mapping.relationships)
    for step in plan.steps:
        assert step.statement.startswith("UNWIND $rows AS row")


def test_values_are_flattened_to_what_neo4j_stores():
    assert neo4j_value("x") == "x"
    assert neo4j_value([1, 2]) == [1, 2]
    assert neo4j_value([1, 2.5]) == [1.0, 2.5]
    assert neo4j_value({"a": 1}) == '{"a": 1}'
    assert neo4j_value([[1, 2], [3]]) == ["[1, 2]", "[3]"]
    assert neo4j_value(["a", 1]) == ["a", "1"]
    assert neo4j_value([None, "a"]) == ["a"]


def test_credentials_never_appear_in_the_uri_we_print():
    assert display_uri("bolt://neo4j:s3cret@db.example:7687/x") == "bolt://db.example:7687/x"
    s = settings_from_env("bolt://bob:s3cret@localhost:7687", environ={})
    assert (s.user, s.password, s.uri) == ("bob", "s3cret", "bolt://localhost:7687")
    assert "s3cret" not in repr(s)


def test_settings_come_from_the_environment(tmp_path):
    env = {"NEO4J_URI": "neo4j://h:1", "NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "p"}
    s = settings_from_env(environ=env)
    assert (s.uri, s.user, s.password) == ("neo4j://h:1", "u", "p")
    pw = tmp_path / "pw"
    pw.write_text("from-file\n", encoding="utf-8")
    assert settings_from_env(password_file=pw, environ=env).password == "from-file"
    with pytest.raises(ConfigError, match="bolt://"):
        settings_from_env("http://localhost:7474", environ={})


def test_unreachable_server_is_a_store_error_without_the_password():
    settings = Neo4jSettings(uri="bolt://127.0.0.1:1", user="neo4j", password="s3cret-pw")
    with pytest.raises(StoreUnavailableError) as info:
        connect(settings)
    assert "not reachable" in str(info.value)
    assert "s3cret-pw" not in str(info.value)


def test_kg_load_with_server_down_exits_3_with_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "s3cret-pw"}
    result = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(SAMPLE),
                             "--neo4j", "bolt://neo4j:s3cret-pw@127.0.0.1:1"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: Neo4j at bolt://127.0.0.1:1")
    assert "s3cret-pw" not in result.stderr


def test_dry_run_needs_no_server():
    result = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(SAMPLE), "--dry-run",
                             "--neo4j", "bolt://127.0.0.1:1"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "CREATE CONSTRAINT `kg_Person_id` IF NOT EXISTS" in result.stdout
    assert "-- node Person: 4 rows in 1 batch" in result.stdout
    assert "UNWIND $rows AS row" in result.stdout


def test_params_and_formats():
    assert parse_params(["name=Jens Stoltenberg", "limit=5", 'q="7"']) == \
        {"name": "Jens Stoltenberg", "limit": 5, "q": "7"}
    with pytest.raises(ConfigError):
        parse_params(["noequals"])
    rows = [{"a": "x", "b": [1, 2]}, {"a": None, "b": 3}]
    assert format_rows(["a", "b"], rows, "csv") == 'a,b\nx,"[1, 2]"\n,3'
    assert json.loads(format_rows(["a", "b"], rows, "json")) == rows
    table = format_rows(["a", "b"], rows, "table")
    assert table.splitlines()[0].split() == ["a", "b"] and table.endswith("(2 rows)")


def test_every_query_file_says_what_it_answers():
    files = sorted((ROOT / "queries").glob("*.cypher"))
    assert {f.stem for f in files} >= {"posts", "meetings", "demands", "person-facts",
                                       "most-mentioned"}
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("// "), f


def test_document_nodes_merge_with_document_labelled_nodes(mapping):
    g = Graph()
    g.add_document(Document("doc:1", "T", "de", None, "s", "h"))
    g.add_node(Node("doc:1", ["Document"], {"extra": "x"}))
    plan = plan_load(g, mapping)
    assert plan.node_rows == 1
    assert plan.steps[0].rows[0]["props"] == {"title": "T", "lang": "de", "source": "s",
                                              "sha256": "h", "extra": "x"}
