"""Loading into a real Neo4j: idempotent, incremental, injection-safe, queryable.

Needs the test server (see ``neo4j_server`` in conftest.py); every test starts
from an empty database.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError, StoreUnavailableError
from kg.graph import Document, Graph, Node, Relationship, relationship_id
from kg.mapping import load_mapping
from kg.neo4j.loader import load_graph
from kg.neo4j.query import run_cypher_file

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "neo4j-sample.graph.json"
DEV = ROOT.parent / "shared" / "eval" / "dev"
QUERIES = ROOT / "queries"


def sample() -> Graph:
    return Graph.from_dict(json.loads(SAMPLE.read_text(encoding="utf-8")))


def counts(server) -> tuple[int, int]:
    nodes = server.query("MATCH (n) RETURN count(n) AS c")[0]["c"]
    rels = server.query("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return nodes, rels


def snapshot(server) -> tuple[list[Any], list[Any]]:
    """Everything in the store, in a comparable, order-free form."""
    nodes = server.query("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p "
                         "ORDER BY id")
    rels = server.query("MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS start, "
                        "b.id AS end, properties(r) AS p ORDER BY id")
    for n in nodes:
        n["labels"] = sorted(n["labels"])
    return nodes, rels


def load(server, graph: Graph, **kwargs: Any):
    return load_graph(graph, server.settings(), load_mapping(), **kwargs)


#: Aliases only one document uses (as in tests/data/make_neo4j_sample.py).
DOC_ALIASES = {
    "doc:nato-russland-rat-de": {"person:jens-stoltenberg": ["NATO-Generalsekretär Stoltenberg"],
                                 "person:wendy-sherman": ["Sherman"]},
    "doc:nato-russia-talks-en": {"person:jens-stoltenberg": ["Stoltenberg"],
                                 "person:alexander-gruschko": ["Alexander Grushko", "Grushko"]},
}


def split_by_document(graph: Graph) -> list[Graph]:
    """One graph per document, as a per-document extraction would give it.

    Persons keep only the aliases their document uses, so merging them in the
    store must union aliases across documents.
    """
    parts = []
    for doc_id, doc in sorted(graph.documents.items()):
        part = Graph()
        part.add_document(doc)
        rels = [r for r in graph.relationships.values()
                if r.properties.get("doc") == doc_id or r.end == doc_id]
        for rel in rels:
            for node_id in (rel.start, rel.end):
                if node_id in graph.nodes:
                    part.add_node(copy.deepcopy(graph.nodes[node_id]))
            part.add_relationship(copy.deepcopy(rel))
        for node in part.by_label("Person"):
            node.properties["aliases"] = list(DOC_ALIASES[doc_id].get(node.id, []))
        parts.append(part)
    return parts


def test_load_writes_every_node_and_relationship_with_evidence(neo4j):
    graph = sample()
    summary = load(neo4j, graph)
    assert counts(neo4j) == (len(graph.nodes) + len(graph.documents), len(graph.relationships))
    assert summary.created["Person"] == 4 and summary.merged["Person"] == 0
    assert summary.created["MENTIONED_IN"] == sum(
        1 for r in graph.relationships.values() if r.type == "MENTIONED_IN")
    row = neo4j.query("MATCH (:Person {name: 'Jens Stoltenberg'})-[h:HOLDS_ROLE]->"
                      "(:Role {title: 'Generalsekretär'})-[:ROLE_AT]->(o:Organisation) "
                      "WHERE h.doc = 'doc:nato-russland-rat-de' "
                      "RETURN properties(h) AS h, o.name AS org")[0]
    assert row["org"] == "NATO"
    h = row["h"]
    assert h["evidence"] == "NATO-Generalsekretär Jens Stoltenberg leitet am Mittwoch"
    text = (DEV / "nato-russland-rat.de.txt").read_text(encoding="utf-8") if DEV.exists() else None
    if text is not None:
        assert text[h["evidence_start"]:h["evidence_end"]] == h["evidence"]
    assert h["extractor"] == "role.apposition" and h["confidence"] == 0.9
    mention = neo4j.query("MATCH (:Person {id: 'person:jens-stoltenberg'})-[m:MENTIONED_IN]->"
                          "(d:Document {id: 'doc:nato-russland-rat-de'}) "
                          "RETURN properties(m) AS m, properties(d) AS d")[0]
    assert mention["m"]["starts"] and len(mention["m"]["starts"]) == len(mention["m"]["ends"])
    assert mention["d"]["lang"] == "de" and mention["d"]["published"] == "2022-01-11"
    assert neo4j.query("MATCH (n:Place:Country {id: 'place:russland'}) RETURN count(n) AS c")[0]["c"] == 1
    constraints = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")[0]["names"]
    assert {"kg_Person_id", "kg_Document_id", "kg_HOLDS_ROLE_id"} <= set(constraints)


def test_loading_twice_changes_nothing(neo4j):
    load(neo4j, sample())
    before = snapshot(neo4j)
    again = load(neo4j, sample(), batch_size=3)
    assert sum(again.created.values()) == 0
    assert again.rows == len(before[0]) + len(before[1])
    assert snapshot(neo4j) == before


def test_one_document_at_a_time_gives_the_same_graph_as_all_at_once(neo4j):
    parts = split_by_document(sample())
    assert len(parts) == 2
    # the same person, with different aliases in each document
    aliases = [set(p.nodes["person:jens-stoltenberg"].properties["aliases"]) for p in parts]
    assert aliases[0] != aliases[1]
    for part in parts:
        load(neo4j, part)
    one_by_one = snapshot(neo4j)
    neo4j.clear()
    whole = Graph()
    for part in parts:
        whole.merge(part)
    load(neo4j, whole)
    assert snapshot(neo4j) == one_by_one
    stoltenberg = [n for n in one_by_one[0] if n["id"] == "person:jens-stoltenberg"]
    assert len(stoltenberg) == 1
    assert set(stoltenberg[0]["p"]["aliases"]) == aliases[0] | aliases[1]


def test_a_new_document_merges_into_an_existing_person(neo4j):
    def doc_graph(doc_id: str, alias: str) -> Graph:
        g = Graph()
        g.add_document(Document(doc_id, doc_id, "de", None, f"{doc_id}.txt", "0" * 64))
        g.add_node(Node("person:jens-stoltenberg", ["Person"],
                        {"name": "Jens Stoltenberg", "aliases": [alias]}))
        g.add_relationship(Relationship(
            relationship_id("MENTIONED_IN", "person:jens-stoltenberg", doc_id, doc_id),
            "MENTIONED_IN", "person:jens-stoltenberg", doc_id, {"start": 0, "end": 5}))
        return g

    load(neo4j, doc_graph("doc:a", "Stoltenberg"))
    summary = load(neo4j, doc_graph("doc:b", "Jens"))
    assert summary.merged["Person"] == 1 and summary.created["Person"] == 0
    rows = neo4j.query("MATCH (p:Person) OPTIONAL MATCH (p)-[m:MENTIONED_IN]->(d) "
                       "RETURN p.aliases AS aliases, collect(d.id) AS docs")
    assert len(rows) == 1
    assert rows[0]["aliases"] == ["Jens", "Stoltenberg"]
    assert sorted(rows[0]["docs"]) == ["doc:a", "doc:b"]


def test_hostile_names_are_stored_verbatim_and_delete_nothing(neo4j):
    load(neo4j, sample())
    before = counts(neo4j)
    evil = "O'Brien \"the\" `tick` {brace} }) DETACH DELETE n // $rows \\ ]->()"
    g = Graph()
    g.add_document(Document("doc:evil`}) DETACH DELETE n //", evil, "en", None, evil, "x"))
    g.add_node(Node("person:evil'}) DETACH DELETE n //", ["Person"],
                    {"name": evil, "aliases": [evil, evil + " 2", "`"]}))
    g.add_relationship(Relationship("rel:evil'\"`", "MENTIONED_IN", "person:evil'}) DETACH DELETE n //",
                                    "doc:evil`}) DETACH DELETE n //", {"evidence": evil}))
    load(neo4j, g)
    assert counts(neo4j) == (before[0] + 2, before[1] + 1)
    row = neo4j.query("MATCH (p:Person {name: $name})-[m:MENTIONED_IN]->(d:Document) "
                      "RETURN p.id AS id, p.aliases AS aliases, m.evidence AS ev, d.title AS t",
                      name=evil)
    # the alias equal to the name is dropped, as in the JSON graph document
    assert row == [{"id": "person:evil'}) DETACH DELETE n //", "aliases": sorted([evil + " 2", "`"]),
                    "ev": evil, "t": evil}]


def test_every_query_file_runs_and_answers(neo4j):
    load(neo4j, sample())
    seen = set()

    def run(query: str, **params: Any) -> list[dict[str, Any]]:
        seen.add(query)
        out = run_cypher_file(QUERIES / f"{query}.cypher", uri=neo4j.uri, params=params, fmt="json")
        return json.loads(out)

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEO4J_USERNAME", neo4j.user)
        mp.setenv("NEO4J_PASSWORD", neo4j.password)
        posts = run("posts")
        assert {"person": "Jens Stoltenberg", "role": "Generalsekretär", "at": "NATO",
                "evidence": "NATO-Generalsekretär Jens Stoltenberg leitet am Mittwoch",
                "documents": ["doc:nato-russland-rat-de", "doc:nato-russia-talks-en"]} in posts
        assert any(p["person"] == "Julianne Smith" and p["at"] == "NATO" for p in posts)

        meetings = run("meetings")
        assert len(meetings) == 1
        m = meetings[0]
        assert (m["meeting"], m["date"], m["places"]) == ("NATO-Russland-Rat", "2022-01-12", ["Brüssel"])
        assert "Jens Stoltenberg (chair)" in m["participants"]
        assert {"NATO", "Russland", "Alexander Gruschko"} <= set(m["participants"])

        demands = {d["demand"]: d for d in run("demands")}
        enlargement = next(d for t, d in demands.items() if "NATO-Erweiterung" in t)
        assert enlargement["demanded_by"] == ["Russland"]
        assert enlargement["rejected_by"] == ["USA"]
        assert enlargement["addressed_to"] == ["NATO"]
        assert enlargement["evidence"]

        facts = run("person-facts", name="stoltenberg")  # an alias, any case
        holds = [f for f in facts if f["fact"] == "HOLDS_ROLE"]
        assert {f["document"] for f in holds} == {"doc:nato-russland-rat-de", "doc:nato-russia-talks-en"}
        assert all(f["object"] == "Generalsekretär" and f["at"] == ["NATO"] for f in holds)
        assert all(f["evidence"] and f["evidence_end"] > f["evidence_start"] for f in facts)
        assert any(f["fact"] == "CHAIRED" for f in facts)
        assert run("person-facts", name="Nobody Known") == []

        top = run("most-mentioned")
        assert top and top[0]["mentions"] >= top[-1]["mentions"]
        assert any(t["entity"] == "NATO" and t["documents"] == 2 for t in top)

        csv_out = run_cypher_file(QUERIES / "posts.cypher", uri=neo4j.uri, fmt="csv")
        assert csv_out.splitlines()[0] == "person,role,at,evidence,documents"
    assert seen == {f.stem for f in QUERIES.glob("*.cypher")}


def test_query_files_cannot_write(neo4j, tmp_path):
    bad = tmp_path / "write.cypher"
    bad.write_text("// tries to write\nCREATE (:Person {name: 'x'})", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp, pytest.raises(KgError):
        mp.setenv("NEO4J_USERNAME", neo4j.user)
        mp.setenv("NEO4J_PASSWORD", neo4j.password)
        run_cypher_file(bad, uri=neo4j.uri)
    assert counts(neo4j) == (0, 0)


def test_kg_load_cli_prints_a_summary_and_never_the_password(neo4j):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(SAMPLE), "--neo4j",
                             neo4j.uri, "--batch-size", "5"], capture_output=True, text=True,
                            env=neo4j.env(), check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Person" in result.stdout and "created" in result.stdout and "rows/s" in result.stdout
    assert neo4j.password not in result.stdout + result.stderr
    again = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(SAMPLE)], capture_output=True,
                           text=True, env=neo4j.env(), check=False, cwd=ROOT)
    assert again.returncode == 0, again.stderr
    assert "      0 created" in again.stdout


def test_wrong_password_is_exit_3_naming_the_user_only(neo4j):
    wrong = "not-the-password-123"
    result = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(SAMPLE)], capture_output=True,
                            text=True, env=neo4j.env(NEO4J_PASSWORD=wrong), check=False, cwd=ROOT)
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        f"kg: error: Neo4j at {neo4j.uri}: authentication failed for user '{neo4j.user}' "
        f"(check NEO4J_USERNAME and NEO4J_PASSWORD)"]
    assert wrong not in result.stderr and neo4j.password not in result.stderr
    assert counts(neo4j) == (0, 0)


def test_unknown_database_is_a_configuration_error(neo4j):
    with pytest.raises(KgError, match="does not exist"):
        load_graph(sample(), neo4j.settings(database="nosuchdb"), load_mapping())
    assert counts(neo4j) == (0, 0)


def test_server_down_is_store_unavailable(neo4j):
    from kg.neo4j.loader import Neo4jSettings

    settings = Neo4jSettings("bolt://127.0.0.1:1", neo4j.user, neo4j.password)
    with pytest.raises(StoreUnavailableError):
        load_graph(sample(), settings, load_mapping())


@pytest.mark.slow
def test_dev_set_loads_and_answers_the_queries(neo4j):
    """The real pipeline: extract the dev set, load it, ask the questions."""
    texts = sorted(DEV.glob("*.txt"))
    if not texts:
        pytest.skip(f"no dev set at {DEV}")
    result = subprocess.run([sys.executable, "-m", "kg.cli", "load", *map(str, texts)],
                            capture_output=True, text=True, env=neo4j.env(), check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    first = counts(neo4j)
    assert first[0] > len(texts)
    again = subprocess.run([sys.executable, "-m", "kg.cli", "load", *map(str, texts)],
                           capture_output=True, text=True, env=neo4j.env(), check=False, cwd=ROOT)
    assert again.returncode == 0, again.stderr[-2000:]
    assert counts(neo4j) == first
    posts = json.loads(_run_json(neo4j, "posts"))
    assert any(p["person"] == "Jens Stoltenberg" and "Generalsekretär" in (p["role"] or "")
               and p["at"] in ("NATO", "Nato") and p["evidence"] for p in posts), posts
    for path in sorted(QUERIES.glob("*.cypher")):
        params = {"name": "Stoltenberg"} if path.stem == "person-facts" else {}
        json.loads(_run_json(neo4j, path.stem, params))


def _run_json(neo4j, name: str, params: dict[str, Any] | None = None) -> str:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEO4J_USERNAME", neo4j.user)
        mp.setenv("NEO4J_PASSWORD", neo4j.password)
        return run_cypher_file(QUERIES / f"{name}.cypher", uri=neo4j.uri, params=params, fmt="json")


def _write(server, plan, **kwargs: Any):
    """``write_plan`` with its own driver, as ``load_graph`` does after planning."""
    from kg.neo4j.loader import connect, write_plan

    settings = server.settings()
    driver = connect(settings)
    try:
        return write_plan(driver, plan, settings, **kwargs)
    finally:
        driver.close()


def _merge_only(plan):
    """The same plan with every relationship written by ``MERGE`` (no seek, no ``CREATE``)."""
    from kg.neo4j.loader import LoadPlan, Step

    return LoadPlan(plan.constraints, [Step(s.kind, s.name, s.group, s.statement, s.rows)
                                       for s in plan.steps])


def test_new_relationships_created_without_merge_equal_merged_ones(neo4j):
    from kg.neo4j.loader import plan_load

    plan = plan_load(sample(), load_mapping())
    assert all(s.create and s.existing for s in plan.steps if s.kind == "relationship")
    created = _write(neo4j, plan)
    via_create = snapshot(neo4j)
    neo4j.clear()
    merged = _write(neo4j, _merge_only(plan))
    assert snapshot(neo4j) == via_create
    assert dict(created.created) == dict(merged.created)


def test_rerun_after_an_interrupted_load_creates_only_what_is_missing(neo4j):
    """Half the relationships committed (as after an interruption), then the whole load:
    the new half is created, the rest merged, and the graph is the one-go graph."""
    from kg.neo4j.loader import LoadPlan, Step, plan_load

    plan = plan_load(sample(), load_mapping())
    _write(neo4j, plan)
    whole = snapshot(neo4j)
    neo4j.clear()
    half = LoadPlan(plan.constraints, [
        Step(s.kind, s.name, s.group, s.statement,
             s.rows[::2] if s.kind == "relationship" else s.rows, s.existing, s.create)
        for s in plan.steps])
    _write(neo4j, half)
    rerun = _write(neo4j, plan, batch_size=4)
    assert snapshot(neo4j) == whole
    types = {s.group for s in plan.steps if s.kind == "relationship"}
    new = sum(len(s.rows[1::2]) for s in plan.steps if s.kind == "relationship")
    assert sum(rerun.created[t] for t in types) == new
    assert sum(rerun.merged[t] for t in types) == plan.relationship_rows - new


def test_an_id_created_by_another_writer_after_the_seek_is_merged_not_duplicated(neo4j):
    """A concurrent writer can create an id between the seek and the ``CREATE``: the
    constraint fails that transaction and the loader writes it again with ``MERGE``."""
    from kg.neo4j.loader import LoadPlan, Step, plan_load

    plan = plan_load(sample(), load_mapping())
    _write(neo4j, plan)
    before = snapshot(neo4j)
    blind = "UNWIND $ids AS id WITH id WHERE false RETURN collect(id) AS found"  # sees nothing
    racing = LoadPlan(plan.constraints, [Step(s.kind, s.name, s.group, s.statement, s.rows,
                                              s.existing and blind, s.create)
                                         for s in plan.steps])
    again = _write(neo4j, racing)
    assert sum(again.created.values()) == 0
    assert snapshot(neo4j) == before
