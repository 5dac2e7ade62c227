"""The compiled extraction modules (scripts/build-native): same graphs as the
sources, and never used once a source changed after the build."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import native

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"


def _require_compiled() -> None:
    """Skip without a build, unless KG_REQUIRE_NATIVE=1 (CI, after scripts/setup
    compiled them) makes that a failure."""
    if native.current():
        return
    message = "the extraction modules are not compiled (or stale): run scripts/build-native"
    if os.environ.get("KG_REQUIRE_NATIVE") == "1":
        pytest.fail(message)
    pytest.skip(message)


def _write_sources(directory: Path, changed: str | None = None) -> Path:
    """Fake sources of every compiled module and a build record of them, with
    ``changed`` edited after the build. Returns the record's path."""
    for name in native.COMPILED:
        (directory / f"{name}.py").write_text(f"# {name}\n", encoding="utf-8")
    record = {name: native.source_digest(directory / f"{name}.py") for name in native.COMPILED}
    manifest = directory / "native.json"
    manifest.write_text(json.dumps(record), encoding="utf-8")
    if changed is not None:
        (directory / f"{changed}.py").write_text(f"# {changed}, edited\n", encoding="utf-8")
    return manifest


def test_an_unchanged_build_has_no_stale_sources(tmp_path: Path) -> None:
    manifest = _write_sources(tmp_path)
    assert native.stale_sources(tmp_path, manifest) == []


def test_a_source_edited_after_the_build_is_stale(tmp_path: Path) -> None:
    manifest = _write_sources(tmp_path, changed="meetings")
    assert native.stale_sources(tmp_path, manifest) == ["meetings"]


def test_without_a_build_record_every_module_is_stale(tmp_path: Path) -> None:
    _write_sources(tmp_path)
    assert native.stale_sources(tmp_path, tmp_path / "missing.json") == list(native.COMPILED)


def test_an_extension_module_the_build_did_not_make_counts_as_stale(tmp_path: Path) -> None:
    # (left by an earlier build that compiled a module no longer compiled: it would
    # be imported instead of its source)
    manifest = _write_sources(tmp_path)
    (tmp_path / "pipeline.py").write_text("# pipeline\n", encoding="utf-8")
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (tmp_path / f"pipeline{suffix}").write_bytes(b"")
    (tmp_path / f"compiled__mypyc{suffix}").write_bytes(b"")  # (the group's library)
    assert native.stale_sources(tmp_path, manifest) == ["pipeline"]


def test_a_build_for_another_cpu_is_not_used(tmp_path: Path) -> None:
    # (-march=native code could die of an illegal instruction on another CPU)
    manifest = _write_sources(tmp_path)
    record = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**record, native.CPU_KEY: native.cpu_signature()}),
                        encoding="utf-8")
    assert native.built_for_this_cpu(manifest)
    manifest.write_text(json.dumps({**record, native.CPU_KEY: "another-cpu"}), encoding="utf-8")
    assert not native.built_for_this_cpu(manifest)
    assert native.stale_sources(tmp_path, manifest) == []  # (the sources themselves are current)


def test_a_build_record_without_a_cpu_is_taken_as_this_ones(tmp_path: Path) -> None:
    assert native.built_for_this_cpu(_write_sources(tmp_path))


def _extract(files: list[Path], env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    script = ("import sys; from kg.cli import main; from kg.extract import native; "
              "print('compiled' if native.compiled() else 'sources', file=sys.stderr); "
              "sys.argv = ['kg', 'extract', '--published', '2025-06-30', *sys.argv[1:]]; main()")
    return subprocess.run([sys.executable, "-c", script, *map(str, files)], capture_output=True,
                          text=True, env={**os.environ, **env}, cwd=cwd, check=False, timeout=600)


def test_compiled_extraction_gives_the_same_graph_as_the_sources() -> None:
    _require_compiled()
    texts = sorted(EVAL.glob("fresh1*/*/*.txt")) + sorted((ROOT.parent / "shared/eval/dev").glob("*.txt"))
    texts = [t for t in texts if t.exists()]
    assert len(texts) >= 20
    compiled = _extract(texts, {"KG_PURE_PYTHON": "0"})
    sources = _extract(texts, {"KG_PURE_PYTHON": "1"})
    assert compiled.returncode == 0, compiled.stderr
    assert sources.returncode == 0, sources.stderr
    assert compiled.stderr.startswith("compiled") and sources.stderr.startswith("sources")
    graph = json.loads(compiled.stdout)
    assert len(graph["documents"]) == len(texts) and len(graph["relationships"]) > 1000
    assert compiled.stdout == sources.stdout


def test_a_source_edited_after_the_build_runs_from_source_with_a_warning(tmp_path: Path) -> None:
    _require_compiled()
    copy = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", copy, ignore=shutil.ignore_patterns("__pycache__"))
    meetings = copy / "extract" / "meetings.py"
    meetings.write_text(meetings.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    text = ROOT / "tests" / "data" / "eval" / "fresh14"
    files = sorted(text.glob("*/*.txt"))[:1]
    result = _extract(files, {"KG_PURE_PYTHON": "0", "PYTHONPATH": str(tmp_path)}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "do not match their sources (meetings.py)" in result.stderr
    assert "scripts/build-native" in result.stderr
    assert "\nsources" in result.stderr or result.stderr.startswith("sources")
    assert json.loads(result.stdout)["documents"]
