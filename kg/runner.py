"""Running a job: scan the sources, extract what is new, bring every target up to date.

The steps, and why they are ordered so:

1. Scan: read every source file and hash each document's text. Only
   documents whose text or extraction options changed since the last run
   (per the state file) are processed; ``full`` processes all.
2. Extract each pending document on its own. A failing document is recorded
   with its reason and, with ``on_error: skip``, the job goes on; it is not
   written to the state, so the next run tries it again. After each success
   the document's graph is saved, and the state after it, or, when the state
   has grown so big that saving it takes long, at least once a second
   (``SAVE_INTERVAL``): a killed run processes again at most the documents of
   its last second.
3. Targets. An RDF file is rebuilt from the stored graphs of all documents
   and rewritten only when the documents, the mapping or the format changed
   (and then only if its bytes differ): a rerun with nothing new leaves it
   byte-identical. Neo4j gets only the documents it has not seen in their
   current version; loading is an idempotent ``MERGE``.

Credentials never reach the state, the logs or the summary: the Neo4j target
is named by its URI without userinfo, and the password is read from the
environment variable the job names, at the moment of connecting.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.errors import ConfigError, InputError, KgError
from kg.graph import Graph
from kg.jobs import Job, Neo4jTarget, RdfTarget, Source
from kg.reader import SourceText, read_path
from kg.state import DocRecord, State, sha256_file

if TYPE_CHECKING:
    from kg.extract.run import ExtractOptions
    from kg.neo4j.loader import Neo4jSettings


#: Longest time between saves of the state while documents are processed (small
#: states are saved after every document); a killed run processes again at most
#: the documents of the last interval.
SAVE_INTERVAL = 1.0


class Progress(Protocol):
    """How a run tells the user what it is doing (a progress bar, or log lines)."""

    def start(self, total: int) -> None: ...
    def advance(self, key: str, outcome: str) -> None: ...
    def log(self, message: str) -> None: ...
    def stop(self) -> None: ...


class SilentProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, key: str, outcome: str) -> None:
        pass

    def log(self, message: str) -> None:
        pass

    def stop(self) -> None:
        pass


class DocumentError(KgError):
    """A document failed and the job says ``on_error: stop``."""

    exit_code = 1


@dataclass
class Failure:
    key: str
    reason: str


@dataclass
class RunResult:
    """Everything the final summary shows."""

    job: str
    seen: int = 0
    processed: int = 0
    unchanged: int = 0
    removed: int = 0
    failures: list[Failure] = field(default_factory=list)
    #: distinct entities (by label) and relationships (by type) in the processed documents.
    entities: Counter[str] = field(default_factory=Counter)
    relationships: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    targets: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    entity_ids: set[str] = field(default_factory=set, repr=False)

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class _Pending:
    key: str
    source: SourceText
    spec: Source
    file: Path
    options: str


def doc_key(job: Job, file: Path, source: SourceText) -> str:
    """The state's name for a document: its file, plus url or line inside a ``.jsonl``."""
    rel = job.relative(file)
    if source.source == str(file):
        return rel
    inner = source.url or source.source.rsplit("#", 1)[-1]
    return f"{rel}#{inner}"


def _source_options(job_fingerprint: str, spec: Source) -> str:
    if spec.language is None and spec.published is None:
        return job_fingerprint
    extra = json.dumps([job_fingerprint, spec.language, spec.published])
    return hashlib.sha256(extra.encode()).hexdigest()[:16]


def _read(file: Path) -> Iterator[SourceText | InputError]:
    """The documents of a file; a reading error is yielded, not raised, after what was read."""
    try:
        yield from read_path(file)
    except InputError as error:
        yield error


