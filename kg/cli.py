"""The ``kg`` command line: it parses arguments and calls plain functions.

Every ``KgError`` becomes one line on standard error and its exit status
(2 bad input or configuration, 3 store unavailable, 4 export failed);
nothing is written to standard output on failure.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a knowledge graph from news text.")


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class LangOption(str, Enum):
    de = "de"
    en = "en"
    auto = "auto"


@app.callback()
def _root() -> None:
    """kg: news text → knowledge graph (extract, export, load, query, run, report)."""


def fail(error: KgError) -> None:
    """Report a kg error as one line on stderr and exit with its status."""
    typer.echo(f"kg: error: {error}", err=True)
    raise typer.Exit(error.exit_code)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text files (.txt, .md, .html, .jsonl).")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: one graph "
                      "document; jsonl: one graph document per input document.")] = OutputFormat.json,
    lang: Annotated[LangOption, typer.Option(help="Language of the texts.")] = LangOption.auto,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    model: Annotated[str | None, typer.Option(help="An installed trained spaCy pipeline "
                                                   "to use, e.g. de_core_news_lg.")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option(help="Extra organisation lexicon "
                                                           "(YAML), repeatable.")] = None,
) -> None:
    """Print the graph of the given texts as JSON (the graph-model contract)."""
    from kg.extract.run import ExtractOptions, extract_files, extract_iter

    try:
        options = ExtractOptions(lang=lang.value, published=published, model=model,
                                 lexicon_files=tuple(str(p) for p in lexicon or []))
        if format is OutputFormat.jsonl:
            lines = [graph.to_json(indent=None) for graph in extract_iter(files, options)]
            sys.stdout.write("".join(line + "\n" for line in lines))
        else:
            graph = extract_files(files, options)
            sys.stdout.write(graph.to_json() + "\n")
    except KgError as error:
        fail(error)


def _register_commands() -> None:
    """Each stage's commands live with the stage (rdflib-style plugins): RDF
    export/query/validate, Neo4j load, and load jobs with the report."""
    from kg.jobs_cli import register as register_jobs
    from kg.neo4j.commands import register as register_neo4j
    from kg.rdf.commands import register as register_rdf

    for register in (register_neo4j, register_jobs, register_rdf):
        register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
