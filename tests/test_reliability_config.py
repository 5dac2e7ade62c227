"""Reliability of configuration: malformed YAML, "billion laughs", injected Neo4j names.

Every YAML file a user hands to kg (job file, mapping, lexicon) is read with the
safe loader only and refused with one clear ``ConfigError`` (exit status 2) when
it is malformed, uses anchors/aliases, or names something that is not a plain
identifier. Job-file mistakes are covered in depth by ``test_jobs.py``
(``test_job_mistakes_name_file_line_and_key``, ``test_yaml_aliases_are_refused``,
``test_malformed_yaml_names_the_line``); this file adds the mapping and lexicon
files, the full billion-laughs document, and a scan of the source for unsafe loaders.
"""

from __future__ import annotations

import ast
import resource
import subprocess
import time
from pathlib import Path

import pytest
from helpers import ROOT, kg_command

from kg.errors import ConfigError
from kg.jobs import load_job
from kg.mapping import DEFAULT_MAPPING, load_mapping


#: Nine levels of nine aliases: about 387 million "lol"s once expanded.
def _laughs(indent: str, name: str = "l") -> str:
    return "".join(f"{indent}{name}{i}: &{name}{i} [{_nine(i, name)}]\n" for i in range(9))


def _nine(level: int, name: str) -> str:
    return ", ".join(["lol"] * 9 if level == 0 else [f"*{name}{level - 1}"] * 9)


LAUGHS = _laughs("  ")


def _mapping_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_MAPPING.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "mapping.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*kg_command(), *args], capture_output=True, text=True, timeout=timeout,
                          check=False, cwd=ROOT)


# --------------------------------------------------------------------------- mapping file


@pytest.mark.parametrize(("name", "change", "message"), [
    ("unclosed-flow", ("labels:\n", "labels: [\n"), r"mapping\.yaml:\d+: malformed YAML"),
    ("tab-indent", ("labels:\n", "labels:\n\t- x\n"), r"mapping\.yaml:\d+: malformed YAML"),
    ("python-object", ("labels:\n", "extra: !!python/object/apply:os.system ['touch PWNED']\nlabels:\n"),
     r"malformed YAML \(could not determine a constructor"),
    ("not-a-mapping", None, "expected a mapping"),
])
def test_malformed_mapping_is_a_config_error_naming_the_file(tmp_path: Path, name: str,
                                                             change: tuple[str, str] | None,
                                                             message: str) -> None:
    if change is None:
        path = tmp_path / "mapping.yaml"
        path.write_text("- just\n- a list\n", encoding="utf-8")
    else:
        path = _mapping_variant(tmp_path, *change)
    with pytest.raises(ConfigError, match=message):
        load_mapping(path)
    assert not (tmp_path / "PWNED").exists() and not (ROOT / "PWNED").exists()


