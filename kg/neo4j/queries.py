"""Every Cypher statement kg sends to Neo4j, in one module.

Neo4j cannot take labels, relationship types or property keys as query
parameters, so those few names are spliced into the statement text. That is
the only injection risk in the loader, and it is closed here: a name is used
only if the mapping whitelists it (``Mapping.neo4j_label`` / ``neo4j_type``)
*and* it matches a plain identifier, and it is backtick-quoted even then.
Everything else, every id and every value, is a parameter, and all writes are
``UNWIND $rows`` batches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.errors import ConfigError, InputError
from kg.mapping import Mapping

#: What a label, type or property key must look like before it is quoted into Cypher.
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: Node properties whose values are unioned, not overwritten, when nodes merge.
UNION_PROPERTIES = frozenset({"aliases"})


def quote(name: str, what: str = "name") -> str:
    """Backtick-quote an identifier after checking it is a plain one.

    The check makes the quoting belt and braces: a name that passed it cannot
    contain a backtick, so it cannot close the quotes.
    """
    if not isinstance(name, str) or not IDENTIFIER.match(name):
        raise ConfigError(f"refusing {what} {name!r}: not a plain identifier [A-Za-z_][A-Za-z0-9_]*")
    return f"`{name}`"


def label(mapping: Mapping, graph_label: str) -> str:
    """The quoted Neo4j label for a graph-model label, only if whitelisted."""
    return quote(mapping.neo4j_label(graph_label), "label")


def rel_type(mapping: Mapping, graph_type: str) -> str:
    """The quoted Neo4j relationship type for a graph-model type, only if whitelisted."""
    return quote(mapping.neo4j_type(graph_type), "relationship type")


def property_key(key: str) -> str:
    """A quoted property key; keys come from input files, so they are checked too."""
    if not isinstance(key, str) or not IDENTIFIER.match(key):
        raise InputError(f"property key {key!r} is not a plain identifier [A-Za-z_][A-Za-z0-9_]*")
    return f"`{key}`"


def node_constraint(mapping: Mapping, graph_label: str) -> str:
    """Uniqueness of ``id`` per label: it also creates the index every MERGE uses."""
    neo = mapping.neo4j_label(graph_label)
    name = quote(f"kg_{neo}_id", "constraint name")
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{quote(neo, 'label')}) REQUIRE n.id IS UNIQUE"


def relationship_constraint(mapping: Mapping, graph_type: str) -> str:
    """Uniqueness of a relationship's ``id`` per type (community edition has it since 5.7)."""
    neo = mapping.neo4j_type(graph_type)
    name = quote(f"kg_{neo}_id", "constraint name")
    return (f"CREATE CONSTRAINT {name} IF NOT EXISTS "
            f"FOR ()-[r:{quote(neo, 'relationship type')}]-() REQUIRE r.id IS UNIQUE")


def merge_nodes(mapping: Mapping, primary: str, extra_labels: Iterable[str],
                keys: Iterable[str]) -> str:
    """MERGE a batch of nodes on ``(:primary {id})``.

    Rows are ``{id, props}``. A property already in the store keeps its value
    (``coalesce``), as ``Node.merge`` keeps the first value seen, so loading
    documents one at a time gives the same graph as loading them together;
    ``aliases`` are unioned (a ``COLLECT`` subquery: community edition has no
    APOC). The statement names the union of the batch's
    property keys; a row without a key leaves that property as it is.
    """
    lines = ["UNWIND $rows AS row", f"MERGE (n:{label(mapping, primary)} {{id: row.id}})"]
    for extra in sorted(set(extra_labels) - {primary}):
        lines.append(f"SET n:{label(mapping, extra)}")
    for key in sorted(set(keys) - {"id"}):
        q = property_key(key)
        if key in UNION_PROPERTIES:
            # Union, de-duplicated, sorted and without the name itself: the same
            # list ``Graph.to_dict`` gives, whatever order the documents came in.
            lines.append(f"SET n.{q} = CASE WHEN row.props.{q} IS NULL THEN n.{q} "
                         f"ELSE COLLECT {{ UNWIND coalesce(n.{q}, []) + row.props.{q} AS a "
                         f"WITH DISTINCT a WHERE a <> coalesce(n.name, row.props.name, '') "
                         f"RETURN a ORDER BY a }} END")
        else:
            lines.append(f"SET n.{q} = coalesce(n.{q}, row.props.{q})")
    return "\n".join(lines)


def merge_relationships(mapping: Mapping, graph_type: str, start_label: str, end_label: str) -> str:
    """MERGE a batch of relationships of one type on their ``id``.

    Rows are ``{id, start, end, props}``. The end nodes are matched through
    their label so the ``id`` index is used. Relationship properties are the
    evidence of one reading; a repeated load sets them again (same values).
    """
    return "\n".join([
        "UNWIND $rows AS row",
        f"MATCH (a:{label(mapping, start_label)} {{id: row.start}})",
        f"MATCH (b:{label(mapping, end_label)} {{id: row.end}})",
        f"MERGE (a)-[r:{rel_type(mapping, graph_type)} {{id: row.id}}]->(b)",
        "SET r += row.props",
    ])


def existing_relationships(mapping: Mapping, graph_type: str) -> str:
    """Which of ``$ids`` are already relationships of this type: one index seek each.

    A read on the relationship-id constraint's index, without locks: it lets
    the loader ``CREATE`` the relationships that are certainly new and keep
    ``MERGE`` for the rest (see ``create_relationships``).
    """
    return (f"UNWIND $ids AS id MATCH ()-[r:{rel_type(mapping, graph_type)} {{id: id}}]->() "
            f"RETURN collect(id) AS found")


def create_relationships(mapping: Mapping, graph_type: str, start_label: str, end_label: str,
                         keys: Iterable[str]) -> str:
    """CREATE a batch of relationships whose ``id`` is not in the store yet.

    Same rows as ``merge_relationships``, same result for a new id, but without
    ``MERGE``'s locking re-read of the id index and its locks on both end nodes,
    and with the properties in the ``CREATE`` (``SET r += row.props`` needs an
    ``Eager``): ~30 % less server CPU per relationship (``bench/README.md``).
    The batch's property keys are named, so the statement has no map
    parameter to splice; a row without a key gets no such property (a ``null``
    in ``CREATE`` sets nothing). If another writer creates one of the ids first,
    the relationship-id constraint fails the transaction instead of making a
    duplicate; the loader then writes that transaction with ``MERGE``.
    """
    props = ", ".join(["id: row.id"] + [f"{property_key(k)}: row.props.{property_key(k)}"
                                        for k in sorted(set(keys) - {"id"})])
    return "\n".join([
        "UNWIND $rows AS row",
        f"MATCH (a:{label(mapping, start_label)} {{id: row.start}})",
        f"MATCH (b:{label(mapping, end_label)} {{id: row.end}})",
        f"CREATE (a)-[r:{rel_type(mapping, graph_type)} {{{props}}}]->(b)",
    ])


#: Counting what is in the store, for tests and for ``kg load`` summaries.
COUNT_NODES = "MATCH (n) RETURN count(n) AS count"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count"
