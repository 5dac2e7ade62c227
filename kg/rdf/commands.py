"""The RDF commands of the CLI: ``kg export``, ``kg query`` and ``kg validate``.

The commands only parse arguments and call the plain functions of
``kg.rdf``; every ``KgError`` becomes one line on standard error and its exit
status, as in ``kg.cli``.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import InputError, KgError


class QueryOutput(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _fail(error: KgError) -> None:
    typer.echo(f"kg: error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def export_files(files: list[Path], to: Path, fmt: str | None = None,
                 mapping_path: Path | None = None) -> int:
    """Export the graph of ``files`` to ``to`` atomically; return the number of quads written."""
    from kg.mapping import load_mapping
    from kg.rdf.export import read_graphs, serialize_graph
    from kg.rdf.formats import atomic_write, require_format

    rdf_format = require_format(to, fmt)
    mapping = load_mapping(mapping_path)
    data, written = serialize_graph(read_graphs(files), rdf_format, mapping)
    atomic_write(to, lambda stream: stream.write(data))
    return written


def validate_files(files: list[Path], fmt: str | None = None, shapes: Path | None = None,
                   mapping_path: Path | None = None) -> tuple[bool, str]:
    """Validate RDF files (or the export of graph JSON / texts) against the SHACL shapes."""
    from kg.mapping import load_mapping
    from kg.rdf.export import export_graph, read_graphs
    from kg.rdf.formats import format_for_path
    from kg.rdf.parse import read_dataset
    from kg.rdf.validate import load_shapes, validate_dataset

    mapping = load_mapping(mapping_path)
    rdf_files = [f for f in files if format_for_path(f, fmt) is not None]
    others = [f for f in files if f not in rdf_files]
    dataset = read_dataset(rdf_files, fmt)
    if others:
        for s, p, o, g in export_graph(read_graphs(others), mapping).quads((None, None, None, None)):
            dataset.add((s, p, o, dataset.graph(g)))
    report = validate_dataset(dataset, load_shapes(shapes), mapping)
    return report.conforms, report.text()


def register(app: typer.Typer) -> None:
    """Add ``export``, ``query`` and ``validate`` to the command line."""

    @app.command()
    def export(
        files: Annotated[list[Path], typer.Argument(help="Graph documents (.json from kg extract) "
                                                         "or texts to extract (.txt, .md, .html, "
                                                         ".jsonl).")],
        to: Annotated[Path, typer.Option("--to", "-o", help="Output file; the suffix chooses the "
                                         "format: .ttl .nt .nq .trig .jsonld.")],
        format: Annotated[str | None, typer.Option("--format", "-f", help="turtle, ntriples, "
                                                   "nquads, trig or jsonld (overrides the "
                                                   "suffix).")] = None,
        mapping: Annotated[Path | None, typer.Option(help="Mapping file (default: "
                                                         "schemas/mapping.yaml).")] = None,
    ) -> None:
        """Write the graph as RDF: one named graph per document, evidence as reified statements."""
        try:
            count = export_files(files, to, format, mapping)
        except KgError as error:
            _fail(error)
        typer.echo(f"wrote {count} quads to {to}", err=True)

    @app.command()
    def query(
        args: Annotated[list[Path] | None, typer.Argument(
            metavar="DATA... QUERY.rq",
            help="RDF files (.ttl .nt .nq .trig .jsonld), graph JSON or texts, then the SPARQL "
                 "query file.")] = None,
        format: Annotated[QueryOutput, typer.Option("--format", "-f", help="Output: a table, CSV "
                                                    "or JSON.")] = QueryOutput.table,
        data_format: Annotated[str | None, typer.Option("--data-format", help="RDF format of the "
                                                        "data files, if the suffix does not "
                                                        "tell.")] = None,
        cypher: Annotated[Path | None, typer.Option("--cypher", help="Run this Cypher file "
                                                    "against Neo4j instead of SPARQL over "
                                                    "files.")] = None,
        neo4j: Annotated[str | None, typer.Option("--neo4j", help="With --cypher: Bolt URI "
                                                  "(default: $NEO4J_URI).")] = None,
        database: Annotated[str | None, typer.Option(help="With --cypher: database name.")] = None,
        param: Annotated[list[str] | None, typer.Option("--param", help="With --cypher: a query "
                                                        "parameter key=value, repeatable.")] = None,
        password_file: Annotated[Path | None, typer.Option(help="With --cypher: read the Neo4j "
                                                               "password from this file.")] = None,
        store: Annotated[Path | None, typer.Option("--store", help="Keep the loaded data in an "
                                                   "on-disk store in this directory and reuse it "
                                                   "while the data files are unchanged (DATA may "
                                                   "then be left out).")] = None,
    ) -> None:
        """Run a SPARQL query over exported RDF (or a Cypher query with --cypher) and print rows."""
        try:
            if cypher is not None:
                # Hook for the Neo4j side: imported only when asked, so SPARQL needs no driver.
                from kg.neo4j.query import parse_params, run_cypher_file

                text = run_cypher_file(cypher, uri=neo4j, database=database,
                                       params=parse_params(param or []), fmt=format.value,
                                       password_file=password_file)
            else:
                text = _sparql(list(args or []), format.value, data_format, store)
        except KgError as error:
            _fail(error)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")

    @app.command()
    def validate(
        files: Annotated[list[Path], typer.Argument(help="RDF files (or graph JSON / texts, "
                                                         "exported first).")],
        format: Annotated[str | None, typer.Option("--format", "-f", help="RDF format, if the "
                                                   "suffix does not tell.")] = None,
        shapes: Annotated[Path | None, typer.Option(help="SHACL shapes (default: "
                                                        "schemas/shapes.ttl).")] = None,
        mapping: Annotated[Path | None, typer.Option(help="Mapping file (default: "
                                                         "schemas/mapping.yaml).")] = None,
    ) -> None:
        """Check RDF against the SHACL shapes; print each violation; exit 1 if any."""
        try:
            conforms, text = validate_files(files, format, shapes, mapping)
        except KgError as error:
            _fail(error)
        sys.stdout.write(text + "\n")
        if not conforms:
            raise typer.Exit(1)


def _sparql(args: list[Path], output: str, data_format: str | None,
            store_dir: Path | None = None) -> str:
    from kg.rdf.query import load_store, open_store, render, run_query
    from kg.reader import read_utf8

    least = 1 if store_dir is not None else 2
    if len(args) < least or args[-1].suffix.lower() not in (".rq", ".sparql"):
        raise InputError("usage: kg query DATA... QUERY.rq (data files, then a SPARQL file "
                         "ending in .rq), or kg query --store DIR [DATA...] QUERY.rq")
    *data, query_file = args
    query_text = read_utf8(query_file)
    if store_dir is not None:
        store = open_store(store_dir, data, data_format,
                           log=lambda message: typer.echo(f"kg query: {message}", err=True))
    else:
        store = load_store(data, data_format)
    return render(run_query(store, query_text, str(query_file)), output)
