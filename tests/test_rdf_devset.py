"""The dev set through RDF: exports conform to the shapes, round-trip, and answer the queries."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.graph import Graph
from kg.rdf.export import Exporter, serialize
from kg.rdf.formats import FORMATS, RdfFormat
from kg.rdf.parse import graph_from_rdf
from kg.rdf.query import Table, load_store, run_query
from kg.rdf.validate import validate_dataset

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
QUERIES = Path(__file__).resolve().parents[1] / "queries"
DEV_TEXTS = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEV_TEXTS, reason=f"dev set not found at {DEV} (clone ../shared beside "
                                              f"the repository)"),
]


@pytest.fixture(scope="module")
def dev_graphs() -> dict[str, Graph]:
    from kg.extract.run import ExtractOptions, extract_files

    return {p.name: extract_files([p], ExtractOptions()) for p in DEV_TEXTS}


@pytest.fixture(scope="module")
def dev_nquads(tmp_path_factory: pytest.TempPathFactory, dev_graphs: dict[str, Graph]) -> Path:
    merged = Graph()
    for graph in dev_graphs.values():
        merged.merge(graph)
    path = tmp_path_factory.mktemp("dev") / "dev.nq"
    path.write_bytes(serialize(Exporter().dataset(merged), FORMATS[2]))
    return path


def _counts(graph: Graph) -> tuple[Counter[str], Counter[str]]:
    return (Counter(label for n in graph.nodes.values() for label in n.labels),
            Counter(r.type for r in graph.relationships.values()))


def _select(nquads: Path, name: str) -> list[dict[str, str | None]]:
    result = run_query(load_store([nquads]), (QUERIES / name).read_text(encoding="utf-8"), name)
    assert isinstance(result, Table)
    return result.values()


@pytest.mark.parametrize("text", [p.name for p in DEV_TEXTS])
def test_export_of_every_dev_text_conforms_to_the_shapes(text: str, dev_graphs: dict[str, Graph]) -> None:
    report = validate_dataset(Exporter().dataset(dev_graphs[text]))
    assert report.conforms, report.text()


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
@pytest.mark.parametrize("text", [p.name for p in DEV_TEXTS])
def test_round_trip_keeps_entity_and_relationship_counts_per_type(
        text: str, fmt: RdfFormat, dev_graphs: dict[str, Graph]) -> None:
    graph = dev_graphs[text]
    back = Dataset()
    back.parse(data=serialize(Exporter().dataset(graph), fmt), format=fmt.rdflib)
    assert _counts(graph_from_rdf(back)) == _counts(graph)


def test_posts_query_returns_stoltenberg_as_nato_secretary_general_with_evidence(dev_nquads: Path) -> None:
    rows = _select(dev_nquads, "posts.rq")
    hits = [r for r in rows if r["person"] == "Jens Stoltenberg" and r["post"] == "Generalsekretär"
            and r["organisation"] == "NATO"]
    assert hits, rows
    assert any("NATO-Generalsekretär Jens Stoltenberg leitet" in (r["evidence"] or "") for r in hits)
    assert all(int(r["documents"] or 0) >= 1 and r["evidence"] and r["document"] for r in rows)
    assert len({r["person"] for r in rows}) <= 10  # the 10 persons in the most documents


def test_meetings_query_returns_the_latest_dated_meetings_with_place_and_participants(
        dev_nquads: Path) -> None:
    rows = _select(dev_nquads, "meetings.rq")
    assert 0 < len(rows) <= 50
    assert any(r["date"] and r["place"] and r["participants"] for r in rows), rows
    dates = [r["date"] or "" for r in rows]
    assert all(len(d) == 10 for d in dates) and dates == sorted(dates, reverse=True)


def test_demands_query_returns_rejected_demands_with_demander_rejecter_and_evidence(
        dev_nquads: Path) -> None:
    rows = _select(dev_nquads, "demands.rq")
    assert 0 < len(rows) <= 50
    assert all(r["demand"] and r["demander"] and r["rejected_by"] and r["evidence"] for r in rows), rows


def test_about_person_query_returns_stoltenbergs_facts_with_evidence(dev_nquads: Path) -> None:
    rows = _select(dev_nquads, "about-person.rq")
    assert {r["relation"] for r in rows} >= {"holdsRole"}
    assert all(r["person"] == "Jens Stoltenberg" and r["evidence"] and "Stoltenberg" in r["evidence"]
               for r in rows if r["relation"] == "holdsRole")
    assert all(r["extractor"] and r["confidence"] and r["document"] for r in rows)


def test_most_mentioned_query_ranks_entities_by_documents_with_nato_in_several(dev_nquads: Path) -> None:
    rows = _select(dev_nquads, "most-mentioned.rq")
    assert len(rows) == 25 and int(rows[0]["documents"] or 0) >= 2
    ranks = [(int(r["documents"] or 0), int(r["mentions"] or 0)) for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert int(next(r["documents"] for r in rows if r["entity"] == "NATO") or 0) >= 2
    assert {r["kind"] for r in rows} <= {"Person", "Organisation", "Place", "Country", "Role"}


def test_wikidata_query_links_nato_and_the_osce(dev_nquads: Path) -> None:
    links = {r["entity"]: r["wikidata"] for r in _select(dev_nquads, "wikidata-links.rq")}
    assert links.get("NATO") == "http://www.wikidata.org/entity/Q7184"
    assert links.get("OSZE") == "http://www.wikidata.org/entity/Q81299"


def test_every_query_in_queries_runs_on_the_dev_set_and_says_what_it_answers(dev_nquads: Path) -> None:
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 5
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# "), f"{path.name} lacks its comment"
        assert _select(dev_nquads, path.name), f"{path.name} returned no rows on the dev set"
