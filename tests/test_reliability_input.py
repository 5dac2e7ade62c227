"""Bad input: every file is either processed or refused with one clear line (exit status 2),
and memory stays bounded however big the input.

Quick cases call ``kg.reader.read_path`` in-process; the big ones (50 MB of text, a line of
5 million characters, a folder of 10,000 files) run ``kg`` in a subprocess and measure its peak
memory (``ru_maxrss`` from ``os.wait4``). ``test_extract_cli.py`` covers the CLI side of empty,
binary, missing, unsupported, Latin-1 and UTF-16 files
(``test_bad_input_gives_one_error_line_exit_2_and_no_output``, ``test_latin1_and_utf16_texts_are_decoded``).
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT

from kg.errors import InputError
from kg.reader import MAX_FILE_BYTES, MAX_TEXT_CHARS, read_path

KG = [sys.executable, "-m", "kg.cli"]
SENTENCE = "Bundeskanzler Olaf Scholz traf am Montag in Berlin den Präsidenten Emmanuel Macron. "
GIB = 1024 ** 3

# --------------------------------------------------------------------------- encodings

TEXT = "Die Ministerin Jürgen Möller sagte am Montag in München: „Gut“ – 😀.\n"


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("utf8", TEXT.encode("utf-8"), TEXT),
    ("utf8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    ("utf32-bom", TEXT.encode("utf-32"), TEXT),
    ("latin1", TEXT.replace("„", '"').replace("“", '"').replace("–", "-").replace("😀", ":)")
     .encode("latin-1"), None),
    ("cp1252", TEXT.replace("😀", ":)").encode("cp1252"), None),
])
def test_encodings_are_decoded_without_the_bom(tmp_path: Path, name: str, data: bytes,
                                               expected: str | None) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    [source] = read_path(path)
    if expected is None:  # single-byte encodings: what the bytes say in that encoding
        expected = data.decode("cp1252")
    assert source.text == expected
    assert "\ufeff" not in source.text


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty", b"", "empty file"),
    ("blank", b" \n\t\r\n  ", "empty file"),
    ("nul", b"text\x00more text", "binary file"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("controls", b"abc\x01\x02\x03def", "binary file"),
    ("utf16-truncated", codecs.BOM_UTF16_LE + "Text".encode("utf-16-le") + b"\x00\xd8", "not valid utf-16"),
    ("utf8-bom-bad", codecs.BOM_UTF8 + b"caf\xc3", "not valid utf-8"),
])
def test_undecodable_or_empty_files_are_refused_naming_the_file(tmp_path: Path, name: str, data: bytes,
                                                                message: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as caught:
        list(read_path(path))
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_folder_and_bad_jsonl_are_refused_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        list(read_path(tmp_path))
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text('{"text": "Erster Text."}\n{"text": 5}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"docs\.jsonl:2: each line needs a 'text' string"):
        list(read_path(jsonl))
    jsonl.write_text('{"text": "Erster Text."}\n{"text": "x"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"docs\.jsonl:2: not valid JSON"):
        list(read_path(jsonl))


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: no disk space, no time
        stream.truncate(MAX_FILE_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(InputError, match=rf"file too large \({MAX_FILE_BYTES + 1} bytes"):
        list(read_path(path))
    assert time.perf_counter() - started < 1


def test_jsonl_document_over_the_length_limit_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": "Kurz."}) + "\n"
                    + json.dumps({"text": "x " * (MAX_TEXT_CHARS // 2 + 1)}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"docs\.jsonl:2: text too long"):
        list(read_path(path))


# --------------------------------------------------------------------------- big inputs


def run_measured(args: list[str], cwd: Path, timeout: float) -> tuple[int, str, str, int]:
    """Run ``kg``; return exit status, stdout, stderr and peak memory (bytes) of that process."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen([*KG, *args], stdout=o, stderr=e, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                pytest.fail(f"kg {args[0]} took more than {timeout} s")
            time.sleep(0.2)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return (proc.returncode, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"),
            usage.ru_maxrss * 1024)


@pytest.mark.slow
def test_50_mb_of_text_is_refused_with_one_line_and_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "fifty.txt"
    paragraph = (SENTENCE * 10 + "\n\n").encode("utf-8")
    with path.open("wb") as stream:
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            stream.write(paragraph)
    assert path.stat().st_size >= 50 * 1024 * 1024
    code, out, err, peak = run_measured(["extract", str(path), "--lang", "de"], tmp_path, timeout=300)
    assert code == 2, err[-2000:]
    assert out == ""
    assert err.strip().splitlines() == [err.strip()]
    assert f"{path}: text too long" in err and f"limit {MAX_TEXT_CHARS}" in err
    assert peak < 1.5 * GIB, f"peak memory {peak / GIB:.2f} GiB"


@pytest.mark.slow
def test_a_line_of_5_million_characters_is_processed_with_valid_offsets(tmp_path: Path) -> None:
    """No newline at all: the pipeline cuts it into pieces (spaCy's max_length is 1,000,000)."""
    path = tmp_path / "line.txt"
    text = (SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000]
    path.write_text(text, encoding="utf-8")
    code, out, err, peak = run_measured(["extract", str(path), "--lang", "de"], tmp_path, timeout=900)
    assert code == 0, err[-2000:]
    assert peak < 1.5 * GIB, f"peak memory {peak / GIB:.2f} GiB"
    graph = json.loads(out)
    assert len(graph["documents"]) == 1
    assert any(n["properties"].get("name") == "Olaf Scholz" for n in graph["nodes"])
    for rel in graph["relationships"]:
        props = rel["properties"]
        if "evidence" in props:
            assert text[props["evidence_start"]:props["evidence_end"]] == props["evidence"]
        for start, end in zip(props.get("starts", []), props.get("ends", []), strict=True):
            assert 0 <= start < end <= len(text)


@pytest.mark.slow
def test_a_folder_of_10000_small_files_is_processed_with_bounded_memory(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(10_000):
        (corpus / f"n{i:05d}.txt").write_text(f"Berlin – Bundeskanzler Olaf Scholz traf am Montag "
                                              f"Minister Nummer {i} in Berlin.\n", encoding="utf-8")
    (corpus / "n10000.txt").write_bytes(b"\x00binary")  # one bad file among them
    job = tmp_path / "job.yaml"
    job.write_text("sources: [corpus/]\nlanguage: de\ntargets:\n  - type: rdf\n    path: out/kg.nt\n",
                   encoding="utf-8")
    code, _, err, peak = run_measured(["run", str(job)], tmp_path, timeout=1500)
    assert code == 0, err[-2000:]
    assert "processed=10000" in err and "failed=1" in err, err[-1000:]
    assert "n10000.txt: binary file" in err
    state = json.loads((tmp_path / ".kg-state" / "job.json").read_text(encoding="utf-8"))
    assert len(state["documents"]) == 10_000
    assert (tmp_path / "out" / "kg.nt").stat().st_size > 0
    assert peak < 1.5 * GIB, f"peak memory {peak / GIB:.2f} GiB"
