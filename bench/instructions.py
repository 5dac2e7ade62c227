"""Did this change cost instructions? Two checkouts' extraction counted under callgrind.

``bench.ab`` times two checkouts in turns, but on a shared machine single pairs still
swing by ±20 %, more than most changes cost. Instruction counts do not depend on the
load: each checkout extracts the same generated documents in a fresh process under
valgrind's callgrind, with instrumentation switched on only after a warm-up (pipelines
built, caches filled), and the two totals are compared:

    git worktree add /tmp/kg-before HEAD~3
    python -m bench.instructions /tmp/kg-before . --docs 40

Identical code gives 1.000 ± 0.001. The sources are counted (``KG_PURE_PYTHON=1``):
the compiled build uses this CPU's newest instructions, which valgrind may not decode.
Instructions are not time (cache misses are not counted): time a branch with
``bench.ab`` or ``bench.run`` before believing it. Needs valgrind (Debian: ``valgrind``);
about a minute and a half per checkout for 40 documents.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus import generate

#: What runs under callgrind, in the checkout: warm up, count the extraction only.
_WORKER = """
import json, os, subprocess, sys
from kg.extract.run import ExtractOptions, document_graph
from kg.reader import SourceText
options = ExtractOptions(today="2025-06-30")
with open(sys.argv[1], encoding="utf-8") as lines:
    docs = [SourceText(**json.loads(line)) for line in lines]
for doc in docs[:30]:
    document_graph(doc, options)
control = ["callgrind_control", "-i"]
subprocess.run([*control, "on", str(os.getpid())], check=True, capture_output=True)
for doc in docs:
    document_graph(doc, options)
subprocess.run([*control, "off", str(os.getpid())], check=True, capture_output=True)
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def count_instructions(checkout: Path, corpus: Path, out: Path) -> int:
    """Instructions one checkout executes extracting the documents of ``corpus``."""
    env = {**os.environ, "KG_PURE_PYTHON": "1", "PYTHONHASHSEED": "0"}
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
               f"--callgrind-out-file={out}", sys.executable, "-c", _WORKER, str(corpus)]
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"bench.instructions: extraction in {checkout} failed under "
                         f"callgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="checkout before the change")
    parser.add_argument("new", type=Path, help="checkout with the change")
    parser.add_argument("--docs", type=int, default=40, help="generated documents (40)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the callgrind files in this directory")
    args = parser.parse_args(argv)
    for tool in ("valgrind", "callgrind_control"):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench.instructions: {tool} not found (install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for doc in generate(args.docs, args.seed):
                out.write(json.dumps({"text": doc.text, "source": doc.url, "title": doc.title},
                                     ensure_ascii=False) + "\n")
        counts = []
        for name, checkout in (("old", args.old), ("new", args.new)):
            print(f"counting {name} ({checkout}) …", file=sys.stderr, flush=True)
            counts.append(count_instructions(checkout.resolve(), corpus,
                                             folder / f"{name}.callgrind"))
    old, new = counts
    print(f"instructions, {args.docs} docs: old {old:,}  new {new:,}  new/old {new / old:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
