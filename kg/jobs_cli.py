"""``kg run JOB.yaml`` and ``kg report GRAPH_OR_JOB``: the command-line side of jobs.

Only argument parsing and display live here; ``kg.jobs`` checks job files,
``kg.runner`` runs them and ``kg.report`` writes the HTML page. Progress and
the summary go to standard error (a progress bar on a terminal, plain log
lines otherwise), so standard output stays clean for scripts.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KgError
from kg.runner import RunResult


class RichProgress:
    """A progress bar over documents, with rate and remaining time (terminals only)."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console
        self.bar = Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                            TextColumn("left"), TimeRemainingColumn(),
                            TextColumn("{task.fields[current]}"), console=console, transient=True)
        self.task: Any = None
        self.started = 0.0

    def start(self, total: int) -> None:
        self.started = time.perf_counter()
        self.bar.start()
        self.task = self.bar.add_task("extract", total=total, rate="", current="")

    def advance(self, key: str, outcome: str) -> None:
        done = self.bar.tasks[0].completed + 1
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        self.bar.update(self.task, advance=1, rate=f"{rate:.1f} doc/s", current=key[-40:])
        if outcome.startswith("failed"):
            self.bar.console.print(f"[red]{key}: {outcome}[/red]", highlight=False)

    def log(self, message: str) -> None:
        self.console.print(message, highlight=False, markup=False)

    def stop(self) -> None:
        self.bar.stop()


class LogProgress:
    """Plain log lines, one per document, for logs and pipes."""

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.started = 0.0

    def _print(self, message: str) -> None:
        print(f"kg: {message}", file=sys.stderr, flush=True)

    def start(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, time.perf_counter()
        self._print(f"{total} document{'s' if total != 1 else ''} to process")

    def advance(self, key: str, outcome: str) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.started
        rate = self.done / max(elapsed, 1e-9)
        left = (self.total - self.done) / rate if rate else 0.0
        self._print(f"[{self.done}/{self.total}] {key}: {outcome} ({rate:.1f} doc/s, ~{left:.0f}s left)")

    def log(self, message: str) -> None:
        self._print(message)

    def stop(self) -> None:
        pass


def summary_table(result: RunResult) -> Table:
    """The final summary: documents, entities and relationships per type, warnings, time."""
    table = Table(title=f"kg run: {result.job}", show_header=True, header_style="bold",
                  title_justify="left")
    table.add_column("", style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("documents", "seen", result.seen), ("", "processed", result.processed),
            ("", "unchanged (skipped)", result.unchanged), ("", "failed", result.failed),
            ("", "removed", result.removed)]
    for section, what, count in rows:
        table.add_row(section, what, str(count))
    table.add_section()
    for i, (label, count) in enumerate(sorted(result.entities.items())):
        table.add_row("entities" if i == 0 else "", label, str(count))
    if not result.entities:
        table.add_row("entities", "(none new)", "0")
    table.add_section()
    for i, (rel_type, count) in enumerate(sorted(result.relationships.items())):
        table.add_row("relationships" if i == 0 else "", rel_type, str(count))
    if not result.relationships:
        table.add_row("relationships", "(none new)", "0")
    table.add_section()
    table.add_row("warnings", "", str(len(result.warnings)))
    table.add_row("time", "", f"{result.seconds:.1f}s")
    return table


def targets_table(result: RunResult) -> Table:
    table = Table(show_header=True, header_style="bold")
    table.add_column("target")
    table.add_column("outcome")
    for name, outcome in result.targets:
        table.add_row(name, outcome)
    return table


def print_summary(result: RunResult, console: Console) -> None:
    for failure in result.failures:
        console.print(f"failed: {failure.key}: {failure.reason}", highlight=False, markup=False)
    for warning in result.warnings:
        console.print(f"warning: {warning}", highlight=False, markup=False)
    console.print(summary_table(result))
    if result.targets:
        console.print(targets_table(result))
    # One stable line for scripts and logs.
    console.print(f"kg: done: seen={result.seen} processed={result.processed} "
                  f"unchanged={result.unchanged} failed={result.failed} removed={result.removed} "
                  f"time={result.seconds:.1f}s", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add ``kg run`` and ``kg report`` to the command line."""
    from kg.cli import fail

    @app.command()
    def run(
        job_file: Annotated[Path, typer.Argument(metavar="JOB.yaml", help="The job file.")],
        check: Annotated[bool, typer.Option("--check", help="Only validate the job file.")] = False,
        full: Annotated[bool, typer.Option("--full", help="Reprocess every document, not only "
                                           "new and changed ones.")] = False,
    ) -> None:
        """Run a job: extract new or changed documents and update its RDF and Neo4j targets."""
        from kg.jobs import load_job
        from kg.runner import run_job

        console = Console(stderr=True)
        try:
            job = load_job(job_file)
            if check:
                files = sum(len(s.files) for s in job.sources)
                console.print(f"kg: {job_file}: ok ({len(job.sources)} sources, {files} files, "
                              f"{len(job.targets)} targets)", highlight=False, markup=False)
                return
            progress = RichProgress(console) if console.is_terminal else LogProgress()
            result = run_job(job, full=full, progress=progress)
        except KgError as error:
            partial = getattr(error, "result", None)
            if isinstance(partial, RunResult):
                print_summary(partial, console)
            fail(error)
            return
        print_summary(result, console)

    @app.command()
    def report(
        source: Annotated[Path, typer.Argument(metavar="GRAPH_OR_JOB", help="A graph document "
                          "(.json, from kg extract) or a job file (.yaml) that has run.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")]
        = Path("report.html"),
        title: Annotated[str | None, typer.Option(help="Page title.")] = None,
    ) -> None:
        """Write one self-contained HTML page: highlighted documents, facts with evidence, graph."""
        from kg.report import write_report

        try:
            stats = write_report(source, out, title=title)
        except KgError as error:
            fail(error)
            return
        typer.echo(f"kg: wrote {out} ({stats})", err=True)
