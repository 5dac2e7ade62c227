"""``kg load``: read or extract graphs and write them into Neo4j.

The command only parses options and calls ``kg.neo4j.loader``; every
``KgError`` becomes one line on standard error and its exit status (3 when
Neo4j is unavailable), and nothing is printed on standard output then.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import InputError, KgError
from kg.graph import Graph
from kg.neo4j.loader import DEFAULT_BATCH_SIZE, DEFAULT_RETRY_SECONDS


def read_graph_file(path: Path) -> Graph:
    """A graph document (the JSON contract) from a ``.json`` file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or not {"nodes", "relationships"} & set(data):
        raise InputError(f"{path}: not a graph document (expected 'documents', 'nodes', "
                         f"'relationships')")
    try:
        return Graph.from_dict(data)
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: malformed graph document ({type(exc).__name__}: {exc})") from None


def read_inputs(files: list[Path], lang: str = "auto", published: str | None = None,
                model: str | None = None, lexicon: list[Path] | None = None) -> Graph:
    """Merge the graphs of ``.json`` files with the extraction of all other files."""
    graph = Graph()
    texts = []
    for path in files:
        if path.suffix.lower() == ".json":
            graph.merge(read_graph_file(path))
        else:
            texts.append(path)
    if texts:
        from kg.extract.run import ExtractOptions, extract_files

        options = ExtractOptions(lang=lang, published=published, model=model,
                                 lexicon_files=tuple(str(p) for p in lexicon or []))
        graph.merge(extract_files(texts, options))
    return graph


def register(app: typer.Typer) -> None:
    """Add ``kg load`` to the command line."""

    @app.command()
    def load(
        files: Annotated[list[Path], typer.Argument(help="Graph documents (.json) or texts to "
                                                         "extract (.txt, .md, .html, .jsonl).")],
        neo4j: Annotated[str | None, typer.Option("--neo4j", help="Bolt URI, e.g. "
                         "bolt://localhost:7687 (default: $NEO4J_URI). Credentials come from "
                         "$NEO4J_USERNAME and $NEO4J_PASSWORD.")] = None,
        database: Annotated[str | None, typer.Option(help="Database name (default: the "
                                                          "server's default).")] = None,
        batch_size: Annotated[int, typer.Option(min=1, help="Rows per transaction.")]
        = DEFAULT_BATCH_SIZE,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the statements and row "
                                              "counts; connect to nothing.")] = False,
        password_file: Annotated[Path | None, typer.Option(help="Read the password from this "
                                                               "file instead of $NEO4J_PASSWORD.")]
        = None,
        retry_time: Annotated[float, typer.Option(min=0, help="Seconds the driver keeps retrying "
                              "a failed transaction before giving up.")] = DEFAULT_RETRY_SECONDS,
        mapping: Annotated[Path | None, typer.Option(help="Mapping file (default: "
                                                         "schemas/mapping.yaml).")] = None,
        lang: Annotated[str, typer.Option(help="Language of the texts: de, en or auto.")] = "auto",
        published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
        model: Annotated[str | None, typer.Option(help="An installed spaCy pipeline.")] = None,
        lexicon: Annotated[list[Path] | None, typer.Option(help="Extra organisation lexicon "
                                                               "(YAML), repeatable.")] = None,
    ) -> None:
        """Write the graph of the given files into Neo4j (idempotent: MERGE on stable ids)."""
        from kg.mapping import load_mapping
        from kg.neo4j.loader import load_graph, plan_load, settings_from_env

        try:
            the_mapping = load_mapping(mapping)
            settings = None if dry_run else settings_from_env(neo4j, database, password_file,
                                                              retry_time)
            graph = read_inputs(files, lang, published, model, lexicon)
            if dry_run:
                plan = plan_load(graph, the_mapping)
                sys.stdout.write(plan.describe(batch_size) + "\n")
                return
            assert settings is not None
            summary = load_graph(graph, settings, the_mapping, batch_size)
        except KgError as error:
            typer.echo(f"kg: error: {error}", err=True)
            raise typer.Exit(error.exit_code) from None
        sys.stdout.write(f"loaded into {settings.display_uri}"
                         f"{' database ' + settings.database if settings.database else ''}\n"
                         + summary.format() + "\n")
