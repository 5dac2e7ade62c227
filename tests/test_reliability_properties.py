"""Property-based tests over the extractors (hypothesis): for any text,

- no exception,
- every offset (``evidence_start``/``evidence_end`` of a fact, ``start``/``end``/``starts``/
  ``ends`` of ``MENTIONED_IN``) lies inside the text,
- ``text[evidence_start:evidence_end] == evidence``, and a mention's slice is not blank,
- the same text gives byte-identical JSON twice (stable ids, stable order).

The texts are built from fragments the extractors react to (names, titles,
organisations, dates, quotes, demand verbs, datelines) mixed with arbitrary
Unicode, so the rules actually fire. In-process (``document_graph`` on a
``SourceText``), about 20 s in all.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.run import ExtractOptions, document_graph
from kg.graph import Graph
from kg.reader import SourceText

FRAGMENTS = [
    "Angela Merkel", "Olaf Scholz", "Jens Stoltenberg", "Wendy Sherman", "Sergei Ryabkov",
    "Bundeskanzler", "NATO-Generalsekretär", "Außenministerin", "Secretary of State", "President",
    "NATO", "Europäische Union", "Vereinte Nationen", "Kreml", "Russland", "Russia", "Berlin",
    "Brüssel", "Geneva", "am Montag", "on Friday", "14. März 2023", "January 10, 2022", "12.01.",
    "forderte", "verlangte von", "demanded that", "rejected", "lehnte ab", "traf", "met", "held talks",
    "sagte", "said", "„", "“", "\"", "'", "«", "»", "(", ")", "-", "–", "—", ".", ",", ":", "?", "!",
    "\n", "\n\n", " ", "  ", "\t", "\r\n", "BERLIN, 6. November 2023 –", "GENEVA, January 10 —",
    "Herr", "Frau", "Dr.", "von der", "O'Brien", "`tick`", "{brace}", "<b>", "😀", "ﷺ", "שלום",
    "e\u0301", "\u200f", "\u2028", "Ä", "ß",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)),
                 min_size=1, max_size=40).map(" ".join)

OPTIONS = {lang: ExtractOptions(lang=lang, today="2026-11-28") for lang in ("de", "en", "auto")}


def check_offsets(graph: Graph, text: str) -> None:
    for rel in graph.relationships.values():
        props = rel.properties
        if "evidence_start" in props:
            start, end = props["evidence_start"], props["evidence_end"]
            assert 0 <= start <= end <= len(text), (rel.id, start, end, len(text))
            assert text[start:end] == props["evidence"], rel.id
        if rel.type == "MENTIONED_IN":
            pairs = [(props["start"], props["end"]), *zip(props["starts"], props["ends"], strict=True)]
            for start, end in pairs:
                assert 0 <= start < end <= len(text), (rel.id, start, end, len(text))
                assert text[start:end].strip(), (rel.id, start, end)
        assert rel.start in graph.nodes and rel.end in graph.nodes, rel.id


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["de", "en", "auto"]))
def test_any_text_gives_offsets_inside_the_text_and_the_same_json_twice(text: str, lang: str) -> None:
    source = SourceText(text=text, source="prop.txt", title=text[:60])
    first = document_graph(source, OPTIONS[lang])
    check_offsets(first, text)
    second = document_graph(SourceText(text=text, source="prop.txt", title=text[:60]), OPTIONS[lang])
    assert second.to_json() == first.to_json()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    graph = document_graph(SourceText(text=text, source="u.txt"), OPTIONS["auto"])
    check_offsets(graph, text)
    [document] = graph.documents.values()
    assert document.text == text