def scan(job: Job, state: State, full: bool, result: RunResult,
         progress: Progress) -> tuple[list[_Pending], set[str], set[str]]:
    """Read all sources; return the documents to process, all keys seen, and files that failed."""
    fingerprint = job.fingerprint()
    pending: list[_Pending] = []
    seen: set[str] = set()
    failed_files: set[str] = set()
    done_files: set[Path] = set()
    for spec in job.sources:
        for file in spec.files:
            if file in done_files:
                continue
            done_files.add(file)
            options = _source_options(fingerprint, spec)
            for item in _read(file):
                if isinstance(item, InputError):
                    failed_files.add(job.relative(file))
                    result.failures.append(Failure(job.relative(file), str(item)))
                    progress.log(f"failed: {item}")
                    if job.on_error == "stop":
                        raise DocumentError(f"{item} (on_error: stop)")
                    continue
                key = doc_key(job, file, item)
                if key in seen:
                    result.warnings.append(f"{key}: appears twice; the second one is ignored")
                    continue
                seen.add(key)
                record = state.documents.get(key)
                if (not full and record is not None and record.sha256 == item.sha256
                        and record.options == options and state.has_doc(key)):
                    result.unchanged += 1
                    continue
                pending.append(_Pending(key, item, spec, file, options))
    result.seen = len(seen)
    return pending, seen, failed_files


def _extract_options(job: Job, item: _Pending) -> ExtractOptions:
    from kg.extract.run import ExtractOptions

    # A document's own date (a .jsonl "published") beats the source's, which beats the job's.
    published = item.source.published or item.spec.published or job.extraction.published
    return ExtractOptions(lang=item.spec.language or job.language, published=published,
                          model=job.extraction.model,
                          lexicon_files=tuple(str(p) for p in job.extraction.lexicons),
                          today=job.extraction.today)


def process(job: Job, state: State, pending: list[_Pending], result: RunResult,
            progress: Progress) -> None:
    if not pending:
        progress.log("no new or changed documents")
        return
    from kg.extract.run import document_graph  # imports spaCy: only when there is work

    progress.start(len(pending))
    saved, cost = time.monotonic(), 0.0
    unsaved = False
    try:
        for item in pending:
            try:
                graph = document_graph(item.source, _extract_options(job, item))
            except Exception as error:  # any failure of one document is reported
                reason = str(error) if isinstance(error, KgError) else \
                    f"{type(error).__name__}: {error}"
                result.failures.append(Failure(item.key, reason))
                progress.advance(item.key, f"failed: {reason}")
                if job.on_error == "stop":
                    raise DocumentError(f"{item.key}: {reason} (on_error: stop)") from None
                continue
            doc_id = next(iter(graph.documents))
            state.write_doc(item.key, graph, item.source.text)
            state.documents[item.key] = DocRecord(sha256=item.source.sha256, options=item.options,
                                                  doc_id=doc_id, file=job.relative(item.file),
                                                  title=item.source.title)
            # Saving rewrites the whole state, so saving after every document is quadratic
            # in a big corpus: save when the time since the last save is ten times what
            # that save took (at most SAVE_INTERVAL), keeping saves under ~10% of the run.
            unsaved = True
            if time.monotonic() - saved >= min(SAVE_INTERVAL, 10 * cost):
                started = time.monotonic()
                state.save()
                saved = time.monotonic()
                cost, unsaved = saved - started, False
            result.processed += 1
            _count(graph, result)
            progress.advance(item.key, f"{len(graph.nodes) - 1} entities, "
                                       f"{len(graph.relationships)} relationships")
    finally:
        if unsaved:
            state.save()
        progress.stop()


def _count(graph: Graph, result: RunResult) -> None:
    """Count distinct entities and relationships over all processed documents of this run."""
    seen = result.entity_ids
    for node in graph.nodes.values():
        if "Document" in node.labels or node.id in seen:
            continue
        seen.add(node.id)
        primary = next((label for label in ("Person", "Organisation", "Country", "Place", "Role",
                                            "Meeting", "Demand", "Statement") if label in node.labels),
                       node.labels[0] if node.labels else "?")
        result.entities[primary] += 1
    for rel in graph.relationships.values():
        result.relationships[rel.type] += 1


def _documents_digest(state: State, extra: str) -> str:
    items = [(k, r.version) for k, r in sorted(state.documents.items())]
    return hashlib.sha256(json.dumps([items, extra]).encode()).hexdigest()


