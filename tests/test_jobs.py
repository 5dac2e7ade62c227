"""``kg run``: job-file validation, incremental runs, failures, interruption, Neo4j targets."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ConfigError, StoreUnavailableError
from kg.jobs import load_job
from kg.runner import DocumentError, run_job

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
KG = str(Path(sys.executable).with_name("kg"))
EXAMPLE_DOCS = 6  # five files, one of them a .jsonl with two documents

EXTRA_ARTICLE = """\
Bundespräsident empfängt NATO-Generalsekretär

Berlin – Bundespräsident Frank-Walter Steinmeier hat am Montag (8. Juli) NATO-Generalsekretär
Jens Stoltenberg im Schloss Bellevue in Berlin empfangen. Stoltenberg forderte von den
Verbündeten höhere Verteidigungsausgaben.
"""


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of examples/ (corpus and job file), so runs do not touch the repository."""
    target = tmp_path / "examples"
    shutil.copytree(EXAMPLES, target, ignore=shutil.ignore_patterns("out", ".kg-state"))
    return target


def write_job(folder: Path, text: str) -> Path:
    path = folder / "job.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- validation

VALID_TAIL = """\
targets:
  - type: rdf
    path: out/kg.ttl
"""

# (job text, key the message must name, line it must name)
MISTAKES = [
    pytest.param("sources: [corpus/]\nsorces: [x]\n" + VALID_TAIL, "sorces", 2, id="unknown-key"),
    pytest.param("sources: [corpus/]\nlanguage: 5\n" + VALID_TAIL, "language", 2, id="wrong-type"),
    pytest.param("sources: [corpus/]\non_error: maybe\n" + VALID_TAIL, "on_error", 2,
                 id="bad-choice"),
    pytest.param("sources: corpus/\n" + VALID_TAIL, "sources", 1, id="sources-not-a-list"),
    pytest.param("name: x\n" + VALID_TAIL, "sources", 1, id="missing-sources"),
    pytest.param("sources: [corpus/]\n", "targets", 1, id="missing-targets"),
    pytest.param("sources: [corpus/]\ntargets: []\n", "targets", 2, id="empty-targets"),
    pytest.param("sources:\n  - corpus/\n  - nowhere/*.txt\n" + VALID_TAIL, "sources[1]", 3,
                 id="source-matches-nothing"),
    pytest.param("sources:\n  - missing.txt\n" + VALID_TAIL, "sources[0]", 2, id="missing-source"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: rdf\n    format: turtle\n",
                 "targets[0].path", 3, id="target-without-path"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: rdf\n    path: out/kg.ttl\n"
                 "    format: turtel\n", "targets[0].format", 5, id="unknown-format"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: rdf\n    path: out/kg.xyz\n",
                 "targets[0].format", 4, id="format-not-from-suffix"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: sparql\n", "targets[0].type", 3,
                 id="unknown-target-type"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: rdf\n    path: out/kg.ttl\n"
                 "    compress: true\n", "targets[0].compress", 5, id="unknown-target-key"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: neo4j\n    uri: bolt://localhost:7687\n"
                 "    password: secret\n", "targets[0].password", 5, id="password-in-job"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: neo4j\n    enabled: yes please\n",
                 "targets[0].enabled", 4, id="neo4j-enabled-not-bool"),
    pytest.param("sources: [corpus/]\ntargets:\n  - type: neo4j\n    batch_size: -3\n",
                 "targets[0].batch_size", 4, id="neo4j-batch-size"),
    pytest.param("sources: [corpus/]\nextraction:\n  lexicons: [no-such.yaml]\n" + VALID_TAIL,
                 "extraction.lexicons[0]", 3, id="missing-lexicon"),
    pytest.param("sources: [corpus/]\nextraction:\n  today: next week\n" + VALID_TAIL,
                 "extraction.today", 3, id="bad-date"),
    pytest.param("sources: [corpus/]\nmapping: nope.yaml\n" + VALID_TAIL, "mapping", 2,
                 id="missing-mapping"),
    pytest.param("sources: [corpus/]\nname: a\nname: b\n" + VALID_TAIL, "name", 3,
                 id="duplicate-key"),
    pytest.param("sources:\n  - path: corpus/\n    lang: de\n" + VALID_TAIL, "sources[0].lang", 3,
                 id="unknown-source-key"),
]


