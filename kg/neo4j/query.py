"""Run a user's ``.cypher`` file against Neo4j and format the rows.

Queries run in a *read* transaction, so a query file cannot change the graph
by accident (the server refuses writes in read mode). Values are passed as
parameters (``--param name=value``), never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError
from kg.neo4j.loader import Neo4jSettings, _client_error, _reason, connect, settings_from_env
from kg.reader import read_utf8

FORMATS = ("table", "csv", "json")


def parse_params(items: Iterable[str]) -> dict[str, Any]:
    """``["name=Jens Stoltenberg", "limit=5"]`` → ``{"name": "Jens Stoltenberg", "limit": 5}``.

    A value that is valid JSON (numbers, ``true``, lists, quoted strings) is
    used as that; anything else is a plain string, so names need no quoting.
    """
    params: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise ConfigError(f"--param {item!r}: expected name=value")
        try:
            params[name] = json.loads(raw)
        except ValueError:
            params[name] = raw
    return params


def read_cypher(path: Path) -> str:
    """The query text of a file, with a clear error if it is missing or empty."""
    text = read_utf8(path)
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//")).strip()
    if not body:
        raise InputError(f"{path}: contains no query")
    return text.strip().rstrip(";")


def to_plain(value: Any) -> Any:
    """Nodes, relationships and paths as plain JSON-able data."""
    from neo4j.graph import Node, Relationship
    from neo4j.graph import Path as GraphPath

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # temporal and spatial values


def run_cypher(query: str, settings: Neo4jSettings,
               params: dict[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run one query in a read transaction; return its column names and rows."""
    from neo4j import exceptions as exc

    driver = connect(settings)

    def work(tx: Any) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(query, params or {})
        rows = [{k: to_plain(v) for k, v in record.items()} for record in result]
        return list(result.keys()), rows

    try:
        with driver.session(database=settings.database) as session:
            return session.execute_read(work)
    except (exc.ServiceUnavailable, exc.SessionExpired, exc.DatabaseUnavailable) as error:
        from kg.errors import StoreUnavailableError

        raise StoreUnavailableError(f"Neo4j at {settings.display_uri} became unavailable "
                                    f"({_reason(error)})") from None
    except exc.Neo4jError as error:
        raise _client_error(error, settings) from None
    finally:
        driver.close()


def format_rows(columns: list[str], rows: list[dict[str, Any]], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV, or a JSON list of objects."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)

    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise ConfigError(f"unknown output format {fmt!r} (use one of {', '.join(FORMATS)})")
    table = [[" ".join(cell(row.get(c)).split()) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in table]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in table]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def run_cypher_file(path: Path, uri: str | None = None, database: str | None = None,
                    params: dict[str, Any] | None = None, fmt: str = "table",
                    password_file: Path | None = None) -> str:
    """Run the Cypher query in ``path`` against Neo4j and return the formatted rows.

    This is what ``kg query --cypher FILE`` calls. ``uri`` falls back to
    ``NEO4J_URI``; credentials come from ``NEO4J_USERNAME``/``NEO4J_PASSWORD``
    (or ``password_file``) and are never part of any message. ``fmt`` is
    ``table``, ``csv`` or ``json``. Raises ``StoreUnavailableError`` (exit 3)
    when the server is down or refuses the credentials, ``InputError`` for a
    missing file, ``ConfigError`` for a bad URI or format.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r} (use one of {', '.join(FORMATS)})")
    query = read_cypher(path)
    settings = settings_from_env(uri, database, password_file)
    columns, rows = run_cypher(query, settings, params)
    return format_rows(columns, rows, fmt)
