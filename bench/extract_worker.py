"""Extraction helpers that run in other processes (pool workers, the memory probe).

The memory probe is a separate process so that its peak resident memory is
the extraction's alone:

    python -m bench.extract_worker 10000     # prints one JSON line: docs, words, seconds, peak RSS
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

from kg.extract.pipeline import build_pipeline
from kg.extract.run import ExtractOptions, document_graph
from kg.reader import SourceText

#: Fixed "today" so that inferred years do not depend on the day of the run.
OPTIONS = ExtractOptions(today="2025-06-30")


def warm_up() -> None:
    """Build both pipelines (the startup cost), outside any timing."""
    for lang in ("de", "en"):
        build_pipeline(lang, OPTIONS.model, OPTIONS.lexicon_files)


def extract_one(item: tuple[str, str, str]) -> tuple[int, int]:
    """Extract one document given as (text, source, title); return (relationships, nodes)."""
    text, source, title = item
    graph = document_graph(SourceText(text=text, source=source, title=title), OPTIONS)
    return len(graph.relationships), len(graph.nodes)


def graph_dict(item: tuple[str, str, str]) -> dict[str, Any]:
    text, source, title = item
    return document_graph(SourceText(text=text, source=source, title=title), OPTIONS).to_dict()


def peak_rss_mib() -> float:
    """This process's peak resident memory since it started its program.

    ``ru_maxrss`` would do, but it survives ``exec``: a probe started by a large
    parent (the bench holds 10,000 documents when it starts the probe) reported the
    parent's size at the fork. Linux's ``VmHWM`` belongs to the program's own memory.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def memory_probe(n: int, seed: int = 0) -> dict[str, Any]:
    """Stream ``n`` generated documents through extraction; report time and peak RSS."""
    from bench.corpus import generate

    warm_up()
    after_startup = peak_rss_mib()
    words = relationships = 0
    started = time.perf_counter()
    for doc in generate(n, seed):
        words += doc.words
        rels, _ = extract_one((doc.text, doc.url, doc.title))
        relationships += rels
    seconds = time.perf_counter() - started
    return {"docs": n, "words": words, "relationships": relationships, "seconds": seconds,
            "startup_rss_mib": after_startup, "peak_rss_mib": peak_rss_mib()}


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    print(json.dumps(memory_probe(count, seed)))
