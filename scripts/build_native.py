"""Compile kg's extraction modules with mypyc (run by ``scripts/build-native``).

The modules of ``kg.extract.native.COMPILED`` are compiled together, as one
extension group (``native.GROUP``): calls between them are then direct C calls.
The C sources and object files go to a temporary directory; the extension
modules land next to their sources, and ``kg/extract/native.json`` records the
SHA-256 of each source compiled (written last, so a failed build leaves the
previous record, or none, and kg keeps using the sources).

With GCC the build is profile-guided: the modules are compiled once with
instrumentation, run over kg's own evaluation articles (``tests/data/eval``, both
languages), and compiled again with the profile, so the compiler knows which
branches and calls are hot (about 6-10 % less CPU per document than one
optimised pass, for twice the compile time). Other compilers get the one pass.
``--no-pgo`` skips the profile.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["KG_PURE_PYTHON"] = "1"  # (this process reads native's lists, not the old build)

from kg.extract import native  # noqa: E402

#: The articles the profile-guided build trains on: kg's evaluation sets, German and
#: English news of every kind kg is tuned for (not the benchmark's generated corpus).
TRAINING_TEXTS = ROOT / "tests" / "data" / "eval"
#: C flags of every pass: the build runs on the machine that uses it (``scripts/setup``),
#: so the compiler may use all of this CPU's instructions. The group's library exports
#: nothing but its module's init function (each compiled module reaches the group's code
#: through a capsule, not by symbol): with every other symbol hidden, the ~85,000 calls
#: between the compiled functions and to mypyc's runtime helpers are direct calls the
#: compiler may inline, not calls through the procedure linkage table, and module
#: globals are read without the global offset table (~3 % less CPU per document).
NATIVE_FLAGS = ["-march=native", "-fvisibility=hidden", "-fno-semantic-interposition"]
#: The two passes of a profile-guided build (GCC). ``-fprofile-partial-training`` keeps
#: code the training did not reach optimised for speed (not size), as without a profile.
PROFILE_GENERATE = ["-fprofile-generate"]
PROFILE_USE = ["-fprofile-use", "-fprofile-partial-training", "-Wno-missing-profile",
               "-Wno-error=coverage-mismatch"]


def clean() -> None:
    """Remove the compiled modules, the group's library and the build record."""
    removed = native.extension_paths()
    if native.MANIFEST.exists():
        removed.append(native.MANIFEST)
    for path in removed:
        path.unlink()
    if removed:
        print(f"build-native: removed the previous build ({len(removed)} files)", file=sys.stderr)


@contextlib.contextmanager
def _quiet(log: Path, started: float) -> Iterator[None]:
    """Send mypyc's and the C compiler's output to ``log`` (hundreds of lines) and
    print a line of progress every half minute instead; on failure, the log's end."""
    stderr = os.fdopen(os.dup(2), "w")
    done = threading.Event()

    def tick() -> None:
        while not done.wait(30):
            print(f"build-native: compiling … {(time.monotonic() - started) / 60:.1f} min",
                  file=stderr, flush=True)

    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with log.open("w") as out:
        os.dup2(out.fileno(), 1)
        os.dup2(out.fileno(), 2)
        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        except BaseException:
            done.set()
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            print("".join(log.read_text(errors="replace").splitlines(keepends=True)[-40:]),
                  file=sys.stderr)
            raise
        finally:
            done.set()
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)
            stderr.close()


