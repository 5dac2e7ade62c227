"""Write a ``Graph`` into Neo4j: fast, safe to repeat, and safe to interrupt.

Why it is shaped like this:

- Everything is ``MERGE`` on the contract's stable ids, behind a uniqueness
  constraint per label (and per relationship type), so loading the same
  documents twice changes nothing and a new document merges into the nodes
  that are already there.
- Except that a relationship whose id is not in the store yet is ``CREATE``d:
  each batch first seeks its ids on the relationship-id constraint's index
  (~5-15 µs each, same transaction), then ``CREATE``s the new rows and
  ``MERGE``s the rest. ``MERGE`` re-reads the index under a lock, locks both
  end nodes and, with ``SET r += row.props``, needs an ``Eager``; the
  ``CREATE`` with its properties inline does none of that: server CPU per
  relationship went from ~80-105 µs to ~55-80 µs (1,000 documents, same runs).
  The constraint still guards the id: if another writer creates one between
  the seek and the ``CREATE``, the commit fails with ``ConstraintError``,
  nothing of that transaction is kept, and it is written again with ``MERGE``
  only. Measured and not kept (``bench/README.md``): two or more concurrent
  writers (round-robin transactions, split by document or by start node, or
  ``CALL {…} IN CONCURRENT TRANSACTIONS``), rows grouped by a shared end
  node, ends resolved to element ids first, rows sent as lists instead of
  maps, rows sorted by start or end node, bigger transactions.
- Rows go in ``UNWIND $rows`` batches, one statement per label (set) and per
  relationship type. Consecutive batches are packed into one managed
  transaction (``session.execute_write``, retried by the driver on transient
  failures) of up to ``batch_size`` rows: a graph has ~30 statements, most
  with few rows, and each commit cost 20-30 ms on the bench machine (log
  flush, store and index update), a fifth to a quarter of a 100-document
  load when every statement had its own (see ``bench/README.md``). Nodes
  come before relationships, so a relationship's ends exist when it is
  written, in the same transaction or an earlier one. If Neo4j goes away
  mid-load, every committed transaction is complete; rerunning the same
  command fills in the rest without duplicates.
- The driver's pure-Python PackStream encoder was most of the client's time
  (~90 µs per relationship row); ``neo4j-rust-ext`` (a dependency) replaces
  it with the driver's Rust one, which the driver picks up by itself.
- The whole plan (labels and types checked against the mapping whitelist,
  endpoints checked, values flattened) is built before connecting, so a bad
  input never leaves a half-written graph, and a store that is down is
  reported before anything is written.
- Credentials never appear in output: messages name the URI without userinfo.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kg.errors import ConfigError, InputError, KgError, StoreUnavailableError
from kg.graph import NODE_LABELS, Graph
from kg.mapping import Mapping
from kg.neo4j import queries

DEFAULT_URI = "bolt://localhost:7687"
#: Rows per transaction. Measured on 100-1,000 documents: 5,000 gave ~10-20 % more
#: relationships/s than 1,000 and no less than 10,000 or 20,000; every batch must fit
#: the server's transaction memory (``dbms.memory.transaction.total.max``).
DEFAULT_BATCH_SIZE = 5000
DEFAULT_RETRY_SECONDS = 30.0


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Neo4jSettings:
    """Where and as whom to connect. ``repr`` hides the password."""

    uri: str
    user: str | None
    password: str | None = field(repr=False)
    database: str | None = None
    retry_seconds: float = DEFAULT_RETRY_SECONDS

    @property
    def display_uri(self) -> str:
        return display_uri(self.uri)


def display_uri(uri: str) -> str:
    """The URI without ``user:password@``, the only form that is ever printed."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<unparsable URI>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def settings_from_env(uri: str | None = None, database: str | None = None,
                      password_file: Path | None = None,
                      retry_seconds: float = DEFAULT_RETRY_SECONDS,
                      environ: dict[str, str] | None = None) -> Neo4jSettings:
    """Settings from the options, falling back to ``NEO4J_URI``/``USERNAME``/``PASSWORD``.

    Credentials in the URI's userinfo are accepted too (and stripped from it),
    because that is how many hosted services hand them out.
    """
    env = os.environ if environ is None else environ
    uri = uri or env.get("NEO4J_URI") or DEFAULT_URI
    user = env.get("NEO4J_USERNAME") or env.get("NEO4J_USER")
    password = env.get("NEO4J_PASSWORD")
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ConfigError(f"Neo4j URI {display_uri(uri)!r} is not a valid URI") from None
    if parts.scheme not in {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}:
        raise ConfigError(f"Neo4j URI {display_uri(uri)!r} must start with bolt:// or neo4j://")
    if parts.username is not None:
        user = parts.username
        password = parts.password if parts.password is not None else password
        uri = display_uri(uri)
    if password_file is not None:
        try:
            password = password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"cannot read password file {password_file}: {exc.strerror}") from None
    if password and not user:
        user = "neo4j"
    return Neo4jSettings(uri=uri, user=user, password=password,
                         database=database or env.get("NEO4J_DATABASE") or None,
                         retry_seconds=retry_seconds)


