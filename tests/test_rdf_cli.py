"""``kg export``, ``kg query`` and ``kg validate`` end to end, and atomic writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ExportError
from kg.rdf.formats import atomic_write, format_for_path

DATA = Path(__file__).resolve().parent / "data"
SMALL = DATA / "graph-small.json"
QUERIES = Path(__file__).resolve().parents[1] / "queries"
runner = CliRunner()


def test_format_comes_from_the_suffix_or_the_format_option() -> None:
    assert format_for_path("a.ttl").name == "turtle"
    assert format_for_path("a.NQ").name == "nquads"
    assert format_for_path("a.jsonld").name == "jsonld"
    assert format_for_path("a.out", "trig").name == "trig"
    assert format_for_path("a.json") is None


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_export_writes_a_file_rdflib_can_parse_in_every_format(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    result = runner.invoke(app, ["export", str(SMALL), "--to", str(out)])
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(str(out), format=format_for_path(out).rdflib)
    assert len(ds) > 200


def test_export_of_a_missing_input_fails_with_exit_2_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["export", str(tmp_path / "missing.json"), "--to", str(out)])
    assert result.exit_code == 2
    assert "missing.json" in result.output
    assert list(tmp_path.iterdir()) == []


def test_export_with_an_unknown_suffix_fails_with_exit_4_naming_the_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(SMALL), "--to", str(tmp_path / "out.xyz")])
    assert result.exit_code == 4
    assert "out.xyz" in result.output
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_malformed_graph_json_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    out.write_text("previous", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"nodes": [{"id": "x:1", "labels": ["Person"]}],
                               "relationships": [{"id": "r", "type": "HOLDS_ROLE", "start": "x:1",
                                                  "end": "nowhere"}]}), encoding="utf-8")
    result = runner.invoke(app, ["export", str(bad), "--to", str(out)])
    assert result.exit_code == 2
    assert "unknown node 'nowhere'" in result.output
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.ttl"]


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_atomic_write_interrupted_midway_leaves_neither_partial_file_nor_temp_file(
        tmp_path: Path, error: BaseException) -> None:
    out = tmp_path / "out.nt"
    out.write_bytes(b"old")

    def write(stream) -> None:  # type: ignore[no-untyped-def]
        stream.write(b"half of the new ")
        raise error

    with pytest.raises(type(error)):
        atomic_write(out, write)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nt"]


def test_atomic_write_into_a_missing_directory_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "out.ttl", lambda s: s.write(b"x"))


def test_query_prints_a_table_of_posts_with_evidence(tmp_path: Path) -> None:
    out = tmp_path / "g.trig"
    assert runner.invoke(app, ["export", str(SMALL), "--to", str(out)]).exit_code == 0
    result = runner.invoke(app, ["query", str(out), str(QUERIES / "posts.rq")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split(" | ")[:3] == ["person          ", "post           ", "organisation"]
    assert "Jens Stoltenberg | Generalsekretär | NATO" in result.output
    assert "(1 row)" in result.output


def test_query_as_csv_and_json(tmp_path: Path) -> None:
    out = tmp_path / "g.nq"
    assert runner.invoke(app, ["export", str(SMALL), "--to", str(out)]).exit_code == 0
    csv_out = runner.invoke(app, ["query", str(out), str(QUERIES / "wikidata-links.rq"), "--format", "csv"])
    assert csv_out.output.splitlines()[:2] == ["entity,wikidata", "NATO,http://www.wikidata.org/entity/Q7184"]
    json_out = runner.invoke(app, ["query", str(out), str(QUERIES / "wikidata-links.rq"), "-f", "json"])
    assert json.loads(json_out.output)[0] == {"entity": "NATO",
                                              "wikidata": "http://www.wikidata.org/entity/Q7184"}


def test_query_accepts_graph_json_directly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", str(SMALL), str(QUERIES / "meetings.rq")])
    assert result.exit_code == 0, result.output
    assert "Jens Stoltenberg (chair)" in result.output and "OSZE" in result.output  # any order


def test_query_with_a_syntax_error_fails_with_one_line_naming_the_query(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    result = runner.invoke(app, ["query", str(SMALL), str(bad)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "bad.rq: SPARQL syntax error" in result.output


def test_query_without_a_query_file_explains_the_usage() -> None:
    result = runner.invoke(app, ["query", str(SMALL)])
    assert result.exit_code == 2
    assert "usage: kg query DATA... QUERY.rq" in result.output


def test_validate_reports_conformance_of_graph_small(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    assert runner.invoke(app, ["export", str(SMALL), "--to", str(out)]).exit_code == 0
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_lists_each_violation_with_node_property_and_message(tmp_path: Path) -> None:
    graph = json.loads(SMALL.read_text(encoding="utf-8"))
    for node in graph["nodes"]:
        if node["id"] == "person:jens-stoltenberg":
            del node["properties"]["name"]
    for rel in graph["relationships"]:
        if rel["type"] == "HOLDS_ROLE":
            rel["properties"]["confidence"] = 1.5
            rel_id = rel["id"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(graph), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "Violation: person:jens-stoltenberg kg:name: a person, organisation or place has one name" in lines
    assert f"Violation: {rel_id} kg:confidence: confidence is a number in [0, 1]" in lines
    assert lines[-1] == "2 violation(s)"


PERSON = "<https://w3id.org/kg-news/id/person/jens-stoltenberg>"


def _validate_export_with(tmp_path: Path, triple: str) -> list[str]:
    """kg validate's output lines for graph-small exported, plus one N-Triples line."""
    out = tmp_path / "g.nt"
    assert runner.invoke(app, ["export", str(SMALL), "--to", str(out)]).exit_code == 0
    with out.open("a", encoding="utf-8") as stream:
        stream.write(triple + "\n")
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 1
    return result.output.splitlines()


