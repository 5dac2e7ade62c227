"""``kg extract`` end to end: evidence offsets on the dev texts, determinism, stable ids,
language detection, bad input, encodings, jsonl and merged output.

Every ``kg`` process is started once, concurrently, by the module fixture ``runs``; the tests
only read the results (a process costs seconds of spaCy start-up).
"""

from __future__ import annotations

import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import DEV_DIR, kg_command

DEV_TEXTS = sorted(DEV_DIR.glob("*.txt")) if DEV_DIR.is_dir() else []

TEXT_A = ("BERLIN, 6. November 2023 – Bundeskanzler Olaf Scholz trifft am Montag die "
          "Ministerpräsidenten der Länder zu einem Gipfel in Berlin. Hendrik Wüst verlangte von der "
          "Bundesregierung eine dauerhafte Finanzierung. „Wir brauchen eine faire Lösung“, sagte Wüst.\n")
TEXT_B = ("GENEVA, January 10, 2022 — U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy "
          "Foreign Minister Sergei Ryabkov held talks in Geneva on Monday. Russia demanded that NATO "
          "halt its eastward expansion.\n")
LATIN1 = "Die Ministerin Jürgen Möller sagte am Montag in München, das Treffen sei gut gewesen.\n"
UTF16 = "Der Bürgermeister Björn Schäfer eröffnete am Dienstag in Köln die Konferenz.\n"
BAD_INPUTS = ("binary", "empty", "missing", "suffix")


