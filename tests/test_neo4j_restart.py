"""Neo4j going away before and during a load, and the rerun that completes it.

This really stops the test server (``scripts/neo4j-test-server stop
--keep-data``) while ``kg load`` runs in a subprocess, so it needs a server
the script controls.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.graph import Document, Graph, Node, Relationship, relationship_id

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
PERSONS = 30000
DOCS = 30


def big_graph() -> Graph:
    """Many small rows, so a load takes long enough to be interrupted."""
    g = Graph()
    for d in range(DOCS):
        g.add_document(Document(f"doc:{d}", f"Document {d}", "en", "2022-01-12", f"{d}.txt", "0" * 64))
    for i in range(PERSONS):
        pid = f"person:{i}"
        g.add_node(Node(pid, ["Person"], {"name": f"Person {i}", "aliases": [f"P{i}"]}))
        doc = f"doc:{i % DOCS}"
        g.add_relationship(Relationship(relationship_id("MENTIONED_IN", pid, doc, doc),
                                        "MENTIONED_IN", pid, doc, {"start": i, "end": i + 5}))
    return g


def counts(server) -> tuple[int, int]:
    return (server.query("MATCH (n) RETURN count(n) AS c")[0]["c"],
            server.query("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"])


def kg_load(server, path: Path, *extra: str, wait: bool = True, batch_size: int = 1000):
    cmd = [sys.executable, "-m", "kg.cli", "load", str(path), "--batch-size", str(batch_size),
           "--retry-time", "3", *extra]
    if wait:
        return subprocess.run(cmd, capture_output=True, text=True, env=server.env(), cwd=ROOT,
                              check=False, timeout=600)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=server.env(), cwd=ROOT)


def test_stopped_before_and_during_a_load_then_rerun_completes(neo4j, tmp_path):
    if not neo4j.restartable:
        pytest.skip("the Neo4j server is not controlled by scripts/neo4j-test-server")
    graph = big_graph()
    path = tmp_path / "big.graph.json"
    path.write_text(graph.to_json(indent=None), encoding="utf-8")
    expected = (PERSONS + DOCS, PERSONS)

    proc = kg_load(neo4j, path, wait=False, batch_size=100)  # many small transactions
    try:
        deadline = time.monotonic() + 120
        while counts(neo4j)[0] < 2000:  # some batches are committed: the load is under way
            assert proc.poll() is None, "the load finished before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        stopped = neo4j.script("stop", "--keep-data")
        assert stopped.returncode == 0, stopped.stderr
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    try:
        assert proc.returncode == 3, err
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith(f"kg: error: Neo4j at {neo4j.uri} ")
        assert "rerun the same command" in lines[0] or "not reachable" in lines[0]
        assert neo4j.password not in err

        # Stopped before a load: one line, exit 3, nothing written.
        down = kg_load(neo4j, path)
        assert down.returncode == 3
        assert down.stderr.strip().splitlines() == [down.stderr.strip()]
        assert "is not reachable" in down.stderr and "is the server running?" in down.stderr
    finally:
        started = neo4j.script("start", timeout=600)
        assert started.returncode == 0, started.stderr
    partial = counts(neo4j)
    assert partial[0] < expected[0] or partial[1] < expected[1], "nothing was interrupted"

    rerun = kg_load(neo4j, path)
    assert rerun.returncode == 0, rerun.stderr
    assert counts(neo4j) == expected
    dupes = neo4j.query("MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS d")
    assert dupes[0]["d"] == 0
    rel_dupes = neo4j.query("MATCH ()-[r]->() WITH r.id AS id, count(*) AS c WHERE c > 1 "
                            "RETURN count(id) AS d")
    assert rel_dupes[0]["d"] == 0

    # The same as a clean load of the same file.
    interrupted = neo4j.query("MATCH (p:Person)-[m:MENTIONED_IN]->(d) RETURN p.id AS id, "
                              "p.aliases AS a, d.id AS d, m.start AS s ORDER BY id")
    neo4j.clear()
    clean = kg_load(neo4j, path)
    assert clean.returncode == 0, clean.stderr
    assert counts(neo4j) == expected
    assert neo4j.query("MATCH (p:Person)-[m:MENTIONED_IN]->(d) RETURN p.id AS id, "
                       "p.aliases AS a, d.id AS d, m.start AS s ORDER BY id") == interrupted
