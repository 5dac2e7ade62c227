"""Hostile text through the whole pipeline: extract → RDF in every format → parsed back by rdflib
and pyoxigraph, and → Neo4j; every name stored verbatim, nothing interpreted.

The names come from a user lexicon (so the extractor really recognises them) and from the text:
quotes, backticks, braces, Cypher and SPARQL fragments, angle brackets, right-to-left and
combining characters, emoji, and a file name with spaces, quotes and brackets. Hand-built
graphs with even nastier ids and values (NUL, control characters, lone surrogates) are covered
by ``test_rdf_export.py::test_quotes_newlines_brackets_and_emoji_in_ids_and_values_parse_back_in_``
``rdflib_and_oxigraph`` and
``test_neo4j_loader.py::test_hostile_names_are_stored_verbatim_and_delete_nothing``.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.extract.run import ExtractOptions, extract_files
from kg.graph import Graph
from kg.rdf.export import Exporter, serialize
from kg.rdf.formats import FORMATS, RdfFormat
from kg.rdf.parse import graph_from_rdf

CYPHER = "Acme`}) DETACH DELETE n //"
SPARQL = "Acme> } ; DROP ALL ; #"
QUOTED = 'Acme "Evil" {Corp}'
RTL = "ﺍﻟﺸﺮﻛﺔ ﺍﻟﻤﺘﺤﺪﺓ"
CYRILLIC = "Газпром"
COMBINING = "Cafe\u0301 Zoe\u0308"  # decomposed accents
EMOJI = "Blume 🌸 AG"
WIKIDATA = "Q1 <x> y"  # becomes an IRI: spaces and angle brackets must be escaped

LEXICON = f"""\
- {{name: '{QUOTED}', aliases: ['{CYPHER}', '{SPARQL}'], wikidata: '{WIKIDATA}'}}
- {{name: '{RTL}'}}
- {{name: '{CYRILLIC}'}}
- {{name: '{COMBINING}'}}
- {{name: '{EMOJI}'}}
"""

TEXT = (f"Berlin, 14. März 2023 – Bundeskanzler Olaf Scholz traf am Montag in Berlin Vertreter von "
        f"{QUOTED}. Die {CYPHER} forderte von der Regierung <script>alert(1)</script> mehr Geld.\n"
        f"Auch {SPARQL} und {RTL} sowie {CYRILLIC}, {COMBINING} und {EMOJI} verlangten von der "
        f"NATO \u202e\"Hilfe\u202c\".\n"
        "„Wir brauchen {\"x\": 1} und $rows' ]]> <!-- -->“, sagte Scholz.\n")
NAMES = {QUOTED, RTL, CYRILLIC, COMBINING, EMOJI}
FILE_NAME = 'hostile "name" <with> {braces} & spaces.txt'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, str]:
    folder = tmp_path_factory.mktemp("hostile")
    lexicon = folder / "lexicon.yaml"
    lexicon.write_text(LEXICON, encoding="utf-8")
    path = folder / FILE_NAME
    path.write_text(TEXT, encoding="utf-8")
    graph = extract_files([path], ExtractOptions(lang="de", lexicon_files=(str(lexicon),),
                                                 today="2026-11-28"))
    return graph, TEXT


def org_names(graph: Graph) -> set[str]:
    return {n.properties["name"] for n in graph.by_label("Organisation")}


def test_hostile_names_are_extracted_verbatim_with_distinct_ids(hostile: tuple[Graph, str]) -> None:
    graph, text = hostile
    assert org_names(graph) >= NAMES
    ids = [n.id for n in graph.by_label("Organisation") if n.properties["name"] in NAMES]
    assert len(set(ids)) == len(NAMES)  # non-Latin names do not collapse into one id
    [document] = graph.documents.values()
    assert document.source.endswith(FILE_NAME)
    evidence = [r.properties for r in graph.relationships.values() if "evidence" in r.properties]
    assert any("<script>" in e["evidence"] for e in evidence)
    for props in evidence:
        assert text[props["evidence_start"]:props["evidence_end"]] == props["evidence"]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_hostile_graph_round_trips_through_every_rdf_format(hostile: tuple[Graph, str],
                                                            fmt: RdfFormat) -> None:
    graph, _ = hostile
    dataset = Exporter().dataset(graph)
    data = serialize(dataset, fmt)
    store = ox.Store()
    store.load(data, format=fmt.oxigraph)
    back = Dataset()
    back.parse(data=data, format=fmt.rdflib)
    assert len(store) == len(back) == len(dataset)
    rebuilt = graph_from_rdf(back)
    assert rebuilt.to_dict() == graph.to_dict()
    # Oxigraph sees the same literals: every hostile name, exactly, as a plain string.
    names = {s["name"].value for s in store.query(
        "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?o ?p ?name } FILTER(isLiteral(?name)) } ", )} | \
        {s["name"].value for s in store.query(
            "SELECT DISTINCT ?name WHERE { ?o ?p ?name FILTER(isLiteral(?name)) }")}
    assert NAMES | {CYPHER, SPARQL} <= names
    # The Wikidata id became an IRI with its spaces and brackets escaped, and comes back as it was.
    iris = {str(o) for o in back.objects() if str(o).startswith("http://www.wikidata.org/entity/Q1")}
    assert iris == {"http://www.wikidata.org/entity/Q1%20%3Cx%3E%20y"}
    [acme] = [n for n in rebuilt.by_label("Organisation") if n.properties["name"] == QUOTED]
    assert acme.properties["wikidata"] == WIKIDATA


@pytest.mark.neo4j
def test_hostile_graph_is_stored_verbatim_in_neo4j(hostile: tuple[Graph, str], neo4j) -> None:  # type: ignore[no-untyped-def]
    from kg.mapping import load_mapping
    from kg.neo4j.loader import load_graph

    graph, text = hostile
    load_graph(graph, neo4j.settings(), load_mapping())
    nodes = neo4j.query("MATCH (n) RETURN count(n) AS c")[0]["c"]
    rels = neo4j.query("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    assert (nodes, rels) == (len(graph.nodes), len(graph.relationships))
    stored = {r["name"] for r in neo4j.query("MATCH (o:Organisation) RETURN o.name AS name")}
    assert stored >= NAMES
    aliases = neo4j.query("MATCH (o:Organisation {name: $n}) RETURN o.aliases AS a", n=QUOTED)
    assert {CYPHER, SPARQL} <= set(aliases[0]["a"])
    [doc] = neo4j.query("MATCH (d:Document) RETURN d.source AS source")
    assert doc["source"].endswith(FILE_NAME)
    for row in neo4j.query("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL "
                           "RETURN r.evidence AS e, r.evidence_start AS s, r.evidence_end AS t"):
        assert text[row["s"]:row["t"]] == row["e"]
    load_graph(graph, neo4j.settings(), load_mapping())  # again: nothing new, nothing deleted
    assert neo4j.query("MATCH (n) RETURN count(n) AS c")[0]["c"] == nodes
