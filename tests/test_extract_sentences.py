"""Sentence boundaries (``kg_paragraphs``): the shortcuts it takes give spaCy's answers."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.sentences import _parsed_and_split


def _docs() -> list[tuple[str, Doc]]:
    nlp = spacy.blank("en")
    fresh = nlp.make_doc("The talks ended. Both sides left Geneva.")
    split = nlp.make_doc("The talks ended. Both sides left Geneva.")
    split[4].is_sent_start = True
    first_only = nlp.make_doc("The talks ended.")
    first_only[0].is_sent_start = True  # the first token's start is no annotation
    parsed = Doc(nlp.vocab, words=["Talks", "ended"], heads=[1, 1], deps=["nsubj", "ROOT"])
    hooked = nlp.make_doc("The talks ended. Both sides left.")
    hooked.user_hooks["sents"] = lambda doc: iter([doc[:]])
    sentencized = nlp.make_doc("The talks ended. Both sides left.")
    sentencized = spacy.blank("en").add_pipe("sentencizer")(sentencized)
    return [("empty", nlp.make_doc("")), ("one token", nlp.make_doc("Talks")),
            ("fresh", fresh), ("split", split), ("first only", first_only),
            ("parsed", parsed), ("hooked", hooked), ("sentencized", sentencized)]


@pytest.mark.parametrize(("name", "doc"), _docs())
def test_parsed_and_split_is_what_has_annotation_says(name: str, doc: Doc) -> None:
    assert _parsed_and_split(doc) == (doc.has_annotation("DEP"),
                                      doc.has_annotation("SENT_START")), name