@pytest.mark.parametrize(("text", "key", "line"), MISTAKES)
def test_job_mistakes_name_file_line_and_key(example: Path, text: str, key: str, line: int) -> None:
    job = write_job(example, text)
    result = CliRunner().invoke(app, ["run", "--check", str(job)])
    assert result.exit_code == 2, result.output
    message = result.stderr
    assert f"{job}:{line}:" in message
    assert key in message
    assert result.stdout == ""


def test_yaml_aliases_are_refused(example: Path) -> None:
    """A 'billion laughs' job file fails at once, before anything is expanded."""
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        bomb.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    job = write_job(example, "\n".join(bomb) + "\n")
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=r"job\.yaml:1: .*anchors and aliases"):
        load_job(job)
    assert time.perf_counter() - started < 2


def test_malformed_yaml_names_the_line(example: Path) -> None:
    job = write_job(example, "sources: [corpus/]\ntargets:\n  - type: rdf\n   path: [\n")
    with pytest.raises(ConfigError, match=r"job\.yaml:\d+: malformed YAML"):
        load_job(job)


def test_check_only_validates(example: Path) -> None:
    job = example / "job.yaml"
    result = CliRunner().invoke(app, ["run", "--check", str(job)])
    assert result.exit_code == 0, result.output
    assert "ok" in result.stderr
    assert not (example / ".kg-state").exists()
    assert not (example / "out").exists()


def test_example_job_is_valid_and_relative_to_its_folder() -> None:
    job = load_job(EXAMPLES / "job.yaml")
    assert {p.name for s in job.sources for p in s.files} >= {"more-news.jsonl",
                                                               "bundestag-debatte.de.html"}
    assert job.state == EXAMPLES / ".kg-state" / "job.json"


# --------------------------------------------------------------------------- incremental runs


def test_incremental_runs(example: Path) -> None:
    """Rerun: nothing processed, RDF byte-identical; one new file: exactly one processed."""
    job = load_job(example / "job.yaml")
    first = run_job(job)
    assert (first.processed, first.failed) == (EXAMPLE_DOCS, 0)
    ttl = example / "out" / "kg.ttl"
    before = ttl.read_bytes()
    mtime = ttl.stat().st_mtime_ns
    assert b"Stoltenberg" in before
    state = json.loads((example / ".kg-state" / "job.json").read_text())
    assert len(state["documents"]) == EXAMPLE_DOCS

    second = run_job(load_job(example / "job.yaml"))
    assert (second.processed, second.unchanged) == (0, EXAMPLE_DOCS)
    assert ttl.read_bytes() == before
    assert ttl.stat().st_mtime_ns == mtime
    assert dict(second.targets)["rdf out/kg.ttl"] == "unchanged"

    (example / "corpus" / "steinmeier-stoltenberg.de.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    third = run_job(load_job(example / "job.yaml"))
    assert (third.processed, third.unchanged) == (1, EXAMPLE_DOCS)
    after = ttl.read_bytes()
    assert after != before and b"Steinmeier" in after

    # Changing one document reprocesses exactly that one; --full reprocesses all.
    path = example / "corpus" / "steinmeier-stoltenberg.de.txt"
    path.write_text(EXTRA_ARTICLE.replace("Montag (8. Juli)", "Dienstag (9. Juli)"), encoding="utf-8")
    assert run_job(load_job(example / "job.yaml")).processed == 1
    full = run_job(load_job(example / "job.yaml"), full=True)
    assert full.processed == EXAMPLE_DOCS + 1

    # A removed file leaves the graph, and the RDF is rewritten without it.
    path.unlink()
    removed = run_job(load_job(example / "job.yaml"))
    assert (removed.processed, removed.removed) == (0, 1)
    assert b"Steinmeier" not in ttl.read_bytes()
    # The RDF of the full rebuild equals the RDF built incrementally.
    assert ttl.read_bytes() == before


def test_rdf_rewritten_if_deleted_or_edited(example: Path) -> None:
    job = load_job(example / "job.yaml")
    run_job(job)
    ttl = example / "out" / "kg.ttl"
    good = ttl.read_bytes()
    ttl.write_bytes(b"garbage")
    assert run_job(job).processed == 0
    assert ttl.read_bytes() == good
    ttl.unlink()
    run_job(job)
    assert ttl.read_bytes() == good


def test_cli_run_summary_and_clean_stdout(example: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(example / "job.yaml")])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"processed={EXAMPLE_DOCS}" in result.stderr
    for word in ("documents", "entities", "relationships", "warnings", "time", "Person",
                 "HOLDS_ROLE"):
        assert word in result.stderr
    # not a terminal: one plain log line per document
    assert f"[{EXAMPLE_DOCS}/{EXAMPLE_DOCS}]" in result.stderr
    again = CliRunner().invoke(app, ["run", str(example / "job.yaml")])
    assert "processed=0" in again.stderr and f"unchanged={EXAMPLE_DOCS}" in again.stderr


