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
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import native  # noqa: E402


def clean() -> None:
    """Remove the compiled modules, the group's library and the build record."""
    removed = native.extension_paths()
    if native.MANIFEST.exists():
        removed.append(native.MANIFEST)
    for path in removed:
        path.unlink()
    print(f"build-native: removed {len(removed)} files", file=sys.stderr)


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
    with tempfile.TemporaryDirectory(prefix="kg-native-") as tmp:
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
                           capture_output=True, text=True, cwd=ROOT, check=False)
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
