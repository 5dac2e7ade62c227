"""Shared pytest fixtures. Each section is self-contained; append new ones below."""

from __future__ import annotations

# --------------------------------------------------------------------------- Neo4j
#
# Tests marked ``neo4j`` run against a real Neo4j 5.26. The ``neo4j_server``
# session fixture uses a running server if NEO4J_TEST_URI (or NEO4J_URI) is
# set and answers; otherwise it starts one with ``scripts/neo4j-test-server``
# and stops it at the end. If there is no server, the tests are skipped, or
# fail when KG_REQUIRE_NEO4J=1 (as in CI), so a missing server is never
# mistaken for a pass. The ``neo4j`` fixture gives each test an empty database.
import os as _os
import re as _re
import subprocess as _subprocess
from collections.abc import Iterator as _Iterator
from dataclasses import dataclass as _dataclass
from dataclasses import field as _field
from pathlib import Path as _Path
from typing import Any as _Any

import pytest as _pytest

_ROOT = _Path(__file__).resolve().parent.parent
NEO4J_SCRIPT = _ROOT / "scripts" / "neo4j-test-server"


@_dataclass
class Neo4jServer:
    """Where the test server is, and how to stop and start it (if we may)."""

    uri: str
    user: str
    password: str = _field(repr=False)
    restartable: bool = False

    def env(self, **extra: str) -> dict[str, str]:
        """The environment a ``kg`` subprocess needs to reach this server."""
        env = dict(_os.environ)
        env.update(NEO4J_URI=self.uri, NEO4J_USERNAME=self.user, NEO4J_PASSWORD=self.password)
        env.update(extra)
        return env

    def settings(self, **kwargs: _Any) -> _Any:
        from kg.neo4j.loader import Neo4jSettings

        return Neo4jSettings(uri=self.uri, user=self.user, password=self.password, **kwargs)

    def query(self, cypher: str, **params: _Any) -> list[dict[str, _Any]]:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.uri, auth=(self.user, self.password),
                                  notifications_min_severity="OFF") as driver:
            records, _, _ = driver.execute_query(cypher, params)
            return [r.data() for r in records]

    def clear(self) -> None:
        """Delete everything, in chunks (an auto-commit query: big graphs fit the heap)."""
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.uri, auth=(self.user, self.password),
                                  notifications_min_severity="OFF") as driver, \
                driver.session() as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } "
                        "IN TRANSACTIONS OF 10000 ROWS").consume()

    def script(self, *args: str, timeout: float = 180) -> _subprocess.CompletedProcess[str]:
        return _subprocess.run([str(NEO4J_SCRIPT), *args], capture_output=True, text=True,
                               timeout=timeout, check=False, cwd=_ROOT)


def _neo4j_unavailable(reason: str) -> None:
    if _os.environ.get("KG_REQUIRE_NEO4J") == "1":
        _pytest.fail(f"Neo4j required (KG_REQUIRE_NEO4J=1) but unavailable: {reason}",
                     pytrace=False)
    _pytest.skip(f"Neo4j unavailable: {reason}")


def _answers(uri: str, user: str, password: str) -> str | None:
    """None if the server answers with these credentials, else why not."""
    from neo4j import GraphDatabase

    try:
        with GraphDatabase.driver(uri, auth=(user, password), connection_timeout=5) as driver:
            driver.verify_connectivity()
    except Exception as error:  # any failure means: not usable for tests
        return f"{type(error).__name__} at {uri}"
    return None


def _parse_env_lines(text: str) -> dict[str, str]:
    """NEO4J_URI=... lines (optionally ``export``-ed and quoted) from the script."""
    out = {}
    for line in text.splitlines():
        m = _re.match(r"^\s*(?:export\s+)?(NEO4J_[A-Z_]+)=(.*)$", line)
        if m:
            out[m.group(1)] = m.group(2).strip().strip("'\"")
    return out


@_pytest.fixture(scope="session")
def neo4j_server() -> _Iterator[Neo4jServer]:
    uri = _os.environ.get("NEO4J_TEST_URI") or _os.environ.get("NEO4J_URI")
    if uri:
        user = _os.environ.get("NEO4J_TEST_USERNAME") or _os.environ.get("NEO4J_USERNAME") or "neo4j"
        password = _os.environ.get("NEO4J_TEST_PASSWORD") or _os.environ.get("NEO4J_PASSWORD") or ""
        if _answers(uri, user, password) is None:
            server = Neo4jServer(uri, user, password)
            # A server the script started may be stopped and started by the tests.
            if NEO4J_SCRIPT.exists():
                env = _parse_env_lines(server.script("env").stdout)
                server.restartable = env.get("NEO4J_URI") == uri
            yield server
            return
    if not NEO4J_SCRIPT.exists():
        _neo4j_unavailable(f"{NEO4J_SCRIPT.relative_to(_ROOT)} does not exist and no "
                           f"NEO4J_TEST_URI is set")
    started = Neo4jServer("", "", "").script("start", timeout=600)
    env = _parse_env_lines(started.stdout)
    if started.returncode != 0 or "NEO4J_URI" not in env:
        _neo4j_unavailable(f"scripts/neo4j-test-server start failed "
                           f"(exit {started.returncode}): {started.stderr.strip()[-500:]}")
    server = Neo4jServer(env["NEO4J_URI"], env.get("NEO4J_USERNAME", "neo4j"),
                         env.get("NEO4J_PASSWORD", ""), restartable=True)
    reason = _answers(server.uri, server.user, server.password)
    if reason:
        server.script("stop")
        _neo4j_unavailable(f"started, but {reason}")
    try:
        yield server
    finally:
        server.script("stop")


@_pytest.fixture
def neo4j(neo4j_server: Neo4jServer) -> Neo4jServer:
    """The test server with an empty database (constraints may remain)."""
    neo4j_server.clear()
    return neo4j_server