# --------------------------------------------------------------------------- failures


def test_failing_document_is_skipped_and_counted(example: Path) -> None:
    (example / "corpus" / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    (example / "corpus" / "lines.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
    job = load_job(example / "job.yaml")
    result = run_job(job)
    assert result.processed == EXAMPLE_DOCS
    reasons = {f.key: f.reason for f in result.failures}
    assert set(reasons) == {"corpus/broken.txt", "corpus/lines.jsonl"}
    assert "binary" in reasons["corpus/broken.txt"]
    assert "'text'" in reasons["corpus/lines.jsonl"]
    # Failed documents are not recorded, so the next run tries them again.
    again = run_job(job)
    assert (again.processed, again.failed) == (0, 2)

    cli = CliRunner().invoke(app, ["run", str(example / "job.yaml")])
    assert cli.exit_code == 0
    assert "failed=2" in cli.stderr and "broken.txt" in cli.stderr


def test_extraction_error_is_reported_with_reason(example: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.extract.run as run_module

    real = run_module.document_graph

    def flaky(source, options):  # type: ignore[no-untyped-def]
        if "Stresa" in source.text:
            raise RuntimeError("extractor exploded")
        return real(source, options)

    monkeypatch.setattr(run_module, "document_graph", flaky)
    result = run_job(load_job(example / "job.yaml"))
    assert result.processed == EXAMPLE_DOCS - 1
    assert [(f.key, f.reason) for f in result.failures] == [
        ("corpus/more-news.jsonl#https://example.org/news/g7-stresa",
         "RuntimeError: extractor exploded")]


def test_on_error_stop(example: Path) -> None:
    (example / "corpus" / "aaa-broken.txt").write_bytes(b"\x00binary")
    job_file = example / "job.yaml"
    job_file.write_text(job_file.read_text().replace("on_error: skip", "on_error: stop"))
    with pytest.raises(DocumentError, match=r"aaa-broken\.txt.*on_error: stop"):
        run_job(load_job(job_file))
    cli = CliRunner().invoke(app, ["run", str(job_file)])
    assert cli.exit_code == 1
    assert "aaa-broken.txt" in cli.stderr


def test_neo4j_unreachable_keeps_secrets_and_resumes(example: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Store down: exit 3 after the RDF is written; the password is never printed or stored."""
    secret = "hunter2-do-not-print"
    monkeypatch.setenv("KG_TEST_PASSWORD", secret)
    job_file = write_job(example, """\
        sources: [corpus/more-news.jsonl]
        targets:
          - type: rdf
            path: out/kg.nt
          - type: neo4j
            uri: bolt://127.0.0.1:9
            user: neo4j
            password_env: KG_TEST_PASSWORD
        """)
    result = CliRunner().invoke(app, ["run", str(job_file)])
    assert result.exit_code == StoreUnavailableError.exit_code, result.output
    assert "not reachable" in result.stderr
    assert secret not in result.output
    assert (example / "out" / "kg.nt").is_file()
    for path in (example / ".kg-state").rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(encoding="utf-8")
    # The documents are done; only the Neo4j load is pending.
    with pytest.raises(StoreUnavailableError):
        run_job(load_job(job_file))


def test_neo4j_target_gets_only_new_documents(example: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a server: the loader is handed exactly the new or changed documents."""
    import kg.neo4j.loader as loader

    calls: list[set[str]] = []

    class Summary:
        rows = 1

    def fake_load(graph, settings, mapping, batch_size=1000):  # type: ignore[no-untyped-def]
        assert settings.password == "pw" and settings.user == "neo4j"
        calls.append({d.source for d in graph.documents.values()})
        return Summary()

    monkeypatch.setattr(loader, "load_graph", fake_load)
    monkeypatch.setenv("KG_TEST_PASSWORD", "pw")
    job_file = example / "job.yaml"
    job_file.write_text(job_file.read_text().replace("enabled: false", "enabled: true")
                        .replace("password_env: NEO4J_PASSWORD", "password_env: KG_TEST_PASSWORD"))
    run_job(load_job(job_file))
    assert len(calls) == 1 and len(calls[0]) == EXAMPLE_DOCS
    second = run_job(load_job(job_file))
    assert len(calls) == 1
    assert dict(second.targets)["neo4j bolt://localhost:7687/"] == "up to date"
    (example / "corpus" / "steinmeier.de.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    run_job(load_job(job_file))
    assert len(calls) == 2 and len(calls[1]) == 1 and next(iter(calls[1])).endswith("steinmeier.de.txt")


# --------------------------------------------------------------------------- interruption


@pytest.mark.slow
def test_killed_run_resumes_with_exactly_the_rest(example: Path) -> None:
    corpus = example / "corpus"
    # Enough documents that the run cannot finish between two saves of its state (at
    # most SAVE_INTERVAL apart): compiled extraction did 14 short articles within one.
    extra = 150
    for i in range(extra):
        (corpus / f"extra-{i}.de.txt").write_text(
            EXTRA_ARTICLE.replace("Montag (8. Juli)", f"Montag ({i % 28 + 1}. Juli)")
            + f"\nMeldung {i}.\n", encoding="utf-8")
    total = EXAMPLE_DOCS + extra
    state_file = example / ".kg-state" / "job.json"
    proc = subprocess.Popen([KG, "run", str(example / "job.yaml")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        done = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if state_file.exists():
                done = len(json.loads(state_file.read_text())["documents"])
                if done >= 3:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be interrupted"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        assert proc.stderr is not None
        proc.stderr.close()
    recorded = len(json.loads(state_file.read_text())["documents"])  # parses: never torn
    assert 3 <= recorded < total
    result = run_job(load_job(example / "job.yaml"))
    assert (result.processed, result.unchanged) == (total - recorded, recorded)
    assert run_job(load_job(example / "job.yaml")).processed == 0


# --------------------------------------------------------------------------- Neo4j


@pytest.mark.neo4j
def test_neo4j_target_incremental(example: Path, neo4j, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KG_JOB_TEST_PASSWORD", neo4j.password)
    job_file = write_job(example, f"""\
        sources: [corpus/]
        extraction:
          today: 2024-12-31
        targets:
          - type: rdf
            path: out/kg.ttl
          - type: neo4j
            uri: {neo4j.uri}
            user: {neo4j.user}
            password_env: KG_JOB_TEST_PASSWORD
        """)

    def counts() -> tuple[int, int]:
        nodes = neo4j.query("MATCH (n) RETURN count(n) AS c")[0]["c"]
        rels = neo4j.query("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
        return nodes, rels

    first = run_job(load_job(job_file))
    assert first.processed == EXAMPLE_DOCS
    loaded = counts()
    assert loaded[0] > 0 and loaded[1] > 0
    ttl = (example / "out" / "kg.ttl").read_bytes()

    second = run_job(load_job(job_file))
    assert second.processed == 0
    assert counts() == loaded
    assert (example / "out" / "kg.ttl").read_bytes() == ttl
    assert any(outcome == "up to date" for _, outcome in second.targets)

    (example / "corpus" / "steinmeier.de.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    third = run_job(load_job(job_file))
    assert third.processed == 1
    grown = counts()
    assert grown[0] > loaded[0]
    found = neo4j.query("MATCH (p:Person) WHERE p.name CONTAINS 'Steinmeier' RETURN count(p) AS c")
    assert found[0]["c"] == 1
