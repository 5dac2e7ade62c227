"""SPARQL over exported RDF, in an embedded pyoxigraph store.

pyoxigraph (Oxigraph, Rust) is used rather than rdflib's pure-Python engine
because it parses and answers queries one to two orders of magnitude faster
on graphs of our shape (numbers in docs/rdf.md). Queries see the union of all
named graphs as their default graph, so they need no ``GRAPH`` clauses; a
query may still use ``GRAPH ?g`` to ask which document a fact came from.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError
from kg.mapping import DEFAULT_MAPPING, Mapping, load_mapping
from kg.rdf.export import export_graph, read_graphs
from kg.rdf.formats import format_for_path, oxigraph_bytes

OUTPUT_FORMATS = ("table", "csv", "json")


def load_store(paths: Iterable[Path], fmt: str | None = None) -> ox.Store:
    """An in-memory store with the inputs: RDF files are parsed, graph JSON and texts exported."""
    store = ox.Store()
    load_inputs(store, list(paths), fmt)
    prepare_store(store)
    return store


def load_inputs(store: ox.Store, paths: list[Path], fmt: str | None = None,
                bulk: bool = False) -> None:
    """Put the inputs into ``store``: RDF files parsed, graph JSON and texts exported first.

    ``bulk`` uses Oxigraph's bulk loader (no transaction, several times faster on
    large files); only for a store nobody else sees yet, as ``build_store`` makes.
    """
    others: list[Path] = []
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        rdf_format = format_for_path(path, fmt)
        if rdf_format is None:
            others.append(path)
            continue
        load = store.bulk_load if bulk else store.load
        try:
            load(path=str(path), format=rdf_format.oxigraph)
        except (SyntaxError, ValueError) as exc:
            raise InputError(f"{path}: not valid {rdf_format.name} ({exc})") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc})") from None
    if others:
        dataset = export_graph(read_graphs(others))
        store.load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)


#: What ``kg query --store DIR`` writes beside Oxigraph's files: which inputs the store
#: was built from, so a later run with the same inputs reuses it instead of loading again.
STORE_MANIFEST = "kg-store.json"
STORE_FORMAT = 1


def store_manifest(paths: list[Path], fmt: str | None) -> dict[str, Any]:
    """What identifies a store's contents: each input's path, size and modification time,
    the ``--data-format``, kg's version and the mapping (graph JSON and texts are
    extracted and exported by them)."""
    inputs = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            raise InputError(f"{path}: no such file") from None
        inputs.append({"path": str(path.resolve()), "bytes": info.st_size,
                       "modified_ns": info.st_mtime_ns})
    mapping = hashlib.sha256(DEFAULT_MAPPING.read_bytes()).hexdigest()[:16]
    return {"format": STORE_FORMAT, "kg": __version__, "inputs": inputs, "data_format": fmt,
            "mapping": mapping}


def read_manifest(store_dir: Path) -> dict[str, Any] | None:
    """The manifest of a kg store in ``store_dir``, or None if there is none."""
    try:
        return json.loads((store_dir / STORE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def open_store(store_dir: Path, paths: list[Path], fmt: str | None = None,
               log: Callable[[str], None] | None = None) -> ox.Store:
    """A persistent on-disk store for ``kg query --store DIR``: built once, then reused.

    Loading is most of a query's time on a large corpus (~15 minutes for the
    28M quads of 10,000 documents), so the store is kept in ``store_dir`` and
    reused while the inputs are the same files, unchanged; changed inputs
    rebuild it. Without inputs, the existing store is used as it is. A
    directory that holds something other than a kg store is never touched.
    The store is built beside ``store_dir`` and moved into place when
    complete, so an interrupted build leaves the old store (or none), never a
    half-loaded one. Queries open it read-only: several can run at once.
    """
    log = log or (lambda _message: None)
    existing = read_manifest(store_dir)
    if store_dir.exists() and existing is None and (not store_dir.is_dir()
                                                    or any(store_dir.iterdir())):
        raise InputError(f"{store_dir}: not a kg query store (no {STORE_MANIFEST}); "
                         f"give an empty or new directory")
    if not paths:
        if existing is None:
            raise InputError(f"{store_dir}: no kg query store there yet; build it with "
                             f"kg query --store {store_dir} DATA... QUERY.rq")
    else:
        wanted = store_manifest(paths, fmt)
        if existing is None or {k: v for k, v in existing.items() if k != "quads"} != wanted:
            log(f"{'rebuilding' if existing else 'building'} the store in {store_dir} from "
                f"{len(paths)} file{'s' if len(paths) != 1 else ''}")
            build_store(store_dir, paths, fmt, wanted, log)
        else:
            log(f"using the store in {store_dir} (built from the same files)")
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise InputError(f"{store_dir}: cannot open the store ({exc})") from None


def build_store(store_dir: Path, paths: list[Path], fmt: str | None,
                manifest: dict[str, Any], log: Callable[[str], None]) -> None:
    """Load, lay out and optimise a store in a sibling directory, then swap it in."""
    started = time.perf_counter()
    parent = store_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.building-", dir=parent))
    try:
        store = ox.Store(str(building))
        load_inputs(store, paths, fmt, bulk=True)
        log(f"loaded {len(store):,} quads; merging the document graphs and counting mentions")
        prepare_store(store, bulk=True)
        store.flush()
        store.optimize()
        manifest = dict(manifest, quads=len(store))
        del store  # closes the database before it is moved
        (building / STORE_MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        old = None
        if store_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.old-", dir=parent))
            store_dir.rename(old / "store")
        building.rename(store_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    log(f"store ready in {store_dir}: {manifest['quads']:,} quads in "
        f"{time.perf_counter() - started:.1f} s")


def prepare_store(store: ox.Store, bulk: bool = False) -> None:
    """Lay out a loaded store for queries: the merged default graph, then its statistics.

    What `kg query` runs on; the benchmark builds its stores the same way. ``bulk``
    as in ``load_inputs``.
    """
    if not any(True for _ in store.named_graphs()):
        restore_document_graphs(store)
    merge_into_default_graph(store, bulk)
    add_statistics(store)


#: Each document's named graph rebuilt from the reified statements (the exporter puts a
#: relationship's direct triple and its statement's triples into its document's graph).
#: The direct triple is the one the statement reifies, whichever way the mapping writes it
#: (a kg:Mention gives back ``<document> schema:mentions <entity>``).
RESTORE_GRAPHS_UPDATE = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
INSERT { GRAPH ?g { ?s ?p ?o . ?statement ?sp ?so } }
WHERE {
  VALUES ?kind { kg:Assertion kg:Mention }
  ?g a prov:Entity ; prov:wasDerivedFrom ?doc .
  ?statement a ?kind ; prov:wasDerivedFrom ?doc ;
             rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ?sp ?so .
}
"""


