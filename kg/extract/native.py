"""Compiled extraction: which modules mypyc compiles, and whether they are current.

``scripts/build-native`` compiles the extraction modules listed in ``COMPILED``
with mypyc (the compiler mypy and black ship with) into C extensions next to
their sources: the same code, about a third of the CPU time per document. It
also writes ``native.json``: the SHA-256 of each source it compiled.

Python imports an extension module before the ``.py`` beside it, so an edited
source would silently lose to its old compiled form. ``check`` runs when
``kg.extract`` is imported: if any compiled module's source changed since the
build (or ``KG_PURE_PYTHON=1`` is set), every compiled module is imported from
its source instead, with one line on stderr saying so. The compiled modules are
used all together or not at all, as they call each other directly.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import platform
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent

#: The modules mypyc compiles (``kg.extract.<name>``). Not ``pipeline``: spaCy reads
#: its factories' signatures, which compiled functions do not carry.
COMPILED = ("doc", "lookups", "sentences", "dates", "statements", "vocab", "lexicon",
            "entities", "roles", "demands", "meetings", "assembly")

#: The build's record: module name -> SHA-256 of the source it was compiled from.
MANIFEST = HERE / "native.json"

#: The extension module that holds the compiled code of all of ``COMPILED``.
GROUP = "kg.extract.compiled"

#: The build record's entry for the CPU the code was compiled for (not a module name).
CPU_KEY = "cpu"


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_paths(directory: Path = HERE) -> list[Path]:
    """Every extension module in ``directory``: the compiled modules, their group's
    library, and any left from an earlier build."""
    return sorted(path for path in directory.iterdir()
                  if path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)))


def _module_name(path: Path) -> str:
    return path.name.split(".", 1)[0]


def stale_sources(directory: Path = HERE, manifest: Path = MANIFEST) -> list[str]:
    """The compiled modules whose source differs from the one compiled (all of
    them if the build's record is missing or unreadable), and any extension module
    the build did not make (left from an earlier build: it would shadow its source)."""
    try:
        built = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return list(COMPILED)
    changed = [name for name in COMPILED
               if built.get(name) != source_digest(directory / f"{name}.py")]
    group_library = GROUP.rpartition(".")[2] + "__mypyc"
    strays = [_module_name(path) for path in extension_paths(directory)
              if _module_name(path) not in COMPILED and _module_name(path) != group_library]
    return changed + strays


def cpu_signature() -> str:
    """The machine type and (on Linux) the CPU's model and instruction-set flags, hashed.

    The build compiles for the CPU it runs on (``-march=native``): on a CPU without
    those instructions the compiled code would die of an illegal instruction. A
    checkout copied or shared to another machine therefore runs its sources until
    ``scripts/build-native`` is run there."""
    parts = [platform.machine()]
    wanted = {"model name", "flags"}
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:  # (the first processor's lines are enough)
                key, _, value = line.partition(":")
                if key.strip() in wanted:
                    wanted.discard(key.strip())
                    parts.append(value.strip())
                    if not wanted:
                        break
    except OSError:
        pass
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def built_for_this_cpu(manifest: Path = MANIFEST) -> bool:
    """Whether the build record names this CPU (a record without a CPU, or none at all,
    does not stand in the way: ``stale_sources`` judges those)."""
    try:
        built = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return built.get(CPU_KEY, cpu_signature()) == cpu_signature()


def current() -> bool:
    """Whether every module of ``COMPILED`` is compiled from its present source, for this CPU."""
    built = {_module_name(path) for path in extension_paths()}
    return set(COMPILED) <= built and not stale_sources() and built_for_this_cpu()


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports every module of ``kg.extract`` from its ``.py`` source."""

    def find_spec(self, fullname: str, path: object = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        source = HERE / f"{name}.py"
        if package != "kg.extract" or not source.exists():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def check() -> None:
    """Use the sources instead of the compiled modules if those are stale or
    ``KG_PURE_PYTHON`` is set (see the module docstring)."""
    if not extension_paths():
        return
    if os.environ.get("KG_PURE_PYTHON", "") not in ("", "0"):
        reason = ""
    else:
        stale = stale_sources()
        if stale:
            reason = (f"kg: the compiled extraction modules do not match their sources "
                      f"({', '.join(name + '.py' for name in stale[:3])}"
                      f"{' …' if len(stale) > 3 else ''}); using the sources, which are "
                      f"slower. Rebuild with scripts/build-native.")
        elif not built_for_this_cpu():
            reason = ("kg: the compiled extraction modules were built for another CPU; using "
                      "the sources, which are slower. Rebuild with scripts/build-native.")
        else:
            return
    if not any(isinstance(finder, _SourceFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder())
    if reason:
        print(reason, file=sys.stderr)


def compiled() -> bool:
    """Whether extraction runs on the compiled modules (all of them: never some)."""
    modules = [importlib.import_module(f"kg.extract.{name}") for name in COMPILED]
    return all(not (module.__file__ or "").endswith(".py") for module in modules)
