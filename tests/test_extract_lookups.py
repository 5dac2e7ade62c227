"""Per-word test answers kept across documents (``doc.WordTests``): they are a
cache, so no document's result may depend on what was seen or forgotten before."""

from __future__ import annotations

import spacy
from helpers import DEV_DIR, extract_text, node_named

from kg.extract import doc as doc_module
from kg.extract.doc import TokenTable, WordTests


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _table(text: str) -> TokenTable:
    return TokenTable(spacy.blank("de").make_doc(text))


def test_positions_are_exactly_the_tokens_passing_the_test():
    table = _table("Die Ministerin traf den Minister in Berlin, und die Ministerin sprach.")
    assert table.positions("test-capitalised", _capitalised) == \
        [i for i, text in enumerate(table.text) if _capitalised(text)]
    assert table.positions("test-capitalised", _capitalised, 2, 7) == \
        [i for i in range(2, 7) if _capitalised(table.text[i])]


def test_word_answers_forgotten_past_the_bound_do_not_change_a_later_docs_positions(monkeypatch):
    monkeypatch.setattr(doc_module, "WORD_MEMO_SIZE", 12)
    monkeypatch.setattr(doc_module, "WORD_TESTS", WordTests())
    first = _table("Anna Berg traf Carl Dorn in Essen am Montag zum Gespräch.")
    assert first.positions("test-capitalised", _capitalised) == [0, 1, 3, 4, 6, 8, 10]
    # a doc processed in between lists more words than the bound: everything is forgotten
    second = _table("Fritz Graf und Hanna Iser sprachen mit Jonas Kern über Ludwig Maier und Nora Ott.")
    assert second.positions("test-capitalised", _capitalised) == \
        [i for i, text in enumerate(second.text) if _capitalised(text)]
    assert doc_module.WORD_TESTS.generation == 2
    # the first doc asks a new test after that: its words are listed again
    assert first.positions("test-long", lambda word: len(word) > 5) == [8, 10]  # Montag, Gespräch


def test_extraction_gives_the_same_graph_when_the_word_memo_overflows_on_every_document(monkeypatch):
    text = (DEV_DIR / "nato-russland-rat.de.txt").read_text(encoding="utf-8")
    expected = extract_text(text, "de").to_dict()
    monkeypatch.setattr(doc_module, "WORD_MEMO_SIZE", 50)
    monkeypatch.setattr(doc_module, "WORD_TESTS", WordTests())
    assert extract_text(text, "de").to_dict() == expected
    assert doc_module.WORD_TESTS.generation > 1


def test_word_index_of_a_doc_longer_than_the_shared_indices_lists_every_token():
    words = [f"Wort{i % 700}" for i in range(10_000)]  # > 4,096 tokens: the indices grow
    table = _table(" ".join(words))
    assert sorted(i for found in table.word_index.values() for i in found) == list(range(10_000))
    assert table.word_index["Wort3"] == list(range(3, 10_000, 700))


def test_token_table_after_forget_doc_is_built_afresh_from_the_doc():
    from kg.extract.doc import forget_doc, token_table

    doc = spacy.blank("de").make_doc("Die Ministerin sprach.")
    first = token_table(doc)
    assert token_table(doc) is first and doc.user_data["kg_tokens"] is first
    forget_doc(doc)
    assert not doc.user_data
    again = token_table(doc)
    assert again is not first and again.text == first.text


def test_span_extension_helpers_read_and_write_what_span_underscore_does():
    from spacy.tokens import Span

    from kg.extract.doc import kg_id, set_kg_id, set_span_extension, span_extension

    doc = spacy.blank("de").make_doc("Olaf Scholz traf Emmanuel Macron am Montag.")
    scholz, macron, monday = Span(doc, 0, 2), Span(doc, 3, 5), Span(doc, 6, 7)
    set_kg_id(scholz, "person:olaf-scholz")
    macron._.kg_id = "person:emmanuel-macron"
    set_span_extension(monday, "kg_date", "2024-03-04")
    assert Span(doc, 0, 2)._.kg_id == "person:olaf-scholz"
    assert kg_id(Span(doc, 3, 5)) == "person:emmanuel-macron"
    assert Span(doc, 6, 7)._.kg_date == span_extension(monday, "kg_date") == "2024-03-04"
    assert kg_id(monday) is None and span_extension(scholz, "kg_date") is None


# -- which name an English text shows for a body the lexicon names in German ---------

def test_english_text_shows_the_english_alias_of_a_german_named_body():
    graph = extract_text("The ADB cut its forecast on Monday, the Asian Development Bank said.",
                         "en", "2025-03-07")
    bank = node_named(graph, "Asian Development Bank", "Organisation")
    assert bank is not None and bank.properties["name"] == "Asian Development Bank"
    assert bank.id == "organisation:asiatische-entwicklungsbank"


def test_german_text_keeps_the_german_name_with_the_same_id():
    graph = extract_text("Die Asiatische Entwicklungsbank (ADB) senkte ihre Prognose.", "de",
                         "2025-03-07")
    bank = node_named(graph, "Asiatische Entwicklungsbank", "Organisation")
    assert bank is not None and bank.id == "organisation:asiatische-entwicklungsbank"


def test_english_text_shows_its_own_english_name_when_the_lexicon_has_no_english_form():
    graph = extract_text("The State Duma passed the law on Tuesday.", "en", "2025-03-07")
    duma = node_named(graph, "State Duma", "Organisation")
    assert duma is not None and duma.properties["name"] == "State Duma"


def test_english_text_writing_a_german_inflected_form_keeps_the_canonical_name():
    graph = extract_text("Members of the Deutschen Bundestag met on Tuesday.", "en",
                         "2025-03-07")
    assert node_named(graph, "Deutscher Bundestag", "Organisation") is not None
