"""Faults: a full disk, a read-only folder, Ctrl-C mid-write, a corrupt state file, a
transient Neo4j error. After each one, no partial or temporary file is left, the previous
output is byte-identical, and the message is one clear line.

Covered elsewhere (see tests/README.md): Neo4j unreachable, wrong credentials and the server
stopped mid-load (``test_neo4j_loader.py``, ``test_neo4j_restart.py``, ``test_jobs.py``); a job
killed halfway (``test_jobs.py::test_killed_run_resumes_with_exactly_the_rest``); an exception
or KeyboardInterrupt inside ``atomic_write`` (``test_rdf_cli.py``).
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT

from kg.errors import ConfigError, StoreUnavailableError
from kg.graph import Document, Graph, Node, Relationship, relationship_id

SMALL = ROOT / "tests" / "data" / "graph-small.json"
OLD = b"<urn:old> <urn:p> \"previous export\" .\n"
KG = [sys.executable, "-m", "kg.cli"]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def export(graph: Path, out: Path, **popen: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([*KG, "export", str(graph), "--to", str(out)], capture_output=True,
                          text=True, timeout=300, check=False, cwd=ROOT, env=env, **popen)  # type: ignore[call-overload]


def assert_failed_cleanly(result: subprocess.CompletedProcess[str], out: Path, reason: str) -> None:
    assert result.returncode == 4, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert reason in lines[0], lines[0]
    assert out.read_bytes() == OLD
    assert leftovers(out.parent) == []


# --------------------------------------------------------------------------- disk full


def test_file_size_limit_mid_export_keeps_the_previous_file(tmp_path: Path) -> None:
    """RLIMIT_FSIZE with SIGXFSZ ignored: the write fails with EFBIG halfway through the file."""
    out = tmp_path / "kg.nq"
    out.write_bytes(OLD)

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # the export is ~55 kB

    result = export(SMALL, out, preexec_fn=limit)
    assert_failed_cleanly(result, out, "write failed (File too large)")


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def test_full_disk_mid_export_keeps_the_previous_file(tmp_path: Path) -> None:
    """A 64 kB tmpfs with 16 kB free: ENOSPC while writing."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        out = disk / "kg.nq"
        out.write_bytes(OLD)
        (disk / "filler").write_bytes(b"\0" * (48 * 1024))
        result = export(SMALL, out)
        assert_failed_cleanly(result, out, "write failed (No space left on device)")


# --------------------------------------------------------------------------- permission denied


@pytest.fixture
def readonly_folder() -> Iterator[tuple[Path, list[str]]]:
    """A folder the export may not write into, and the command prefix that makes it so.

    Root ignores directory permissions, so as root the export runs as ``nobody``
    (``setpriv``); without setpriv, the folder is made immutable (``chattr +i``).
    """
    base = Path(tempfile.mkdtemp(prefix="kg-readonly-"))
    base.chmod(0o755)
    folder = base / "out"
    folder.mkdir()
    (folder / "kg.nq").write_bytes(OLD)
    (folder / "kg.nq").chmod(0o644)
    shutil.copy(SMALL, base / "graph.json")
    (base / "graph.json").chmod(0o644)
    prefix: list[str] = []
    immutable = False
    if os.geteuid() == 0:
        if shutil.which("setpriv"):
            prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
            folder.chmod(0o555)
        elif shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)],
                                                        check=False).returncode == 0:
            immutable = True
        else:
            shutil.rmtree(base)
            pytest.skip("running as root without setpriv or chattr: cannot deny a write")
    else:
        folder.chmod(0o555)
    try:
        yield folder, prefix
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)
        shutil.rmtree(base)


def test_permission_denied_is_exit_4_and_keeps_the_previous_file(
        readonly_folder: tuple[Path, list[str]]) -> None:
    folder, prefix = readonly_folder
    out = folder / "kg.nq"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([*prefix, *KG, "export", str(folder.parent / "graph.json"), "--to",
                             str(out)], capture_output=True, text=True, timeout=300, check=False,
                            cwd="/", env=env)
    assert result.returncode == 4, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"cannot create a file in {folder}" in lines[0]
    assert "Permission denied" in lines[0] or "Operation not permitted" in lines[0]
    assert out.read_bytes() == OLD
    assert leftovers(folder) == []


def test_exported_file_keeps_the_usual_permissions(tmp_path: Path) -> None:
    """Atomic writes go through mkstemp (mode 0600): the result must still be readable by
    others as a normally written file would be, and a replaced file keeps its mode."""
    fresh = tmp_path / "fresh.nq"
    assert export(SMALL, fresh).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    kept = tmp_path / "kept.nq"
    kept.write_bytes(OLD)
    kept.chmod(0o640)
    assert export(SMALL, kept).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


# --------------------------------------------------------------------------- Ctrl-C


def big_graph(persons: int) -> Graph:
    g = Graph()
    for d in range(20):
        g.add_document(Document(f"doc:{d}", f"Document {d}", "en", "2022-01-12", f"{d}.txt", "0" * 64))
    for i in range(persons):
        pid, doc = f"person:{i}", f"doc:{i % 20}"
        g.add_node(Node(pid, ["Person"], {"name": f"Person {i} \"quoted\" <x>"}))
        g.add_relationship(Relationship(relationship_id("MENTIONED_IN", pid, doc, doc), "MENTIONED_IN",
                                        pid, doc, {"start": i, "end": i + 5}))
    return g