def restore_document_graphs(store: ox.Store) -> None:
    """Put each document's facts back into its named graph, for triple-only inputs.

    Turtle and N-Triples exports flatten the per-document graphs, but every fact keeps
    its statement with ``prov:wasDerivedFrom`` its document, and every document graph
    is described (``prov:wasDerivedFrom`` the document) in the default graph: so the
    graphs can be rebuilt exactly, and queries that read them (``GRAPH ?g { … }``,
    ``queries/posts.rq``) answer the same from any export format.
    """
    store.update(RESTORE_GRAPHS_UPDATE)


def default_graph_copies(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """The default-graph copy of every named-graph quad: what the merge adds to a store.

    For loading in batches (the bench's large store): adding each batch's copies gives
    the same store as ``merge_into_default_graph`` once at the end, since a graph is a set.
    """
    default = ox.DefaultGraph()
    for q in quads:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object, default)


def merge_into_default_graph(store: ox.Store, bulk: bool = False) -> None:
    """Copy every triple of every named graph into the default graph, once.

    Queries then run over the merged graph in which a fact read from several
    documents is one triple. (Oxigraph's "default graph as union" mode returns
    such a triple once per graph, and joins over those duplicates grew
    faster than the corpus: seconds at a few hundred documents.) The named
    graphs stay, so ``GRAPH ?g { … }`` still finds each document's facts.
    The copies are added in chunks while the store is read: its iterator reads
    a snapshot, and the copies it yields are skipped anyway.
    """
    add = store.bulk_extend if bulk else store.extend
    copies = default_graph_copies(store.quads_for_pattern(None, None, None, None))
    while chunk := list(islice(copies, MERGE_CHUNK)):
        add(chunk)


#: Quads copied per step by ``merge_into_default_graph``: a 10,000-document graph has
#: ~14M quads in named graphs, too many to hold as Python objects at once.
MERGE_CHUNK = 200_000