def _run(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*kg_command(), "extract", *args], capture_output=True, timeout=300,
                          check=False)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("cli")
    paths = {name: tmp / f"{name}.txt" for name in ("a", "b", "binary", "empty", "latin1", "utf16")}
    paths["a"].write_text(TEXT_A, encoding="utf-8")
    paths["b"].write_text(TEXT_B, encoding="utf-8")
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    paths["empty"].write_bytes(b"")
    paths["latin1"].write_bytes(LATIN1.encode("latin-1"))
    paths["utf16"].write_bytes(UTF16.encode("utf-16"))  # with BOM
    paths["missing"] = tmp / "does-not-exist.txt"
    paths["suffix"] = tmp / "article.pdf"
    paths["suffix"].write_text(TEXT_A, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def runs(files: dict[str, Path]) -> dict[str, subprocess.CompletedProcess[bytes]]:
    a, b = str(files["a"]), str(files["b"])
    jobs: dict[str, list[str]] = {
        "a": [a, "--published", "2023-11-06"],
        "a_again": [a, "--published", "2023-11-06"],
        "ab": [a, b, "--published", "2023-11-06"],
        "ab_jsonl": [a, b, "--format", "jsonl", "--published", "2023-11-06"],
        "encodings": [str(files["latin1"]), str(files["utf16"]), "--lang", "de",
                      "--published", "2023-11-06"],
        **{name: [str(files[name])] for name in BAD_INPUTS},
    }
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(_run, args) for name, args in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


def graph_of(run: subprocess.CompletedProcess[bytes]) -> dict:
    assert run.returncode == 0, run.stderr.decode()
    assert run.stderr == b""
    return json.loads(run.stdout.decode("utf-8"))


# -- (a) evidence on the dev texts ---------------------------------------------------------

needs_dev = pytest.mark.skipif(not DEV_TEXTS, reason=f"dev texts not found in {DEV_DIR}")


@pytest.fixture(scope="module")
def dev_graph() -> dict:
    """The JSON graph of all dev texts, --lang auto. In-process (the pipelines are cached here);
    it is the same ``Graph.to_json`` that ``kg extract`` prints."""
    from kg.extract.run import ExtractOptions, extract_files

    graph = extract_files(DEV_TEXTS, ExtractOptions(lang="auto", today="2026-11-28"))
    return json.loads(graph.to_json())


@pytest.fixture(scope="module")
def dev_text_by_doc(dev_graph) -> dict[str, str]:
    return {d["id"]: Path(d["source"]).read_bytes().decode("utf-8") for d in dev_graph["documents"]}


@needs_dev
def test_every_dev_text_is_a_document(dev_graph):
    assert sorted(Path(d["source"]).name for d in dev_graph["documents"]) == [p.name for p in DEV_TEXTS]


@needs_dev
def test_every_relationship_evidence_is_the_text_at_its_offsets(dev_graph, dev_text_by_doc):
    checked = 0
    for rel in dev_graph["relationships"]:
        if rel["type"] == "MENTIONED_IN":
            continue
        props = rel["properties"]
        text = dev_text_by_doc[props["doc"]]
        assert text[props["evidence_start"]:props["evidence_end"]] == props["evidence"], rel
        checked += 1
    assert checked > 50


@needs_dev
def test_every_relationship_except_mentioned_in_carries_provenance(dev_graph):
    for rel in dev_graph["relationships"]:
        if rel["type"] == "MENTIONED_IN":
            continue
        props = rel["properties"]
        for key in ("doc", "evidence", "evidence_start", "evidence_end", "extractor", "confidence"):
            assert key in props, (key, rel)
        assert props["evidence"].strip(), rel
        assert isinstance(props["extractor"], str) and props["extractor"], rel
        assert 0 <= props["confidence"] <= 1, rel


@needs_dev
def test_every_mention_lies_inside_the_text_and_is_not_empty(dev_graph, dev_text_by_doc):
    node_ids = {n["id"] for n in dev_graph["nodes"]}
    for rel in dev_graph["relationships"]:
        if rel["type"] != "MENTIONED_IN":
            continue
        props = rel["properties"]
        text = dev_text_by_doc[rel["end"]]
        assert rel["start"] in node_ids
        pairs = list(zip(props.get("starts", [props["start"]]), props.get("ends", [props["end"]]),
                         strict=True))
        assert (props["start"], props["end"]) in pairs
        for start, end in pairs:
            assert 0 <= start < end <= len(text), rel
            assert text[start:end].strip(), rel


@needs_dev
def test_relationships_connect_existing_nodes_with_contract_types(dev_graph):
    from kg.graph import RELATIONSHIP_TYPES

    node_ids = {n["id"] for n in dev_graph["nodes"]}
    for rel in dev_graph["relationships"]:
        assert rel["type"] in RELATIONSHIP_TYPES
        assert rel["start"] in node_ids and rel["end"] in node_ids, rel



@needs_dev
def test_every_relationship_id_is_the_contract_digest_of_type_ends_and_document(dev_graph):
    """``build_graph`` writes the ids out for speed; loaders and merges rely on them
    being ``relationship_id`` (MENTIONED_IN: its end is the document, no fourth part)."""
    from kg.graph import relationship_id

    for rel in dev_graph["relationships"]:
        doc = None if rel["type"] == "MENTIONED_IN" else rel["properties"]["doc"]
        assert rel["id"] == relationship_id(rel["type"], rel["start"], rel["end"], doc), rel


def test_a_piece_of_a_long_document_shifts_every_offset_by_where_it_starts():
    """``build_graph(…, offset=n)`` (a piece of a long text) moves every evidence and
    mention offset by n and changes nothing else."""
    from kg.extract.pipeline import process
    from kg.extract.run import build_graph
    from kg.reader import SourceText

    text = ("Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten "
            "Emmanuel Macron. Scholz sagte, Macron und Scholz wollten weiter reden.\n")
    source = SourceText(text=text, source="piece.txt")
    meta = {"lang": "de", "published": "2024-03-05", "today": "2024-03-05"}
    plain = build_graph(process(text, "de", meta), source, "de").to_dict()
    moved = build_graph(process(text, "de", meta), source, "de", offset=1000).to_dict()
    offset_keys = ("start", "end", "evidence_start", "evidence_end")
    assert any(len(r["properties"].get("starts", [])) > 1 for r in plain["relationships"])
    for before, after in zip(plain["relationships"], moved["relationships"], strict=True):
        props = before["properties"]
        shifted = {**props, **{k: props[k] + 1000 for k in offset_keys if k in props}}
        for key in ("starts", "ends"):
            if key in props:
                shifted[key] = [n + 1000 for n in props[key]]
        assert after == {**before, "properties": shifted}
    assert plain["nodes"] == moved["nodes"]

# -- (d) language detection -----------------------------------------------------------------

@needs_dev
def test_lang_auto_picks_the_gold_language_of_every_dev_text(dev_graph):
    by_source = {Path(d["source"]).name: d["lang"] for d in dev_graph["documents"]}
    for path in DEV_TEXTS:
        gold = path.with_name(path.name[:-len(".txt")] + ".gold.yaml")
        match = re.search(r"^lang:\s*(\w+)", gold.read_text(encoding="utf-8"), re.MULTILINE)
        assert match, f"no lang: in {gold.name}"
        assert by_source[path.name] == match.group(1), path.name


# -- (b) determinism, (c) stable ids, (f) jsonl, (g) several files ---------------------------

def test_same_input_gives_byte_identical_json(runs):
    assert runs["a"].returncode == 0
    assert runs["a"].stdout == runs["a_again"].stdout
    assert runs["a"].stdout.endswith(b"}\n")


def test_ids_do_not_change_when_another_document_is_added(runs):
    alone = graph_of(runs["a"])
    both = graph_of(runs["ab"])
    alone_nodes = {n["id"]: n for n in alone["nodes"]}
    both_nodes = {n["id"]: n for n in both["nodes"]}
    assert set(alone_nodes) <= set(both_nodes)
    for node_id, node in alone_nodes.items():
        assert both_nodes[node_id]["labels"] == node["labels"]
        if "name" in node["properties"]:
            assert both_nodes[node_id]["properties"]["name"] == node["properties"]["name"]
    assert {r["id"] for r in alone["relationships"]} <= {r["id"] for r in both["relationships"]}
    assert alone["documents"][0] in both["documents"]


def test_several_files_give_one_merged_graph_with_both_documents(runs, files):
    both = graph_of(runs["ab"])
    assert sorted(Path(d["source"]).name for d in both["documents"]) == ["a.txt", "b.txt"]
    names = {n["properties"].get("name") for n in both["nodes"] if "Person" in n["labels"]}
    assert {"Olaf Scholz", "Wendy Sherman"} <= names
    docs = {d["id"] for d in both["documents"]}
    mentioned_in = {r["end"] for r in both["relationships"] if r["type"] == "MENTIONED_IN"}
    assert docs == mentioned_in


def test_jsonl_gives_one_graph_per_line(runs):
    run = runs["ab_jsonl"]
    assert run.returncode == 0, run.stderr.decode()
    lines = run.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    graphs = [json.loads(line) for line in lines]
    assert [len(g["documents"]) for g in graphs] == [1, 1]
    assert [Path(g["documents"][0]["source"]).name for g in graphs] == ["a.txt", "b.txt"]
    assert [g["documents"][0]["lang"] for g in graphs] == ["de", "en"]
    merged = graph_of(runs["ab"])
    assert {n["id"] for g in graphs for n in g["nodes"]} == {n["id"] for n in merged["nodes"]}


def test_published_option_is_the_documents_date(runs):
    [document] = graph_of(runs["a"])["documents"]
    assert document["published"] == "2023-11-06"


# -- (e) bad input and encodings -------------------------------------------------------------

@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_gives_one_error_line_exit_2_and_no_output(runs, files, name):
    run = runs[name]
    assert run.returncode == 2
    assert run.stdout == b""
    lines = run.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert files[name].name in lines[0]


def test_latin1_and_utf16_texts_are_decoded(runs):
    graph = graph_of(runs["encodings"])
    names = {n["properties"]["name"] for n in graph["nodes"] if "Person" in n["labels"]}
    assert {"Jürgen Möller", "Björn Schäfer"} <= names
    places = {n["properties"]["name"] for n in graph["nodes"] if "Place" in n["labels"]}
    assert {"München", "Köln"} <= places


@pytest.mark.parametrize(("text", "lang"), [
    ("Olaf Scholz traf Emmanuel Macron am Montag in Paris.", "de"),
    ("Olaf Scholz met Emmanuel Macron in Paris on Monday.", "en"),
    ("Streik in Köln", "de"),          # no function word: a German letter decides
    ("Strike in Leeds", "en"),
])
def test_lang_auto_reads_a_one_line_text_by_words_only_one_language_uses(text, lang):
    from kg.extract.run import detect_language

    assert detect_language(text) == lang


_GERMAN_LEAD = ("Die Ministerin sagte am Montag in Berlin, dass die Regierung an dem Plan "
                "festhalten werde. Sie sei mit den Ländern im Gespräch und wolle noch in "
                "dieser Woche einen Entwurf vorlegen, der auch die Kosten für die Kommunen "
                "regelt. ") * 6
_ENGLISH_STATEMENT = ("The company said in a statement that it was not aware of the plan and "
                      "that it would study the draft with its lawyers before it made any "
                      "comment on the costs. ") * 20


def test_a_german_article_ending_in_a_long_english_statement_is_read_as_german():
    """The opening decides when one language clearly leads there: more English function
    words in the quoted statement further down do not make the article English."""
    from kg.extract.run import detect_language

    assert detect_language(_GERMAN_LEAD + _ENGLISH_STATEMENT) == "de"


def test_an_opening_with_no_clear_lead_leaves_the_language_to_the_whole_text():
    from kg.extract.run import OPENING_CHARS, detect_language

    names = "Olaf Scholz, Emmanuel Macron, Giorgia Meloni. " * (OPENING_CHARS // 40)
    assert detect_language(names + _ENGLISH_STATEMENT) == "en"
    assert detect_language(names + _GERMAN_LEAD) == "de"


def test_a_one_line_german_meeting_is_read_as_german_and_gives_the_meeting():
    from kg.extract.run import ExtractOptions, document_graph
    from kg.reader import SourceText

    source = SourceText(text="Olaf Scholz traf Emmanuel Macron am Montag in Paris.\n",
                        source="one-line.txt")
    graph = document_graph(source, ExtractOptions(published="2024-03-05"))
    types = [rel.type for rel in graph.relationships.values()]
    assert types.count("PARTICIPATED_IN") == 2 and "HELD_IN" in types
