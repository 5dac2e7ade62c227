"""The store `kg query` runs on: merged default graph, per-entity statistics, focused queries."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.rdf.query import (
    Table,
    add_statistics,
    default_graph_copies,
    load_store,
    merge_into_default_graph,
    open_store,
    run_query,
)

DATA = Path(__file__).resolve().parent / "data"
SMALL = DATA / "graph-small.json"
QUERIES = Path(__file__).resolve().parents[1] / "queries"
KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"


def _counts(store: ox.Store, node: str) -> list[tuple[int, int]]:
    result = run_query(store, f"SELECT ?d ?m WHERE {{ <{ID}{node}> kg:documentCount ?d ; "
                              f"kg:mentionTotal ?m }}")
    assert isinstance(result, Table)
    return [(int(r["d"] or 0), int(r["m"] or 0)) for r in result.values()]


def test_statistics_count_documents_and_mentions_of_entities_that_recur() -> None:
    store = load_store([SMALL])
    # graph-small: Stoltenberg is mentioned twice in one document and once in the other.
    assert _counts(store, "person/jens-stoltenberg") == [(2, 3)]
    assert _counts(store, "org/nato") == [(1, 4)]
    # A meeting belongs to the document(s) it was read from: no counts.
    assert _counts(store, "meeting/nato-russland-rat-2022-01-12") == []


def test_statistics_count_the_same_when_the_mapping_writes_mentions_from_the_entity(
        tmp_path: Path) -> None:
    from kg.mapping import DEFAULT_MAPPING, load_mapping
    from kg.rdf.export import read_graph_json, serialize_graph
    from kg.rdf.formats import require_format

    text = DEFAULT_MAPPING.read_text(encoding="utf-8")
    old = "MENTIONED_IN: {rdf: schema:mentions, rdf_inverse: true, neo4j: MENTIONED_IN}"
    assert old in text
    path = tmp_path / "mapping.yaml"
    path.write_text(text.replace(old, "MENTIONED_IN: {rdf: kg:mentionedIn, neo4j: MENTIONED_IN}"),
                    encoding="utf-8")
    mapping = load_mapping(path)
    data, _ = serialize_graph(read_graph_json(SMALL), require_format(Path("g.nq")), mapping)
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_QUADS)
    mention = next(store.quads_for_pattern(None, ox.NamedNode(KG + "mentionedIn"), None))
    assert mention.subject.value.startswith(ID) and "/doc/" in mention.object.value
    merge_into_default_graph(store)
    add_statistics(store, mapping)
    assert _counts(store, "person/jens-stoltenberg") == [(2, 3)]
    assert _counts(store, "org/nato") == [(1, 4)]


def test_statistics_count_the_same_from_a_turtle_export_whose_document_graphs_are_rebuilt(
        tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path / "g.ttl"
    assert CliRunner().invoke(app, ["export", str(SMALL), "--to", str(out)]).exit_code == 0
    store = load_store([out])
    assert _counts(store, "person/jens-stoltenberg") == [(2, 3)]
    assert _counts(store, "org/nato") == [(1, 4)]
    # documents mention; they are not counted as mentioned
    assert _counts(store, "doc/a47f1cd29367af73") == []


def test_a_users_query_for_what_a_document_mentions_finds_its_entities() -> None:
    store = load_store([SMALL])
    query = """SELECT ?name WHERE {
                 ?doc kg:title "Stoltenberg in Genf" ; schema:mentions ?e . ?e kg:name ?name }
               ORDER BY ?name"""
    result = run_query(store, query)
    assert isinstance(result, Table)
    assert [r["name"] for r in result.values()] == ["Genf", "Jens Stoltenberg", "OSZE"]
    # … and in which documents' graphs an entity is mentioned, the other way round
    result = run_query(store, """SELECT ?title WHERE {
                 ?e kg:name "Jens Stoltenberg" .
                 GRAPH ?g { ?doc schema:mentions ?e } ?doc kg:title ?title } ORDER BY ?title""")
    assert isinstance(result, Table)
    assert [r["title"] for r in result.values()] == ["NATO-Russland-Rat tagt in Brüssel",
                                                     "Stoltenberg in Genf"]


def test_statistics_are_replaced_not_added_when_recomputed() -> None:
    store = load_store([SMALL])
    add_statistics(store)
    add_statistics(store)
    assert _counts(store, "person/jens-stoltenberg") == [(2, 3)]


def test_merge_puts_each_named_graph_triple_into_the_default_graph_once() -> None:
    s, p, o = ox.NamedNode(ID + "person/a"), ox.NamedNode(KG + "holdsRole"), ox.NamedNode(ID + "role/b")
    quads = [ox.Quad(s, p, o, ox.NamedNode(ID + f"graph/doc/{i}")) for i in range(3)]
    store = ox.Store()
    store.extend(quads)
    merge_into_default_graph(store)
    assert list(store.quads_for_pattern(s, p, o, ox.DefaultGraph())) == [ox.Quad(s, p, o)]
    assert len(store) == 4  # the three named-graph quads stay
    assert set(default_graph_copies(quads)) == {ox.Quad(s, p, o)}


def test_most_mentioned_ranks_by_the_statistics() -> None:
    result = run_query(load_store([SMALL]), (QUERIES / "most-mentioned.rq").read_text(encoding="utf-8"))
    assert isinstance(result, Table)
    rows = result.values()
    assert rows[0]["entity"] == "Jens Stoltenberg" and rows[0]["documents"] == "2"
    assert rows[0]["mentions"] == "3" and rows[0]["kind"] == "Person"
    assert {r["kind"] for r in rows} <= {"Person", "Organisation", "Place", "Country", "Role"}


def test_posts_gives_document_count_and_evidence_per_person_and_post() -> None:
    result = run_query(load_store([SMALL]), (QUERIES / "posts.rq").read_text(encoding="utf-8"))
    assert isinstance(result, Table)
    assert result.values() == [{
        "person": "Jens Stoltenberg", "post": "Generalsekretär", "organisation": "NATO",
        "documents": "1",
        "evidence": result.values()[0]["evidence"], "document": "NATO-Russland-Rat tagt in Brüssel"}]
    assert "Stoltenberg" in (result.values()[0]["evidence"] or "")


def test_demands_lists_rejected_demands_with_demander_rejecter_and_evidence() -> None:
    result = run_query(load_store([SMALL]), (QUERIES / "demands.rq").read_text(encoding="utf-8"))
    assert isinstance(result, Table)
    (row,) = result.values()
    assert (row["demander"], row["addressee"], row["rejected_by"]) == ("Russland", "NATO", "NATO")
    assert row["demand"] and row["evidence"]


def test_document_graphs_of_a_turtle_export_are_rebuilt_so_queries_answer_the_same(
        tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    for suffix in (".nq", ".ttl", ".nt"):
        out = tmp_path / f"g{suffix}"
        assert CliRunner().invoke(app, ["export", str(SMALL), "--to", str(out)]).exit_code == 0
    stores = {suffix: load_store([tmp_path / f"g{suffix}"]) for suffix in (".nq", ".ttl", ".nt")}
    quads = {suffix: {str(q) for q in store.quads_for_pattern(None, None, None, None)}
             for suffix, store in stores.items()}
    assert quads[".ttl"] == quads[".nq"] == quads[".nt"]
    posts = run_query(stores[".ttl"], (QUERIES / "posts.rq").read_text(encoding="utf-8"))
    assert isinstance(posts, Table) and posts.values()[0]["person"] == "Jens Stoltenberg"


def _unordered_lists(table: Table) -> list[dict[str, object]]:
    """Rows with "a; b" cells as sets: GROUP_CONCAT's order is up to the store."""
    return [{k: (frozenset(v.split("; ")) if v and "; " in v else v) for k, v in row.items()}
            for row in table.values()]


def test_every_query_answers_the_same_from_the_on_disk_store_as_from_memory(tmp_path: Path) -> None:
    in_memory = load_store([SMALL])
    on_disk = open_store(tmp_path / "store", [SMALL])
    for query in sorted(QUERIES.glob("*.rq")):
        text = query.read_text(encoding="utf-8")
        expected, got = run_query(in_memory, text, query.name), run_query(on_disk, text, query.name)
        assert isinstance(expected, Table) and isinstance(got, Table)
        assert _unordered_lists(got) == _unordered_lists(expected), query.name
        assert expected.rows, f"{query.name} answers nothing on graph-small: the test proves nothing"