def compiler_is_gcc() -> bool:
    """Whether the C compiler Python builds extensions with is GCC (``--version``
    names the Free Software Foundation; clang's does not): the profile flags are GCC's."""
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    try:
        version = subprocess.run([*compiler[:1], "--version"], capture_output=True, text=True,
                                 timeout=60, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "Free Software Foundation" in version


def _compile(extensions: list[Any], tmp: Path, flags: list[str], link_flags: list[str]) -> None:
    """Compile (all files, every time) and put the extensions next to their sources."""
    from setuptools import Distribution

    for extension in extensions:
        base = extension.__dict__.setdefault("_kg_base_args", list(extension.extra_compile_args))
        base_link = extension.__dict__.setdefault("_kg_base_link", list(extension.extra_link_args))
        extension.extra_compile_args = [*base, *NATIVE_FLAGS, *flags]
        extension.extra_link_args = [*base_link, *link_flags]
    distribution = Distribution({"name": "kg-native", "ext_modules": extensions})
    command: Any = distribution.get_command_obj("build_ext")
    command.inplace = True
    command.force = True  # (the second pass: same sources, other flags)
    command.build_temp = str(tmp / "objects")
    command.build_lib = str(tmp / "lib")
    distribution.run_command("build_ext")


def _write_manifest(digests: dict[str, str]) -> None:
    """The build record: each source's digest, and the CPU compiled for (``-march=native``)."""
    record = {**digests, native.CPU_KEY: native.cpu_signature()}
    temporary = native.MANIFEST.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    temporary.replace(native.MANIFEST)


def _run_compiled(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter on the compiled modules (this one imported
    kg.extract from source before the build)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=False, env={**os.environ, "KG_PURE_PYTHON": "0"})


#: What the instrumented build runs: every evaluation article once (the profile is
#: written to the object directory when the interpreter exits).
TRAINING_CODE = """
import sys
from pathlib import Path
from kg.extract import native
from kg.extract.run import ExtractOptions, document_graph
from kg.reader import read_path
if not native.compiled():
    sys.exit("the instrumented modules are not in use")
options = ExtractOptions(today="2025-06-30")
for path in sorted(Path({folder!r}).rglob("*.txt")):
    for source in read_path(path):
        document_graph(source, options)
"""


def build(opt_level: str, pgo: bool = True) -> None:
    from mypyc.build import mypycify

    sources = [f"kg/extract/{name}.py" for name in native.COMPILED]
    digests = {name: native.source_digest(native.HERE / f"{name}.py") for name in native.COMPILED}
    pgo = pgo and TRAINING_TEXTS.is_dir() and compiler_is_gcc()
    started = time.monotonic()
    clean()  # (a module no longer compiled must not keep an old extension)
    print(f"build-native: compiling {len(sources)} modules with mypyc (opt level {opt_level}"
          f"{', profile-guided: two passes' if pgo else ''}; "
          f"{'15-30' if pgo else '8-15'} minutes on two cores) …", file=sys.stderr)
    os.chdir(ROOT)  # mypy reads its settings from pyproject.toml here
    with tempfile.TemporaryDirectory(prefix="kg-native-") as folder, \
            _quiet(Path(folder) / "build.log", started):
        tmp = Path(folder)
        extensions = mypycify(sources, opt_level=opt_level, group_name=native.GROUP,
                              target_dir=str(tmp / "c"))
        if pgo:
            _compile(extensions, tmp, PROFILE_GENERATE, PROFILE_GENERATE)
            _write_manifest(digests)  # (so that the training run uses what was just built)
            print(f"build-native: training on {TRAINING_TEXTS.relative_to(ROOT)} …",
                  file=sys.stderr, flush=True)
            training = _run_compiled(TRAINING_CODE.format(folder=str(TRAINING_TEXTS)))
            if training.returncode:
                raise RuntimeError(f"the training run failed:\n{training.stderr[-2000:]}")
            native.MANIFEST.unlink()  # (until the second pass is in place)
            _compile(extensions, tmp, PROFILE_USE, [])
        else:
            _compile(extensions, tmp, [], [])
    _write_manifest(digests)
    probe = _run_compiled("from kg.extract import native; print(native.compiled())")
    if probe.stdout.strip() != "True":
        sys.exit(f"build-native: built, but kg does not use the compiled modules:\n{probe.stderr}")
    print(f"build-native: done in {time.monotonic() - started:.0f} s; kg's extraction runs "
          f"compiled (KG_PURE_PYTHON=1 runs the sources)", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--opt-level", default="3", choices=["0", "1", "2", "3"],
                        help="the C compiler's optimisation level (0 builds fastest)")
    parser.add_argument("--no-pgo", dest="pgo", action="store_false",
                        help="one optimised pass, without the profile-guided second one")
    args = parser.parse_args()
    if args.clean:
        clean()
    else:
        build(args.opt_level, args.pgo)


if __name__ == "__main__":
    main()