#: Derived per-entity counts (declared in schemas/kg.ttl), added to the merged default graph
#: for persons, organisations, places and posts: the nodes that recur across documents
#: (meetings, demands and statements belong to the document they were read from).
#: Not in exports: counted over one file they would be wrong once several are queried together.
#: A kg:Mention reifies the mention triple the way the mapping writes it: ``<document>
#: schema:mentions <entity>`` with MENTIONED_IN ``rdf_inverse`` (schemas/mapping.yaml), the
#: entity then its rdf:object; ``$DOCUMENT_END`` and ``$ENTITY_END`` say which
#: (``statistics_update``).
STATISTICS_UPDATE = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
DELETE WHERE { ?e kg:documentCount ?documents } ;
DELETE WHERE { ?e kg:mentionTotal ?mentions } ;
INSERT { ?e kg:documentCount ?documents ; kg:mentionTotal ?mentions }
WHERE {
  {
    SELECT ?e (COUNT(DISTINCT ?doc) AS ?documents) (SUM(?n) AS ?mentions)
    WHERE {
      ?m a kg:Mention ; $DOCUMENT_END ?doc ; $ENTITY_END ?e .
      OPTIONAL { ?m kg:mentionCount ?count }
      BIND(COALESCE(?count, 1) AS ?n)
    }
    GROUP BY ?e
  }
  FILTER EXISTS {
    VALUES ?class { kg:Person kg:Organisation kg:Place kg:Country kg:Role }
    ?e a ?class
  }
}
"""


def statistics_update(mapping: Mapping | None = None) -> str:
    """``STATISTICS_UPDATE`` for the mapping's direction of ``MENTIONED_IN``."""
    from_document = (mapping or load_mapping()).is_rdf_inverse("MENTIONED_IN")
    document_end, entity_end = ("rdf:subject", "rdf:object") if from_document \
        else ("rdf:object", "rdf:subject")
    return STATISTICS_UPDATE.replace("$DOCUMENT_END", document_end).replace("$ENTITY_END", entity_end)


def add_statistics(store: ox.Store, mapping: Mapping | None = None) -> None:
    """Give every mentioned entity ``kg:documentCount`` and ``kg:mentionTotal`` (default graph).

    "Mentioned in the most documents" needs a count over every ``kg:Mention``: about half
    a million of them in 10,000 documents, over a second per query in Oxigraph. Counted
    once when the store is built, it makes ranking entities, and picking the prominent
    ones to look at, a scan of a few hundred triples (``queries/most-mentioned.rq``,
    ``queries/posts.rq``). Only entities that recur across documents get counts, so that
    scan does not grow with the number of documents' own meetings, demands, statements.
    Run after the merge (it counts the merged default graph); it replaces earlier counts,
    so it can be rerun after more data is loaded.
    """
    store.update(statistics_update(mapping))


@dataclass
class Table:
    """A SELECT result: variable names and rows of terms (None where unbound)."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]]

    def values(self) -> list[dict[str, str | None]]:
        """Rows as plain strings (IRIs and lexical forms), handy for tests and JSON."""
        return [{v: (None if t is None else _plain(t)) for v, t in zip(self.variables, row, strict=True)}
                for row in self.rows]


def _plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term.value
    return str(term)


def run_query(store: ox.Store, query: str, source: str = "query",
              mapping: Mapping | None = None) -> Table | bool | list[ox.Triple]:
    """Run a query; SELECT gives a Table, ASK a bool, CONSTRUCT/DESCRIBE triples.

    The mapping's prefixes are predeclared, so queries may use kg:, schema:,
    prov: … without PREFIX lines.
    """
    mapping = mapping or load_mapping()
    try:
        result = store.query(query, prefixes=mapping.prefixes)
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        if len(message) > 160:
            message = message[:160] + "…"
        raise InputError(f"{source}: SPARQL syntax error: {message}") from None
    except OSError as exc:
        raise InputError(f"{source}: query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [[solution[v] for v in variables] for solution in result]
        return Table(variables, rows)
    return list(result)


def render(result: Table | bool | list[ox.Triple], output: str = "table",
           mapping: Mapping | None = None) -> str:
    """The result as a text table, CSV (W3C SPARQL CSV: lexical values) or JSON."""
    mapping = mapping or load_mapping()
    if isinstance(result, bool):
        return json.dumps({"boolean": result}) if output == "json" else str(result).lower()
    if isinstance(result, list):
        return oxigraph_bytes(result, ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.values():
            writer.writerow(["" if row[v] is None else row[v] for v in result.variables])
        return buffer.getvalue()
    if output == "json":
        return json.dumps(result.values(), ensure_ascii=False, indent=2)
    return _table(result, mapping)


def _short(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, mapping: Mapping) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in sorted(mapping.prefixes.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value.replace("\r", "\\r").replace("\n", "\\n")
    return str(term)


def _table(result: Table, mapping: Mapping) -> str:
    cells = [[_short(t, mapping) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(result.variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