# --------------------------------------------------------------------------- plan


@dataclass
class Step:
    """One statement and all its rows: one label set or one relationship type."""

    kind: str  # "node" or "relationship"
    name: str  # "Person", "Place+Country", "HOLDS_ROLE (Person->Role)"
    group: str  # label or relationship type, for the summary
    statement: str
    rows: list[dict[str, Any]]
    #: Relationships only: the seek for ids already in the store, and the ``CREATE``
    #: for the rows that are not (``statement``, the ``MERGE``, does the rest).
    existing: str | None = None
    create: str | None = None


@dataclass
class LoadPlan:
    constraints: list[str]
    steps: list[Step]

    @property
    def node_rows(self) -> int:
        return sum(len(s.rows) for s in self.steps if s.kind == "node")

    @property
    def relationship_rows(self) -> int:
        return sum(len(s.rows) for s in self.steps if s.kind == "relationship")

    def describe(self, batch_size: int) -> str:
        """What a load would write, for ``kg load --dry-run``."""
        out = [f"-- {len(self.constraints)} constraints"]
        out += [f"{c};" for c in self.constraints]
        for step in self.steps:
            batches = -(-len(step.rows) // batch_size)
            out.append(f"-- {step.kind} {step.name}: {len(step.rows)} rows in {batches} "
                       f"batch{'es' if batches != 1 else ''}")
            out.append(step.statement + ";")
            if step.create and step.existing:
                out.append("-- (rows whose id is not in the store yet, found with the first "
                           "statement, are written with the second)")
                out.append(step.existing + ";")
                out.append(step.create + ";")
        transactions = sum(1 for _ in self.transactions(batch_size))
        out.append(f"-- total: {self.node_rows} node rows, {self.relationship_rows} "
                   f"relationship rows, in {transactions} "
                   f"transaction{'s' if transactions != 1 else ''}")
        return "\n".join(out)

    def transactions(self, batch_size: int) -> Iterator[list[tuple[Step, list[dict[str, Any]]]]]:
        """The steps' rows cut into batches and packed, in order, into transactions.

        Each transaction holds at most ``batch_size`` rows in one or more
        (statement, batch) parts, so the ~30 small statements of a graph do
        not pay a commit each.
        """
        parts: list[tuple[Step, list[dict[str, Any]]]] = []
        size = 0
        for step in self.steps:
            for rows in _batches(step.rows, batch_size):
                if parts and size + len(rows) > batch_size:
                    yield parts
                    parts, size = [], 0
                parts.append((step, rows))
                size += len(rows)
        if parts:
            yield parts


def neo4j_value(value: Any) -> Any:
    """A property value Neo4j can store: a primitive or a homogeneous list of them.

    Anything else (maps, nested or mixed lists) is kept as its JSON text, so
    nothing is lost and the load does not fail on an exotic extractor output.
    """
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        items = [v for v in value if v is not None]
        kinds = {type(v) for v in items}
        if not items:
            return []
        if len(kinds) == 1 and kinds <= {bool, int, float, str}:
            return list(items)
        if kinds <= {int, float}:
            return [float(v) for v in items]
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)
                for v in items]
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _props(props: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in props.items():
        if key == "id":
            continue
        queries.property_key(key)
        value = neo4j_value(value)
        if value not in (None, "", []):
            out[key] = value
    return out


def _primary(labels: list[str], node_id: str) -> str:
    """The label a node is MERGEd under: the first of its labels in contract order."""
    known = [lab for lab in NODE_LABELS if lab in labels]
    if not labels:
        raise InputError(f"node {node_id!r} has no label")
    if not known:  # not in the contract: let the mapping refuse it by name
        return labels[0]
    return known[0]


def plan_load(graph: Graph, mapping: Mapping) -> LoadPlan:
    """Check the graph against the whitelist and turn it into statements and rows."""
    entries: dict[str, tuple[list[str], dict[str, Any]]] = {}
    for doc in graph.documents.values():
        entries[doc.id] = (["Document"], {k: v for k, v in doc.to_dict().items() if k != "id"})
    for node in graph.nodes.values():
        data = node.to_dict()
        if node.id in entries:
            labels, props = entries[node.id]
            labels.extend(lab for lab in data["labels"] if lab not in labels)
            for key, value in data["properties"].items():
                props.setdefault(key, value)
        else:
            entries[node.id] = (list(data["labels"]), dict(data["properties"]))

    node_groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    primary_of: dict[str, str] = {}
    for node_id, (labels, props) in sorted(entries.items()):
        if not isinstance(node_id, str) or not node_id:
            raise InputError(f"node id {node_id!r} must be a non-empty string")
        primary = _primary(labels, node_id)
        for lab in labels:
            queries.label(mapping, lab)  # refuses labels outside the whitelist
        primary_of[node_id] = primary
        extra = tuple(sorted(set(labels) - {primary}))
        node_groups[(primary, extra)].append({"id": node_id, "props": _props(props)})

    rel_groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel_id, rel in sorted(graph.relationships.items()):
        queries.rel_type(mapping, rel.type)
        for end in (rel.start, rel.end):
            if end not in primary_of:
                raise InputError(f"relationship {rel_id!r} ({rel.type}) refers to node {end!r}, "
                                 f"which is not in the graph")
        rel_groups[(rel.type, primary_of[rel.start], primary_of[rel.end])].append(
            {"id": rel_id, "start": rel.start, "end": rel.end,
             "props": _props(rel.to_dict()["properties"])})

    constraints = [queries.node_constraint(mapping, lab) for lab in NODE_LABELS]
    constraints += [queries.relationship_constraint(mapping, t) for t in mapping.relationships]
    order = {lab: i for i, lab in enumerate(NODE_LABELS)}
    steps = []
    for (primary, extra), rows in sorted(node_groups.items(),
                                         key=lambda kv: (order.get(kv[0][0], 99), kv[0])):
        keys = {k for row in rows for k in row["props"]}
        steps.append(Step("node", "+".join((primary, *extra)), primary,
                          queries.merge_nodes(mapping, primary, extra, keys), rows))
    for (rtype, start, end), rows in sorted(rel_groups.items()):
        keys = {k for row in rows for k in row["props"]}
        steps.append(Step("relationship", f"{rtype} ({start}->{end})", rtype,
                          queries.merge_relationships(mapping, rtype, start, end), rows,
                          existing=queries.existing_relationships(mapping, rtype),
                          create=queries.create_relationships(mapping, rtype, start, end, keys)))
    return LoadPlan(constraints, steps)


# --------------------------------------------------------------------------- connecting


def _neo4j_errors() -> Any:
    from neo4j import exceptions

    return exceptions


def connect(settings: Neo4jSettings) -> Any:
    """Open a driver and check the server answers and accepts the credentials.

    Raises ``StoreUnavailableError`` (exit status 3) with a message that names
    the URI without credentials.
    """
    from neo4j import GraphDatabase

    _quiet_driver_logging()
    exc = _neo4j_errors()
    auth = (settings.user or "neo4j", settings.password) if settings.password else None
    try:
        driver = GraphDatabase.driver(settings.uri, auth=auth,
                                      max_transaction_retry_time=settings.retry_seconds,
                                      connection_timeout=10.0,
                                      notifications_min_severity="OFF")
    except (exc.ConfigurationError, ValueError) as error:
        raise ConfigError(f"Neo4j URI {settings.display_uri!r} is not usable: "
                          f"{type(error).__name__}") from None
    try:
        driver.verify_connectivity()
        if settings.database:  # a missing database is a configuration error, said now
            with driver.session(database=settings.database) as session:
                session.run("RETURN 1").consume()
    except exc.AuthError:
        driver.close()
        raise StoreUnavailableError(f"Neo4j at {settings.display_uri}: authentication failed for "
                                    f"user {settings.user or 'neo4j'!r} (check NEO4J_USERNAME "
                                    f"and NEO4J_PASSWORD)") from None
    except (exc.ServiceUnavailable, exc.SessionExpired, exc.DatabaseUnavailable,
            OSError) as error:
        driver.close()
        raise StoreUnavailableError(f"Neo4j at {settings.display_uri} is not reachable "
                                    f"({_reason(error)}); is the server running?") from None
    except exc.Neo4jError as error:
        driver.close()
        raise _client_error(error, settings) from None
    return driver


def _quiet_driver_logging() -> None:
    """Keep the driver's retry warnings off stderr: kg reports failures in one line.

    Without a handler, Python's last-resort handler would print every
    "Transaction failed and will be retried" the driver logs while Neo4j is away.
    """
    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _reason(error: BaseException) -> str:
    """A short, credential-free reason for a connection failure.

    The driver's messages name host and port only (never credentials); the
    socket error ("[Errno 111] Connection refused") is the useful part.
    """
    text = str(error)
    found = re.search(r"\(reason ([^)]*)\)", text)
    if found:
        return found.group(1)
    first = text.splitlines()[0].rstrip(": ") if text else ""
    return (first or type(error).__name__)[:200]


def _client_error(error: Any, settings: Neo4jSettings) -> KgError:
    code = getattr(error, "code", "") or ""
    if "DatabaseNotFound" in code:
        return ConfigError(f"Neo4j at {settings.display_uri}: database {settings.database!r} "
                           f"does not exist")
    if "Security" in code:
        return StoreUnavailableError(f"Neo4j at {settings.display_uri}: access denied for user "
                                     f"{settings.user or 'neo4j'!r} ({code})")
    message = getattr(error, "message", None) or str(error)
    return KgError(f"Neo4j at {settings.display_uri} refused a statement: {code}: "
                   f"{message.splitlines()[0][:300] if message else ''}")


# --------------------------------------------------------------------------- loading


@dataclass
class LoadSummary:
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    merged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kinds: dict[str, str] = field(default_factory=dict)
    rows: int = 0
    seconds: float = 0.0

    def add(self, step: Step, rows: int, created: int) -> None:
        self.kinds[step.group] = step.kind
        self.created[step.group] += created
        self.merged[step.group] += rows - created
        self.rows += rows

    def format(self) -> str:
        """The human summary ``kg load`` ends with."""
        lines = []
        for kind, title in (("node", "nodes"), ("relationship", "relationships")):
            groups = sorted(g for g, k in self.kinds.items() if k == kind)
            if not groups:
                continue
            lines.append(f"{title}:")
            width = max(len(g) for g in groups)
            for g in groups:
                lines.append(f"  {g:<{width}}  {self.created[g]:>7} created  "
                             f"{self.merged[g]:>7} merged")
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        lines.append(f"{self.rows} rows in {self.seconds:.2f} s ({rate:,.0f} rows/s)")
        return "\n".join(lines)


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _write_batch(tx: Any, statement: str, rows: list[dict[str, Any]], kind: str) -> int:
    """Run one batch in ``tx`` and return how much it created."""
    counters = tx.run(statement, rows=rows).consume().counters
    return counters.nodes_created if kind == "node" else counters.relationships_created


def _write_relationships(tx: Any, step: Step, rows: list[dict[str, Any]]) -> int:
    """``CREATE`` the rows whose id is not in the store, ``MERGE`` the others.

    Same graph as ``MERGE`` for every row, at ~30 % less server CPU per new
    relationship; the seek that tells them apart costs ~5-15 µs per id.
    """
    assert step.existing is not None and step.create is not None
    found = set(tx.run(step.existing, ids=[row["id"] for row in rows]).single()["found"])
    new = [row for row in rows if row["id"] not in found]
    old = [row for row in rows if row["id"] in found]
    made = _write_batch(tx, step.create, new, step.kind) if new else 0
    if old:
        made += _write_batch(tx, step.statement, old, step.kind)
    return made


def _write_transaction(tx: Any, parts: list[tuple[Step, list[dict[str, Any]]]],
                       created: list[int], merge_only: bool = False) -> int:
    """Managed-transaction work: run every part; ``created`` gets each part's count.

    The driver may call this again after a transient failure, so ``created``
    is reset first and holds the counts of the attempt that committed.
    ``merge_only`` writes every relationship with ``MERGE`` (no seek, no
    ``CREATE``): the fallback when a concurrent writer created an id first.
    """
    created.clear()
    for step, rows in parts:
        if step.create and step.existing and not merge_only:
            created.append(_write_relationships(tx, step, rows))
        else:
            created.append(_write_batch(tx, step.statement, rows, step.kind))
    return sum(created)


def write_plan(driver: Any, plan: LoadPlan, settings: Neo4jSettings,
               batch_size: int = DEFAULT_BATCH_SIZE,
               progress: Callable[[int, int], None] | None = None) -> LoadSummary:
    """Create the constraints, then write the steps in transactions of up to
    ``batch_size`` rows (``LoadPlan.transactions``); return the counts."""
    exc = _neo4j_errors()
    if batch_size < 1:
        raise ConfigError("--batch-size must be at least 1")
    summary = LoadSummary()
    total = plan.node_rows + plan.relationship_rows
    started = time.perf_counter()
    try:
        with driver.session(database=settings.database) as session:
            for statement in plan.constraints:
                session.run(statement).consume()
            for parts in plan.transactions(batch_size):
                created: list[int] = []
                try:
                    session.execute_write(_write_transaction, parts, created)
                except exc.ConstraintError:
                    # Another writer created one of the ids between our seek and our
                    # CREATE: nothing of this transaction was kept; MERGE it instead.
                    session.execute_write(_write_transaction, parts, created, True)
                for i, (step, rows) in enumerate(parts):  # a stand-in driver may not run it
                    summary.add(step, len(rows), created[i] if i < len(created) else 0)
                if progress:
                    progress(summary.rows, total)
    except exc.AuthError:
        raise StoreUnavailableError(f"Neo4j at {settings.display_uri}: authentication failed "
                                    f"for user {settings.user or 'neo4j'!r}") from None
    except (exc.ServiceUnavailable, exc.SessionExpired, exc.DatabaseUnavailable,
            exc.IncompleteCommit, exc.TransientError, OSError) as error:
        raise StoreUnavailableError(
            f"Neo4j at {settings.display_uri} became unavailable during the load after "
            f"{summary.rows} of {total} rows ({_reason(error)}); every written batch is "
            f"complete: rerun the same command to finish the graph") from None
    except exc.Neo4jError as error:
        raise _client_error(error, settings) from None
    summary.seconds = time.perf_counter() - started
    return summary


def load_graph(graph: Graph, settings: Neo4jSettings, mapping: Mapping,
               batch_size: int = DEFAULT_BATCH_SIZE,
               progress: Callable[[int, int], None] | None = None) -> LoadSummary:
    """Plan, connect, write, close: the whole of ``kg load`` after reading the input."""
    plan = plan_load(graph, mapping)
    driver = connect(settings)
    try:
        return write_plan(driver, plan, settings, batch_size, progress)
    finally:
        driver.close()
