"""Run one SPARQL query against an on-disk Oxigraph store, in its own process.

A query whose intermediate results explode (e.g. a join that is quadratic in
the number of documents) must not take the benchmark, or the machine, down
with it: the parent runs each query here under a memory limit and a timeout.

    python -m bench.sparql_worker STORE_DIR QUERY_FILE REPEAT MEMORY_MIB
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from kg.mapping import load_mapping


def main() -> None:
    store_dir, query_file, repeat, memory_mib = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), \
        int(sys.argv[4])
    limit = memory_mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    store = ox.Store.read_only(store_dir)
    prefixes = load_mapping().prefixes
    query = query_file.read_text(encoding="utf-8")
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = store.query(query, prefixes=prefixes)
        rows = 1 if isinstance(result, ox.QueryBoolean) else len(list(result))
        times.append((time.perf_counter() - started) * 1000)
        print(json.dumps({"ms": times[-1], "rows": rows}), flush=True)


if __name__ == "__main__":
    main()
