"""Security: hostile document text stays text in the HTML report (checked in Chromium), and
credentials never reach logs, errors, the job state or the report.

Covered elsewhere (see tests/README.md): the report's escaping without a browser
(``test_report.py::test_document_text_is_escaped``), the password never printed by ``kg load``
(``test_neo4j_loader.py``), credentials only from the environment or ``--password-file``
(``test_neo4j_queries.py::test_settings_come_from_the_environment``), passwords refused in job
files (``test_jobs.py``, ids ``password-in-job``), the state file free of secrets
(``test_jobs.py::test_neo4j_unreachable_keeps_secrets_and_resumes``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import Document, Graph, Node, Relationship

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cr3t-Pa55word-never-shown"

# Each payload, if it ran, would leave a mark in the DOM that --dump-dom shows.
PAYLOADS = [
    "<script>document.documentElement.setAttribute('data-pwned', 'script')</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">",
    "</script><script>document.documentElement.setAttribute('data-pwned', 'json')</script>",
    "<svg onload=\"document.documentElement.setAttribute('data-pwned', 'svg')\"></svg>",
    "<iframe srcdoc=\"<p>x</p>\"></iframe>",
]
TEXT = "Angela Merkel sagte: " + " ".join(PAYLOADS) + " Ende."


def hostile_graph() -> Graph:
    graph = Graph()
    doc = Document(id="doc:1", title=PAYLOADS[0], lang="de", published="2024-01-01",
                   source=PAYLOADS[1], sha256="0" * 64, text=TEXT)
    graph.add_document(doc)
    graph.add_node(Node("doc:1", ["Document"], {"title": doc.title}))
    graph.add_node(Node("person:angela-merkel", ["Person"], {"name": "Angela Merkel",
                                                            "aliases": [PAYLOADS[3]]}))
    graph.add_node(Node("demand:x", ["Demand"], {"text": PAYLOADS[2]}))
    graph.add_node(Node("organisation:evil", ["Organisation"], {"name": PAYLOADS[1]}))
    graph.add_relationship(Relationship("rel:m", "MENTIONED_IN", "person:angela-merkel", "doc:1",
                                        {"start": 0, "end": 13, "starts": [0], "ends": [13]}))
    graph.add_relationship(Relationship("rel:d", "DEMANDS", "person:angela-merkel", "demand:x",
                                        {"doc": "doc:1", "evidence": TEXT, "evidence_start": 0,
                                         "evidence_end": len(TEXT), "extractor": PAYLOADS[4],
                                         "confidence": 0.5}))
    return graph


@pytest.mark.browser
def test_hostile_document_text_is_shown_as_text_in_chromium(tmp_path: Path) -> None:
    chromium = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                     if shutil.which(n)), None)
    if chromium is None:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail("browser required (KG_REQUIRE_BROWSER=1) but Chromium is not installed")
        pytest.skip("headless Chromium is not installed (apt-get install -y chromium)")
    graph_file = tmp_path / "hostile.json"
    graph_file.write_text(hostile_graph().to_json(), encoding="utf-8")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(graph_file), "--out", str(page)])
    assert result.exit_code == 0, result.output
    dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update",
                          "--disable-sync", "--disable-dev-shm-usage",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                          "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=False)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    # A payload that ran would have set the attribute data-pwned="..." on <html>.
    assert 'data-pwned="' not in html, re.findall(r'data-pwned="[^"]*"', html)
    # The graph script ran (so scripts were not simply blocked) ...
    assert re.search(r'<svg id="graph"[^>]*data-rendered="true"', html)
    # ... and every payload is on the page as text, escaped.
    assert "&lt;script&gt;document.documentElement" in html
    assert "&lt;img src=x onerror=" in html
    assert not re.search(r"<img[^>]*onerror", html)
    assert not re.search(r"<iframe", html)


@pytest.mark.slow
def test_credentials_never_reach_output_state_or_report(tmp_path: Path) -> None:
    """A job with a Neo4j target that is down: the secret is in the environment only."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bundeskanzler Olaf Scholz traf am Montag in Berlin den "
                                  "Präsidenten.\n", encoding="utf-8")
    job = tmp_path / "job.yaml"
    job.write_text("sources: [corpus/]\nlanguage: de\ntargets:\n  - type: rdf\n    path: out/kg.ttl\n"
                   "  - type: neo4j\n    uri: bolt://127.0.0.1:9\n    user: admin\n"
                   "    password_env: KG_SECRET_FOR_TEST\n", encoding="utf-8")
    env = dict(os.environ, KG_SECRET_FOR_TEST=SECRET, NEO4J_PASSWORD=SECRET)
    kg = [sys.executable, "-m", "kg.cli"]
    run = subprocess.run([*kg, "run", str(job)], capture_output=True, text=True, timeout=300,
                         check=False, cwd=ROOT, env=env)
    assert run.returncode == 3, run.stderr
    report = subprocess.run([*kg, "report", str(job), "--out", str(tmp_path / "report.html")],
                            capture_output=True, text=True, timeout=300, check=False, cwd=ROOT, env=env)
    assert report.returncode == 0, report.stderr
    load = subprocess.run([*kg, "load", str(ROOT / "tests" / "data" / "graph-small.json"), "--neo4j",
                           f"bolt://admin:{SECRET}@127.0.0.1:9"], capture_output=True, text=True,
                          timeout=300, check=False, cwd=ROOT, env=env)
    assert load.returncode == 3 and "bolt://127.0.0.1:9" in load.stderr, load.stderr
    for output in (run.stdout, run.stderr, report.stdout, report.stderr, load.stdout, load.stderr):
        assert SECRET not in output
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "report.html" for p in files) and any(p.suffix == ".json" for p in files)
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path