def test_validate_reports_a_mention_written_from_the_entity_rather_than_the_document(
        tmp_path: Path) -> None:
    doc = "<https://w3id.org/kg-news/id/doc/a47f1cd29367af73>"
    # the old direction, entity → document
    assert _validate_export_with(tmp_path, f"{PERSON} <https://schema.org/mentions> {doc} .") == [
        "Violation: person:jens-stoltenberg: only a document mentions (schema:mentions) an entity",
        "1 violation(s)"]


def test_validate_reports_a_participation_written_from_the_actor_rather_than_the_meeting(
        tmp_path: Path) -> None:
    meeting = "<https://w3id.org/kg-news/id/meeting/nato-russland-rat-2022-01-12>"
    assert meeting in _export(SMALL, tmp_path / "check.nt").read_text(encoding="utf-8")
    # the old direction, actor → meeting
    lines = _validate_export_with(
        tmp_path, f"{PERSON} <https://w3id.org/kg-news/ontology#hasParticipant> {meeting} .")
    assert "Violation: person:jens-stoltenberg: only a meeting has participants (kg:hasParticipant)" \
        in lines


def _export(source: Path, out: Path) -> Path:
    assert runner.invoke(app, ["export", str(source), "--to", str(out)]).exit_code == 0
    return out


def test_query_store_is_built_once_then_reused_while_the_data_files_are_unchanged(
        tmp_path: Path) -> None:
    data, store = _export(SMALL, tmp_path / "g.nq"), tmp_path / "store"
    posts = str(QUERIES / "posts.rq")
    in_memory = runner.invoke(app, ["query", str(data), posts]).stdout
    first = runner.invoke(app, ["query", "--store", str(store), str(data), posts])
    assert first.exit_code == 0, first.output
    assert "building the store" in first.stderr and first.stdout == in_memory
    again = runner.invoke(app, ["query", "--store", str(store), str(data), posts])
    assert "using the store" in again.stderr and "building" not in again.stderr
    assert again.stdout == in_memory
    without_data = runner.invoke(app, ["query", "--store", str(store), posts])
    assert without_data.exit_code == 0 and without_data.stdout == in_memory


def test_query_store_is_rebuilt_when_a_data_file_changes(tmp_path: Path) -> None:
    data, store = _export(SMALL, tmp_path / "g.nq"), tmp_path / "store"
    meetings = str(QUERIES / "meetings.rq")
    assert "Jens Stoltenberg" in runner.invoke(app, ["query", "--store", str(store), str(data),
                                                     meetings]).stdout
    _export(DATA / "neo4j-sample.graph.json", data)  # same file name, other graph
    changed = runner.invoke(app, ["query", "--store", str(store), str(data), meetings])
    assert changed.exit_code == 0, changed.output
    assert "rebuilding the store" in changed.stderr
    expected = runner.invoke(app, ["query", str(data), meetings]).stdout
    assert changed.stdout.count("\n") == expected.count("\n") > 2  # a header, rows, a count
    assert "Alexander Gruschko" in changed.stdout and "Jens Stoltenberg" in changed.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_query_store_refuses_a_directory_that_holds_something_else_and_leaves_it_alone(
        tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["query", "--store", str(folder), str(SMALL),
                                 str(QUERIES / "posts.rq")])
    assert result.exit_code == 2
    assert f"{folder}: not a kg query store" in result.output
    assert [p.name for p in folder.iterdir()] == ["todo.txt"]


def test_query_store_that_does_not_exist_yet_needs_data(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "--store", str(tmp_path / "new"), str(QUERIES / "posts.rq")])
    assert result.exit_code == 2
    assert "no kg query store there yet" in result.output and not (tmp_path / "new").exists()


def test_query_store_interrupted_while_rebuilding_keeps_the_previous_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.rdf.query

    data, store = _export(SMALL, tmp_path / "g.nq"), tmp_path / "store"
    posts = str(QUERIES / "posts.rq")
    before = runner.invoke(app, ["query", "--store", str(store), str(data), posts]).stdout
    _export(DATA / "neo4j-sample.graph.json", data)

    def interrupted(_store: object, bulk: bool = False) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.rdf.query, "prepare_store", interrupted)
    with pytest.raises(KeyboardInterrupt):
        kg.rdf.query.open_store(store, [data])
    monkeypatch.undo()
    assert runner.invoke(app, ["query", "--store", str(store), posts]).stdout == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
