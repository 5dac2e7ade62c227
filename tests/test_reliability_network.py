"""Nothing in kg opens a network connection except to the Neo4j URI the user configured.

Each ``kg`` command runs in a subprocess with a ``sitecustomize`` (put first on PYTHONPATH)
that installs an audit hook (``sys.addaudithook``) recording every ``socket.connect``,
``socket.sendto``/``sendmsg`` and ``socket.getaddrinfo``. ``extract``, ``export``, ``query``,
``validate``, ``report`` and ``run`` (RDF target, HTML input through trafilatura) must record
nothing; ``kg load`` may only reach the configured Neo4j host and port.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import ROOT

SITECUSTOMIZE = '''\
import os
import sys

_LOG = os.environ.get("KG_NETWORK_LOG")
_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo"}


def _hook(event, args):
    if _LOG and event in _EVENTS:
        address = args[1] if event != "socket.getaddrinfo" else args[:2]
        if isinstance(address, tuple) and len(address) >= 2:  # (host, port[, flow, scope])
            address = f"{address[0]} {address[1]}"
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{event} {address}\\n")


sys.addaudithook(_hook)
'''

GRAPH = ROOT / "tests" / "data" / "graph-small.json"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("audit")
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return folder


def run_audited(hook: Path, log: Path, args: list[str], env: dict[str, str] | None = None,
                ) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    env = dict(env or os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(hook), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["KG_NETWORK_LOG"] = str(log)
    # Proxies must not matter: nothing should even try.
    env.setdefault("HTTP_PROXY", "http://192.0.2.1:9")
    env.setdefault("HTTPS_PROXY", "http://192.0.2.1:9")
    result = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                            timeout=600, check=False, cwd=ROOT, env=env)
    events = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return result, events


def test_the_audit_hook_sees_connections(audited: Path, tmp_path: Path) -> None:
    """The probe itself works: a connection attempt is recorded."""
    env = dict(os.environ, PYTHONPATH=str(audited), KG_NETWORK_LOG=str(tmp_path / "log"))
    code = ("import socket\ns = socket.socket()\ns.settimeout(0.2)\n"
            "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert (tmp_path / "log").read_text(encoding="utf-8").splitlines() == [
        "socket.connect 127.0.0.1 9"]


@pytest.mark.slow
def test_offline_commands_open_no_connection(audited: Path, tmp_path: Path) -> None:
    examples = tmp_path / "examples"
    shutil.copytree(EXAMPLES, examples, ignore=shutil.ignore_patterns("out", ".kg-state"))
    ttl = tmp_path / "graph.ttl"
    commands = {
        "extract": ["extract", str(examples / "corpus" / "bundestag-debatte.de.html"),
                    str(examples / "corpus" / "un-security-council.en.txt")],
        "export": ["export", str(GRAPH), "--to", str(ttl)],
        "validate": ["validate", str(GRAPH)],
        "report": ["report", str(GRAPH), "--out", str(tmp_path / "report.html")],
        "run": ["run", str(examples / "job.yaml")],
    }

    def one(name: str, args: list[str]) -> tuple[subprocess.CompletedProcess[str], list[str]]:
        return run_audited(audited, tmp_path / f"{name}.log", args)

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(one, name, args) for name, args in commands.items()}
        results = {name: future.result() for name, future in futures.items()}
    query = run_audited(audited, tmp_path / "query.log",
                        ["query", str(ttl), str(ROOT / "queries" / "posts.rq")])
    results["query"] = query
    for name, (result, events) in results.items():
        assert result.returncode == 0, f"kg {name}: {result.stderr[-1500:]}"
        assert events == [], f"kg {name} touched the network: {events}"
    assert "Stoltenberg" in query[0].stdout


@pytest.mark.neo4j
def test_load_connects_only_to_the_configured_neo4j(audited: Path, tmp_path: Path, neo4j) -> None:  # type: ignore[no-untyped-def]
    result, events = run_audited(audited, tmp_path / "load.log", ["load", str(GRAPH)], env=neo4j.env())
    assert result.returncode == 0, result.stderr
    uri = urlsplit(neo4j.uri)
    assert events, "the hook saw no connection at all"
    for event in events:
        kind, host, port = event.split(" ")
        assert kind in {"socket.getaddrinfo", "socket.connect"}, event
        assert port == str(uri.port), event
        assert host in {uri.hostname, "127.0.0.1", "::1"}, event