def sync_rdf(job: Job, target: RdfTarget, state: State, full: bool,
             graph: Graph | None) -> tuple[str, Graph | None]:
    """Bring one RDF file up to date; returns what happened and the graph (built lazily)."""
    from kg.mapping import load_mapping
    from kg.rdf.export import serialize_graph
    from kg.rdf.formats import format_by_name
    from kg.state import write_atomic

    digest = _documents_digest(state, f"{job.mapping_digest()}:{target.format}")
    record = state.targets.get(target.key, {})
    current = sha256_file(target.path)
    if not full and record.get("digest") == digest and current is not None \
            and record.get("sha256") == current:
        return "unchanged", graph
    if graph is None:
        graph = state.graph()
    data, _ = serialize_graph(graph, format_by_name(target.format), load_mapping(job.mapping))
    sha = hashlib.sha256(data).hexdigest()
    if current == sha:
        outcome = "unchanged (same bytes)"
    else:
        write_atomic(target.path, data)
        outcome = f"written ({len(graph.documents)} documents, {len(data):,} bytes)"
    state.targets[target.key] = {"digest": digest, "sha256": sha}
    state.save()
    return outcome, graph


def neo4j_settings(target: Neo4jTarget) -> Neo4jSettings:
    """Connection settings; the password comes from the named environment variable only."""
    from kg.neo4j.loader import settings_from_env

    env = dict(os.environ)
    if target.password_env:
        if target.password_env not in os.environ:
            raise ConfigError(f"line {target.line}: password_env: the environment variable "
                              f"{target.password_env} is not set")
        env["NEO4J_PASSWORD"] = os.environ[target.password_env]
    if target.user:
        env["NEO4J_USERNAME"] = target.user
    return settings_from_env(uri=target.uri, database=target.database, environ=env)


def sync_neo4j(job: Job, target: Neo4jTarget, state: State, full: bool) -> str:
    """Load into Neo4j the documents it has not got in their current version."""
    if not target.enabled:
        return "disabled (enabled: false)"
    from kg.mapping import load_mapping
    from kg.neo4j.loader import load_graph

    mapping_digest = job.mapping_digest()
    record = state.targets.get(target.key, {})
    loaded: dict[str, str] = {} if full else dict(record.get("loaded", {}))
    wanted = {k: f"{r.version}:{mapping_digest}" for k, r in state.documents.items()}
    keys = sorted(k for k, v in wanted.items() if loaded.get(k) != v)
    if not keys:
        return "up to date"
    settings = neo4j_settings(target)
    summary = load_graph(state.graph(keys), settings, load_mapping(job.mapping),
                         batch_size=target.batch_size)
    loaded = {k: v for k, v in loaded.items() if k in wanted}
    loaded.update({k: wanted[k] for k in keys})
    state.targets[target.key] = {"loaded": loaded}
    state.save()
    return f"loaded {len(keys)} documents ({summary.rows:,} rows)"


def run_job(job: Job, full: bool = False, progress: Progress | None = None) -> RunResult:
    """Run a validated job; raises ``KgError`` only for what stops the whole job."""
    progress = progress or SilentProgress()
    started = time.perf_counter()
    result = RunResult(job=job.name)
    try:
        state = State.load(job.state)
    except ConfigError:
        if not full:
            raise
        state = State(job.state)
    if full:
        state.targets = {}
    pending, seen, failed_files = scan(job, state, full, result, progress)
    for key in sorted(set(state.documents) - seen):
        if state.documents[key].file in failed_files:
            continue  # unreadable this time: keep what we had
        state.remove_doc(key)
        result.removed += 1
        result.warnings.append(f"{key}: no longer in the sources; removed from the graph "
                               f"(Neo4j keeps it)")
    if result.removed:
        state.save()
    process(job, state, pending, result, progress)
    errors: list[KgError] = []
    graph: Graph | None = None
    for target in job.targets:
        name = f"rdf {job.relative(target.path)}" if isinstance(target, RdfTarget) else \
            f"neo4j {target.key.removeprefix('neo4j:')}"
        try:
            if isinstance(target, RdfTarget):
                outcome, graph = sync_rdf(job, target, state, full, graph)
            else:
                outcome = sync_neo4j(job, target, state, full)
        except KgError as error:
            errors.append(error)
            outcome = f"FAILED: {error}"
        result.targets.append((name, outcome))
        progress.log(f"{name}: {outcome}")
    if not state.path.exists():
        state.save()
    result.seconds = time.perf_counter() - started
    if errors:
        first = errors[0]
        first.result = result  # type: ignore[attr-defined]  # the CLI still prints the summary
        raise first
    return result
