"""Is this change faster? Two checkouts' extraction, taking turns over the same documents.

On a shared or virtual machine the speed of one run swings by ±20 % from minute
to minute, more than most changes gain. Here two persistent worker processes,
one per checkout, extract the same generated documents in turns (A B, B A, …),
so both see the same moments of the machine; the ratio of their CPU times is
what the change did:

    git worktree add /tmp/kg-before HEAD~3          # the code before, any checkout
    python -m bench.ab /tmp/kg-before . --docs 150 --rounds 10

Prints each round's CPU seconds and the ratios new/old (fastest rounds, medians,
and each round's pair); < 1 means the second checkout is faster.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from bench.corpus import generate

#: What each worker runs, in its checkout (``-c`` puts the current directory,
#: the checkout, first on ``sys.path``): only ``kg``'s own API, so that older
#: checkouts work too. The documents come from a file both read.
_WORKER = """
import json, sys, time
from kg.extract.run import ExtractOptions, document_graph
from kg.reader import SourceText
options = ExtractOptions(today="2025-06-30")
with open(sys.argv[1], encoding="utf-8") as lines:
    docs = [SourceText(**json.loads(line)) for line in lines]
for doc in docs[:50]:
    document_graph(doc, options)  # pipelines built, caches warm, as in a long run
print("ready", flush=True)
for _ in sys.stdin:
    started = time.process_time()
    for doc in docs:
        document_graph(doc, options)
    print(time.process_time() - started, flush=True)
"""


class Worker:
    """One checkout's extraction in its own process, run on request."""

    def __init__(self, checkout: Path, corpus: Path) -> None:
        self.checkout = checkout
        self.seconds: list[float] = []
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(corpus)], cwd=checkout,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if self._read() != "ready":
            raise SystemExit(f"bench.ab: the worker in {checkout} did not start")

    def _read(self) -> str:
        assert self._process.stdout is not None
        return self._process.stdout.readline().strip()

    def run(self) -> float:
        assert self._process.stdin is not None
        self._process.stdin.write("go\n")
        self._process.stdin.flush()
        self.seconds.append(float(self._read()))
        return self.seconds[-1]

    def close(self) -> None:
        """End the worker (it stops when its input ends) and close its pipes."""
        with self._process:  # closes stdin and stdout, waits for the exit
            pass


def compare(old: Path, new: Path, docs: int, rounds: int, seed: int = 0) -> dict[str, float]:
    """CPU seconds per round of both checkouts, taking turns; the ratios new/old."""
    with tempfile.TemporaryDirectory(prefix="kg-ab-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for doc in generate(docs, seed):  # this checkout's generator: same texts for both
                out.write(json.dumps({"text": doc.text, "source": doc.url, "title": doc.title},
                                     ensure_ascii=False) + "\n")
        workers = [Worker(old, corpus), Worker(new, corpus)]
        return _take_turns(workers, rounds)


def _take_turns(workers: list[Worker], rounds: int) -> dict[str, float]:
    try:
        for r in range(rounds):
            for worker in workers if r % 2 == 0 else workers[::-1]:
                worker.run()
            print(f"[ab {time.strftime('%H:%M:%S')}] round {r + 1}/{rounds}: old "
                  f"{workers[0].seconds[-1]:.3f} s, new {workers[1].seconds[-1]:.3f} s",
                  file=sys.stderr, flush=True)
    finally:
        for worker in workers:
            worker.close()
    a, b = workers[0].seconds, workers[1].seconds
    return {"old_fastest": min(a), "new_fastest": min(b),
            "fastest": min(b) / min(a), "median": median(b) / median(a),
            "pairs_low": min(y / x for x, y in zip(a, b, strict=True)),
            "pairs_high": max(y / x for x, y in zip(a, b, strict=True))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="checkout with the code before")
    parser.add_argument("new", type=Path, help="checkout with the code after")
    parser.add_argument("--docs", type=int, default=150, help="generated documents (default 150)")
    parser.add_argument("--rounds", type=int, default=10, help="turns per checkout (default 10)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for checkout in (args.old, args.new):
        if not (checkout / "kg" / "extract").is_dir():
            parser.error(f"{checkout}: not a kg checkout (no kg/extract)")
    result = compare(args.old.resolve(), args.new.resolve(), args.docs, args.rounds, args.seed)
    print(f"old fastest {result['old_fastest']:.3f} s, new fastest {result['new_fastest']:.3f} s "
          f"({args.docs} docs)")
    print(f"new/old: fastest rounds {result['fastest']:.3f}, medians {result['median']:.3f}, "
          f"paired rounds {result['pairs_low']:.3f}–{result['pairs_high']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