def test_mapping_that_is_not_utf8_or_is_a_folder_is_a_config_error(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.yaml"
    latin.write_bytes(DEFAULT_MAPPING.read_bytes() + "# Überblick\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        load_mapping(latin)
    with pytest.raises(ConfigError, match="is a folder"):
        load_mapping(tmp_path)
    with pytest.raises(ConfigError, match="not found"):
        load_mapping(tmp_path / "missing.yaml")


def test_billion_laughs_mapping_is_refused_at_once(tmp_path: Path) -> None:
    """Before the fix this ran out of memory after ~50 s (``str()`` of the expanded value)."""
    path = _mapping_variant(tmp_path, "properties:\n", "properties:\n" + LAUGHS)
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=r"mapping\.yaml:\d+: YAML anchors and aliases"):
        load_mapping(path)
    assert time.perf_counter() - started < 5


def test_injected_neo4j_label_in_mapping_is_refused_by_the_cli(tmp_path: Path) -> None:
    """``Person) DETACH DELETE (n`` as a label: one line, exit 2, nothing run.

    The unit side is ``test_neo4j_queries.py::test_mapping_with_an_injected_neo4j_name_is_refused``
    and ``test_rdf_mapping.py::test_mapping_with_a_label_that_is_not_a_plain_identifier_is_rejected``.
    """
    bad = _mapping_variant(tmp_path, "Person: {rdf: kg:Person, neo4j: Person}",
                           "Person: {rdf: kg:Person, neo4j: 'Person) DETACH DELETE (n'}")
    graph = ROOT / "tests" / "data" / "graph-small.json"
    for args in (["load", str(graph), "--dry-run", "--mapping", str(bad)],
                 ["export", str(graph), "--to", str(tmp_path / "out.ttl"), "--mapping", str(bad)]):
        result = _kg(*args)
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "not a plain identifier" in lines[0], lines
    assert not (tmp_path / "out.ttl").exists()


# --------------------------------------------------------------------------- job file


def test_billion_laughs_job_file_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    job = tmp_path / "job.yaml"
    job.write_text("name: x\nsources: [a.txt]\nextraction:\n" + LAUGHS
                   + "targets:\n  - type: rdf\n    path: out.ttl\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=r"job\.yaml:\d+: YAML anchors and aliases"):
        load_job(job)
    assert time.perf_counter() - started < 5


# --------------------------------------------------------------------------- lexicon file


def test_malformed_lexicon_is_one_line_exit_2(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Die Acme AG meldete am Montag Gewinne.\n", encoding="utf-8")
    lexicon = tmp_path / "orgs.yaml"
    lexicon.write_text("- {name: Acme, aliases: [\n", encoding="utf-8")
    result = _kg("extract", str(text), "--lexicon", str(lexicon))
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "orgs.yaml" in result.stderr and "malformed YAML" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _limit_memory() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 ** 2, 1536 * 1024 ** 2))


@pytest.mark.slow
def test_billion_laughs_lexicon_is_refused_at_once(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Die Acme AG meldete am Montag Gewinne.\n", encoding="utf-8")
    entries = "".join(f"- {{name: Org{i}, aliases: &l{i} [{_nine(i, 'l')}]}}\n" for i in range(9))
    lexicon = tmp_path / "laughs.yaml"
    lexicon.write_text(entries + "- {name: Acme AG, aliases: *l8}\n", encoding="utf-8")
    result = subprocess.run([*kg_command(), "extract", str(text), "--lexicon", str(lexicon)],
                            capture_output=True, text=True, timeout=30, check=False, cwd=ROOT,
                            preexec_fn=_limit_memory)
    assert result.returncode == 2, result.stderr[-500:]
    assert "anchors and aliases" in result.stderr


# --------------------------------------------------------------------------- the source


SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
UNSAFE = {"full_load", "full_load_all", "unsafe_load", "unsafe_load_all", "Loader", "FullLoader",
          "UnsafeLoader", "CLoader", "CFullLoader", "CUnsafeLoader"}


def _yaml_attrs(node: ast.AST) -> set[str]:
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name) and n.value.id == "yaml"}


def unsafe_yaml_uses(root: Path) -> list[str]:
    """Every use of an unsafe YAML loader in ``root/kg``, as ``file:line: what``."""
    found = []
    for path in sorted((root / "kg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(root)
        safe_names = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign)
                      and _yaml_attrs(n.value) and _yaml_attrs(n.value) <= SAFE_LOADERS
                      for t in n.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id == "yaml" and node.attr in UNSAFE:
                found.append(f"{where}:{node.lineno}: yaml.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                found += [f"{where}:{node.lineno}: from yaml import {a.name}"
                          for a in node.names if a.name in UNSAFE | {"load", "load_all"}]
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "yaml" \
                    and node.func.attr in {"load", "load_all"}:
                loader = next((k.value for k in node.keywords if k.arg == "Loader"),
                              node.args[1] if len(node.args) > 1 else None)
                safe = loader is not None and (
                    (isinstance(loader, ast.Name) and loader.id in safe_names)
                    or (isinstance(loader, ast.Attribute) and _yaml_attrs(loader) <= SAFE_LOADERS))
                if not safe:
                    found.append(f"{where}:{node.lineno}: yaml.{node.func.attr} without a safe Loader")
    return found


def test_no_module_uses_an_unsafe_yaml_loader() -> None:
    """``yaml.safe_load`` or ``yaml.load(..., Loader=<a safe loader>)`` only: no Python objects
    from YAML anywhere in kg/. A ``Loader=`` given by name must be assigned from safe loaders."""
    assert unsafe_yaml_uses(ROOT) == []


def test_the_unsafe_loader_scan_finds_unsafe_calls(tmp_path: Path) -> None:
    """The scan above is not vacuous."""
    fake = tmp_path / "kg"
    fake.mkdir()
    (fake / "bad.py").write_text("import yaml\nSAFE = yaml.CSafeLoader\nyaml.load('a', Loader=SAFE)\n"
                                 "yaml.load('a', Loader=yaml.Loader)\nyaml.unsafe_load('a')\n"
                                 "yaml.load('a')\n", encoding="utf-8")
    assert sorted(unsafe_yaml_uses(tmp_path)) == [
        "kg/bad.py:4: yaml.Loader", "kg/bad.py:4: yaml.load without a safe Loader",
        "kg/bad.py:5: yaml.unsafe_load", "kg/bad.py:6: yaml.load without a safe Loader"]
