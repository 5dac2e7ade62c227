"""`--model`: a trained spaCy pipeline is loaded and kg's components build on its NER.

No trained German or English pipeline can be installed here (they are not on
PyPI), so the test builds a small pipeline of its own: spaCy's blank German
with an ``entity_ruler`` standing in for a statistical NER, saved to disk and
loaded by path exactly as ``spacy.load("de_core_news_lg")`` would be.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import spacy

from tests.helpers import kg_command

TEXT = ("Berlin, 3. Mai 2024 – Am Freitag traf Qorvath Ilundri in Berlin "
        "Vertreter der Zentrale Nordwind.\n")


def _model(tmp_path: Path) -> Path:
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Qorvath Ilundri"},
                        {"label": "ORG", "pattern": "Zentrale Nordwind"}])
    path = tmp_path / "tiny_de_model"
    nlp.to_disk(path)
    return path


def _extract(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    text = tmp_path / "article.de.txt"
    text.write_text(TEXT, encoding="utf-8")
    return subprocess.run([*kg_command(), "extract", str(text), "--lang", "de", *extra],
                          capture_output=True, text=True, timeout=300)


def test_trained_pipelines_entities_become_nodes(tmp_path: Path) -> None:
    result = _extract(tmp_path, "--model", str(_model(tmp_path)))
    assert result.returncode == 0, result.stderr
    names = {n["properties"].get("name") for n in json.loads(result.stdout)["nodes"]}
    assert {"Qorvath Ilundri", "Zentrale Nordwind"} <= names


def test_without_the_model_the_unknown_names_are_not_found(tmp_path: Path) -> None:
    result = _extract(tmp_path)
    assert result.returncode == 0, result.stderr
    names = {n["properties"].get("name") for n in json.loads(result.stdout)["nodes"]}
    assert "Qorvath Ilundri" not in names


def test_a_model_that_is_not_installed_is_a_clear_error(tmp_path: Path) -> None:
    result = _extract(tmp_path, "--model", "de_core_news_nonexistent")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "de_core_news_nonexistent" in result.stderr and "not installed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
