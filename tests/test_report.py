"""``kg report``: the HTML page's structure, self-containment and escaping."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import Document, Graph, Node, Relationship
from kg.report import build_html, write_report

HOSTILE = 'Angela Merkel sagte: <script>alert("x")</script> & </script><img src=x onerror=alert(1)>'


def hostile_graph() -> Graph:
    """A tiny graph whose text, title and properties try to break out of the HTML."""
    text = HOSTILE
    graph = Graph()
    doc = Document(id="doc:1", title="<b>Title</b> </script>", lang="de", published="2024-01-01",
                   source="evil.txt", sha256="0" * 64, text=text)
    graph.add_document(doc)
    graph.add_node(Node("doc:1", ["Document"], {"title": doc.title}))
    graph.add_node(Node("person:angela-merkel", ["Person"], {"name": "Angela Merkel"}))
    graph.add_node(Node("demand:x", ["Demand"], {"text": "</script><script>alert(2)</script>"}))
    graph.add_relationship(Relationship("rel:m", "MENTIONED_IN", "person:angela-merkel", "doc:1",
                                        {"start": 0, "end": 13, "starts": [0], "ends": [13]}))
    graph.add_relationship(Relationship("rel:d", "DEMANDS", "person:angela-merkel", "demand:x",
                                        {"doc": "doc:1", "evidence": text, "evidence_start": 0,
                                         "evidence_end": len(text), "extractor": "test",
                                         "confidence": 0.5}))
    return graph


class Collector(HTMLParser):
    """Records elements, to check the page's structure without a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> Collector:
    collector = Collector()
    collector.feed(page)
    return collector


def test_document_text_is_escaped() -> None:
    page = build_html(hostile_graph())
    parsed = parse(page)
    # Exactly our two script elements: the JSON data and the graph code.
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert [s.get("type") for s in scripts] == ["application/json", None]
    assert not any(tag == "img" for tag, _ in parsed.tags)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page \
        or "&lt;script&gt;alert(\"x\")&lt;/script&gt;" in page
    assert "&lt;b&gt;Title&lt;/b&gt;" in page
    # The embedded JSON cannot close its script element and still parses.
    data_script = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_script
    data = json.loads(data_script)
    assert {n["name"] for n in data["nodes"]} >= {"Angela Merkel", "</script><script>alert(2)</script>"}


def test_page_structure() -> None:
    page = build_html(hostile_graph(), title="T")
    parsed = parse(page)
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    assert len(marks) == 1  # the Person mention, highlighted by displaCy
    tables = [attrs.get("data-facts") for tag, attrs in parsed.tags if tag == "table"]
    assert tables[:4] == ["posts", "meetings", "demands", "statements"]
    assert any(tag == "svg" and attrs.get("id") == "graph" for tag, attrs in parsed.tags)
    assert "<b>Angela Merkel</b>" in page  # the subject is emphasised in its evidence


def test_page_is_self_contained() -> None:
    page = build_html(hostile_graph())
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith("#"), f"<{tag} {name}={value!r}> loads something"
    assert "default-src 'none'" in page
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page.replace(
        "http://www.w3.org/2000/svg", ""))


def test_report_from_graph_json_finds_texts(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("NATO-Generalsekretär Jens Stoltenberg traf am Montag in Brüssel "
                      "Bundeskanzler Olaf Scholz.\n", encoding="utf-8")
    graph_file = tmp_path / "graph.json"
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(source)])
    assert extracted.exit_code == 0, extracted.output
    graph_file.write_text(extracted.stdout, encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(graph_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    parsed = parse(page)
    marked = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    assert len(marked) >= 2
    assert "Jens Stoltenberg" in page and "Person" in page

    # The source changed since extraction: the page says so instead of mis-highlighting.
    source.write_text("Something else entirely.\n", encoding="utf-8")
    write_report(graph_file, out)
    assert "not available" in out.read_text(encoding="utf-8")


def test_report_of_job_that_never_ran(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    job = tmp_path / "job.yaml"
    job.write_text("sources: [a.txt]\ntargets:\n  - type: rdf\n    path: out.ttl\n")
    result = CliRunner().invoke(app, ["report", str(job), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "kg run" in result.stderr


@pytest.mark.parametrize("name", ["graph.txt", "graph.xml"])
def test_report_refuses_other_inputs(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("x")
    result = CliRunner().invoke(app, ["report", str(path), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2
