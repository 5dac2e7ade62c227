"""The benchmark: corpus generator (deterministic, varied), the SPARQL store it feeds, partial reruns."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from bench.corpus import DEFAULT_SOURCE, FAMILY_POOL, generate, read_sources, write


def _texts(seed: int) -> list[str]:
    return [doc.text for doc in generate(5, seed=seed)]


def test_same_seed_same_texts() -> None:
    assert _texts(0) == _texts(0)


def test_other_seed_other_texts() -> None:
    assert _texts(0) != _texts(1)


def test_documents_differ_from_their_source() -> None:
    sources = {s.name: s.text for s in read_sources(DEFAULT_SOURCE)}
    docs = list(generate(5, seed=0))
    assert len({d.text for d in docs}) == 5
    for doc in docs:
        original = sources[doc.source]
        assert doc.text != original
        assert doc.title.endswith(f"(#{doc.index})")
    # Names are swapped: Stoltenberg (NATO text) and Umerov (Istanbul text) are gone,
    # names from the pool appear instead.
    joined = "\n".join(d.text for d in docs)
    assert "Jens Stoltenberg" not in joined and "Rustem Umerov" not in joined
    assert any(re.search(rf"\b{name}\b", joined) for name in FAMILY_POOL)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-zÄÖÜäöüß]+", text))


def test_new_names_keep_the_vocabulary_growing() -> None:
    """With pooled names the second pass over the six dev texts brings (almost) no word
    the first did not; with ``new_names`` every document brings new family names."""
    for new_names, expect_growth in ((False, False), (True, True)):
        docs = list(generate(24, seed=2, new_names=new_names))
        seen: set[str] = set()
        for doc in docs[:12]:
            seen |= _words(doc.text)
        new_per_doc = [len(_words(doc.text) - seen) for doc in docs[12:]]
        if expect_growth:
            assert all(count >= 1 for count in new_per_doc), new_per_doc
        else:
            assert sum(new_per_doc) <= 12, new_per_doc


def test_streams_and_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert write(generate(5, seed=0), out) == 5
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == _texts(0)
    assert all(r["url"].startswith("bench://doc/") for r in records)


@pytest.mark.slow
def test_the_sparql_store_replicates_documents_as_the_graph_factory_does() -> None:
    # bench/run.py builds its large store from N-Quads text with renamed ids; it must hold
    # exactly the quads of exporting GraphFactory.graph(n) and merging the default graph.
    from bench.run import GraphFactory, _check_replication

    factory = GraphFactory(3, seed=0)
    assert _check_replication(factory, 8) == (0, 0)  # two full replicas and a partial one
    assert _check_replication(factory, 2) == (0, 0)  # fewer documents than the base


def test_keep_reruns_one_stage_and_keeps_the_other_stages_rows(tmp_path: Path, monkeypatch) -> None:
    from bench import run

    results, readme = tmp_path / "results.json", tmp_path / "README.md"
    earlier = {"date": "2020-01-01 00:00", "machine": "m", "command": "python -m bench.run --old"}
    old_rows = [run.Row("extract", "1 process, 100 docs", 1.0, "words/s"),
                run.Row("memory", "peak RSS, extraction of 7 docs", 2.0, "MiB"),
                run.Row("neo4j", "batched UNWIND", 3.0, "rels/s")]
    results.write_text(json.dumps({"meta": earlier, "rows": [asdict(r) for r in old_rows]}))
    readme.write_text(f"# bench\n\n{run.TABLE_START}\nold table\n{run.TABLE_END}\n")
    monkeypatch.setattr(run, "RESULTS", results)
    monkeypatch.setattr(run, "README", readme)

    run.main(["--stages", "memory", "--sizes", "10", "--repeat", "1", "--keep"])

    saved = json.loads(results.read_text())
    stages = [(r["stage"], r["measured"] == earlier["date"]) for r in saved["rows"]]
    assert stages[0] == ("extract", True) and stages[-1] == ("neo4j", True)
    memory = [r for r in saved["rows"] if r["stage"] == "memory"]
    assert memory and all(r["measured"] != earlier["date"] for r in memory)
    assert not any("7 docs" in r["measure"] for r in memory)  # the old memory rows are replaced
    text = readme.read_text()
    assert "old table" not in text and "--old" in text and "--keep" in text
    assert "(rows of memory)" in text and "(rows of extract, neo4j)" in text


def test_ab_times_two_checkouts_taking_turns_on_the_same_documents() -> None:
    from bench.ab import compare

    here = Path(__file__).resolve().parents[1]
    result = compare(here, here, docs=55, rounds=2)
    assert result["old_fastest"] > 0 and result["new_fastest"] > 0
    # the same code both sides: the ratios are near 1 (wide bounds: a shared machine)
    assert 0.3 < result["fastest"] < 3 and 0.3 < result["median"] < 3
    assert result["pairs_low"] <= result["pairs_high"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_instruction_counts_of_the_same_checkout_agree(capsys) -> None:
    from bench.instructions import main

    here = Path(__file__).resolve().parents[1]
    assert main([str(here), str(here), "--docs", "4"]) == 0
    line = capsys.readouterr().out.strip()
    ratio = float(line.rsplit(" ", 1)[1])  # "… new/old 1.0003": load moves no count
    assert 0.995 < ratio < 1.005, line


def test_floor_and_pipeline_take_turns_over_every_document(monkeypatch) -> None:
    from bench import run

    docs = list(generate(5, seed=3))
    floor_parts: list[list[str]] = []
    pipeline_parts: list[list[str]] = []
    real_tokenizer, real_pipeline = run._tokenizer_seconds, run._pipeline_seconds

    def tokenizer(part, nlps=None):
        floor_parts.append([d.text for d in part])
        return real_tokenizer(part, nlps)

    def pipeline(part):
        pipeline_parts.append([d.text for d in part])
        return real_pipeline(part)

    monkeypatch.setattr(run, "_tokenizer_seconds", tokenizer)
    monkeypatch.setattr(run, "_pipeline_seconds", pipeline)
    floor, seconds = run._floor_and_pipeline_seconds(docs, run._blank_tokenizers(), chunk=2)
    # three turns of at most two documents, the same documents on both sides, all of them
    assert [len(p) for p in floor_parts] == [2, 2, 1]
    assert floor_parts == pipeline_parts
    assert [text for part in floor_parts for text in part] == [d.text for d in docs]
    # the real pipeline ran: it is slower than tokenising alone
    assert 0 < floor < seconds


def test_small_sizes_get_more_extraction_runs_until_enough_seconds() -> None:
    from bench.run import EXTRACT_MAX_RUNS, EXTRACT_MIN_SECONDS, _more_runs

    # --repeat is always honoured, however long the runs
    assert _more_runs(0, 0.0, repeat=3)
    assert _more_runs(2, 100.0, repeat=3)
    # past it: more runs only while the runs hold too few seconds, and never without end
    assert not _more_runs(3, EXTRACT_MIN_SECONDS + 1, repeat=3)
    assert _more_runs(3, EXTRACT_MIN_SECONDS / 10, repeat=3)
    assert not _more_runs(EXTRACT_MAX_RUNS, 0.1, repeat=3)


def test_growing_vocabulary_row_compares_the_last_run_of_new_documents_with_the_first(
        monkeypatch) -> None:
    """Each run of the row gets documents no run had before (so kg's per-word memos keep
    growing); the row's ratio is the last run's cost over the tokenizer against the first's."""
    from bench import run

    runs: list[list[str]] = []
    costs = iter([10.0, 11.0, 15.0])  # pipeline seconds per tokenizer second, run by run

    def floor_and_pipeline(docs, nlps, chunk=run.INTERLEAVE_DOCS):
        runs.append([d.text for d in docs])
        return 1.0, next(costs)

    monkeypatch.setattr(run, "_floor_and_pipeline_seconds", floor_and_pipeline)
    row = run._new_names_row(4, repeat=2, seed=0, per_word={4: 1.0})
    assert len(runs) == 3  # at least three runs, however small --repeat
    texts = [text for part in runs for text in part]
    assert len(set(texts)) == len(texts) == 12
    pooled = {d.text for d in generate(4, seed=0)}
    assert pooled.isdisjoint(texts)
    assert row.ratio == 1.5 and row.passed is False


@pytest.mark.slow
def test_memory_probe_reports_its_own_peak_not_its_parents() -> None:
    """The probe is started by the bench, which holds its corpus: ``ru_maxrss`` outlives
    ``exec`` and reported the parent's size at the fork instead of the probe's."""
    import subprocess
    import sys

    parent_ballast = bytearray(800 * 1024 * 1024)
    parent_ballast[::4096] = b"x" * len(parent_ballast[::4096])  # resident, page by page
    out = subprocess.run([sys.executable, "-m", "bench.extract_worker", "0"], check=True,
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    assert 50 < probe["peak_rss_mib"] < 600
    del parent_ballast