@pytest.fixture(scope="module")
def big_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.graph.json"
    path.write_text(big_graph(100000).to_json(indent=None), encoding="utf-8")
    return path


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (Linux ``/proc``), 0 if it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _default_sigint() -> None:
    """A shell starting the tests in the background (``scripts/test &``) ignores SIGINT, and
    children inherit that: Python then never raises KeyboardInterrupt. The export gets
    the default, as in a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt(graph: Path, out: Path, when: str) -> tuple[int, str]:
    """Start ``kg export``, send SIGINT while serialising or while the temp file is written.

    "serialising": after 4 s of CPU time (start-up takes ~1.5 s, the whole export well over 4 s), so
    the machine's load does not matter.
    """
    with subprocess.Popen([*KG, "export", str(graph), "--to", str(out)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT,
                          preexec_fn=_default_sigint) as proc:
        try:
            deadline = time.monotonic() + 300
            while (cpu_seconds(proc.pid) < 4 if when == "serialising" else not leftovers(out.parent)):
                assert proc.poll() is None, f"the export finished before it could be interrupted ({when})"
                assert time.monotonic() < deadline
                time.sleep(0.001 if when == "writing" else 0.05)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    return proc.returncode, err


@pytest.mark.slow
@pytest.mark.parametrize("when", ["serialising", "writing"])
def test_ctrl_c_mid_export_leaves_the_previous_file_and_no_temp_file(big_json: Path, tmp_path: Path,
                                                                     when: str) -> None:
    out = tmp_path / "kg.nq"
    out.write_bytes(OLD)
    code, err = interrupt(big_json, out, when)
    assert code != 0, err
    assert "Traceback" not in err
    assert out.read_bytes() == OLD
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- job state


def test_torn_or_foreign_state_file_is_a_clear_error_and_full_rebuilds(tmp_path: Path) -> None:
    from kg.jobs import load_job
    from kg.runner import run_job

    (tmp_path / "a.txt").write_text("Bundeskanzler Olaf Scholz traf am Montag in Berlin den "
                                    "Präsidenten.\n", encoding="utf-8")
    job_file = tmp_path / "job.yaml"
    job_file.write_text("sources: [a.txt]\nlanguage: de\ntargets:\n  - type: rdf\n"
                        "    path: out/kg.nt\n", encoding="utf-8")
    state = tmp_path / ".kg-state" / "job.json"
    assert run_job(load_job(job_file)).processed == 1
    good = state.read_bytes()
    for broken in (good[: len(good) // 2], b"", b"[1, 2]", b'{"version": 99, "documents": {}}'):
        state.write_bytes(broken)
        with pytest.raises(ConfigError, match=r"job\.json: not a kg state file .*--full"):
            run_job(load_job(job_file))
    assert run_job(load_job(job_file), full=True).processed == 1
    assert run_job(load_job(job_file)).processed == 0


# --------------------------------------------------------------------------- Neo4j transient errors


class _FakeSession:
    def __init__(self, error: Exception) -> None:
        self.error = error
        self.writes = 0

    def __enter__(self) -> _FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def run(self, statement: str, **params: object) -> _FakeSession:
        return self

    def consume(self) -> None:
        return None

    def execute_write(self, work: object, *args: object) -> int:
        self.writes += 1
        if self.writes > 1:
            raise self.error  # what the driver raises once its retries are used up
        return 0


class _FakeDriver:
    def __init__(self, error: Exception) -> None:
        self.session_ = _FakeSession(error)

    def session(self, database: str | None = None) -> _FakeSession:
        return self.session_


def test_transient_error_after_retries_is_one_clear_line_naming_the_rerun() -> None:
    from neo4j.exceptions import TransientError

    from kg.mapping import load_mapping
    from kg.neo4j.loader import Neo4jSettings, plan_load, write_plan
    from kg.rdf.export import read_graph_json

    plan = plan_load(read_graph_json(SMALL), load_mapping())
    settings = Neo4jSettings("bolt://u:secret@db.example:7687", "u", "secret")
    error = TransientError("Neo.TransientError.Transaction.DeadlockDetected: deadlock")
    with pytest.raises(StoreUnavailableError) as caught:
        write_plan(_FakeDriver(error), plan, settings, batch_size=5)
    message = str(caught.value)
    assert re.search(r"became unavailable during the load after \d+ of \d+ rows", message)
    assert "rerun the same command" in message
    assert "secret" not in message and "\n" not in message


def test_driver_is_asked_to_retry_transactions_for_the_configured_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Managed transactions (``execute_write``) are retried by the driver for ``--retry-time``."""
    import neo4j

    from kg.neo4j.loader import Neo4jSettings, connect

    seen: dict[str, object] = {}

    class Driver:
        def verify_connectivity(self) -> None:
            return None

    def driver(uri: str, **kwargs: object) -> Driver:
        seen.update(kwargs, uri=uri)
        return Driver()

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", driver)
    connect(Neo4jSettings("bolt://localhost:7687", "neo4j", "pw", retry_seconds=7.5))
    assert seen["max_transaction_retry_time"] == 7.5
    assert seen["uri"] == "bolt://localhost:7687"
