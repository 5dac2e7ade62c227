"""Compile kg's extraction modules with mypyc (run by ``scripts/build-native``).

The modules of ``kg.extract.native.COMPILED`` are compiled together, as one
extension group (``native.GROUP``): calls between them are then direct C calls.
The C sources and object files go to a temporary directory; the extension
modules land next to their sources, and ``kg/extract/native.json`` records the
SHA-256 of each source compiled (written last, so a failed build leaves the
previous record, or none, and kg keeps using the sources).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["KG_PURE_PYTHON"] = "1"  # (this process reads native's lists, not the old build)

from kg.extract import native  # noqa: E402


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


def build(opt_level: str) -> None:
    from mypyc.build import mypycify
    from setuptools import Distribution

    sources = [f"kg/extract/{name}.py" for name in native.COMPILED]
    digests = {name: native.source_digest(native.HERE / f"{name}.py") for name in native.COMPILED}
    started = time.monotonic()
    clean()  # (a module no longer compiled must not keep an old extension)
    print(f"build-native: compiling {len(sources)} modules with mypyc (opt level {opt_level}; "
          f"5-10 minutes on two cores) …", file=sys.stderr)
    os.chdir(ROOT)  # mypy reads its settings from pyproject.toml here
    with tempfile.TemporaryDirectory(prefix="kg-native-") as tmp, \
            _quiet(Path(tmp) / "build.log", started):
        extensions = mypycify(sources, opt_level=opt_level, group_name=native.GROUP,
                              target_dir=str(Path(tmp) / "c"))
        distribution = Distribution({"name": "kg-native", "ext_modules": extensions})
        command = distribution.get_command_obj("build_ext")
        command.inplace = True
        command.build_temp = str(Path(tmp) / "objects")
        command.build_lib = str(Path(tmp) / "lib")
        distribution.run_command("build_ext")
    temporary = native.MANIFEST.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
    temporary.replace(native.MANIFEST)
    # (a fresh interpreter: this one imported kg.extract before the build)
    probe = subprocess.run([sys.executable, "-c",
                            "from kg.extract import native; print(native.compiled())"],
                           capture_output=True, text=True, cwd=ROOT, check=False,
                           env={**os.environ, "KG_PURE_PYTHON": "0"})
    if probe.stdout.strip() != "True":
        sys.exit(f"build-native: built, but kg does not use the compiled modules:\n{probe.stderr}")
    print(f"build-native: done in {time.monotonic() - started:.0f} s; kg's extraction runs "
          f"compiled (KG_PURE_PYTHON=1 runs the sources)", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--opt-level", default="3", choices=["0", "1", "2", "3"],
                        help="the C compiler's optimisation level (0 builds fastest)")
    args = parser.parse_args()
    if args.clean:
        clean()
    else:
        build(args.opt_level)


if __name__ == "__main__":
    main()
