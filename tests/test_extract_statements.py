"""Statements: quotes with their speaker (STATED)."""

from __future__ import annotations

from helpers import extract_text, rels, statements_of


def test_german_quote_followed_by_sagte_name():
    graph = extract_text("„Wir werden die Sanktionen nicht aufheben“, sagte Olaf Scholz am Montag.",
                         "de", "2022-01-10")
    assert statements_of(graph, "Olaf Scholz") == ["Wir werden die Sanktionen nicht aufheben"]


def test_german_speaker_before_colon_and_quote():
    graph = extract_text("Olaf Scholz sagte: „Wir werden die Sanktionen nicht aufheben.“", "de",
                         "2022-01-10")
    [text] = statements_of(graph, "Olaf Scholz")
    assert text.startswith("Wir werden die Sanktionen nicht aufheben")


def test_german_surname_speaker_resolves_to_the_full_name():
    graph = extract_text("Olaf Scholz traf am Montag Emmanuel Macron. „Wir stehen fest zusammen“, "
                         "sagte Scholz.", "de", "2022-01-10")
    assert statements_of(graph, "Olaf Scholz") == ["Wir stehen fest zusammen"]
    assert statements_of(graph, "Emmanuel Macron") == []


def test_english_quote_followed_by_said_name():
    graph = extract_text('"We will not lift the sanctions," said Olaf Scholz on Monday.', "en",
                         "2022-01-10")
    [text] = statements_of(graph, "Olaf Scholz")
    assert text.startswith("We will not lift the sanctions")


def test_english_name_told_reporters():
    graph = extract_text('"We will not lift the sanctions," Olaf Scholz told reporters.', "en",
                         "2022-01-10")
    assert len(statements_of(graph, "Olaf Scholz")) == 1


def test_english_statement_text_has_no_trailing_comma():
    graph = extract_text('"We will not lift the sanctions," said Olaf Scholz on Monday.', "en",
                         "2022-01-10")
    assert statements_of(graph, "Olaf Scholz") == ["We will not lift the sanctions"]


def test_quote_without_a_named_speaker_gives_no_statement():
    graph = extract_text("„Das ist völlig inakzeptabel“, hieß es aus Regierungskreisen.", "de",
                         "2022-01-10")
    assert graph.by_label("Statement") == []


SCHOLZ_AFTER_SENTENCE = "Am Montag regnete es. „Wir werden die Sanktionen nicht aufheben“, sagte Olaf Scholz."


def test_statement_evidence_offsets_match_the_text():
    graph = extract_text(SCHOLZ_AFTER_SENTENCE, "de", "2022-01-10")
    [stated] = rels(graph, "STATED")
    props = stated.properties
    assert SCHOLZ_AFTER_SENTENCE[props["evidence_start"]:props["evidence_end"]] == props["evidence"]
    assert "Sanktionen nicht aufheben“, sagte Olaf Scholz." in props["evidence"]
    assert "regnete" not in props["evidence"]
    assert props["extractor"] == "statement.quote"


def test_statement_evidence_starts_with_the_opening_quotation_mark():
    graph = extract_text(SCHOLZ_AFTER_SENTENCE, "de", "2022-01-10")
    [stated] = rels(graph, "STATED")
    assert stated.properties["evidence"] == "„Wir werden die Sanktionen nicht aufheben“, sagte Olaf Scholz."


def test_german_sagte_der_title_phrase_reaches_a_name_further_away():
    graph = extract_text("„Die Lage hat sich grundlegend verändert“, sagte der Vorsitzende der "
                         "Ministerpräsidentenkonferenz, Hessens Regierungschef Boris Rhein (CDU).",
                         "de", "2024-05-01")
    assert statements_of(graph, "Boris Rhein") == ["Die Lage hat sich grundlegend verändert"]
