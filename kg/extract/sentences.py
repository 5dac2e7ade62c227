"""Sentence boundaries at paragraph breaks and opening quotation marks.

spaCy's sentencizer splits at punctuation only; news text also has headlines,
datelines and quotes without a final full stop, which end at a line break.
And it leaves an opening „ at the end of the sentence before the quote.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.doc import init_doc, token_table

OPENING_QUOTES = {"„", "«", "‚"}


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and at every opening „.

    (A regex over ``doc.text`` with a search over token offsets was measured
    slower than this single pass over the tokens: ``doc.text`` is rebuilt on
    every access.)
    """
    init_doc(doc)
    if doc.has_annotation("DEP"):
        return doc  # a trained parser set the boundaries; they may not be changed
    table = token_table(doc)
    tokens, texts, space = table.tokens, table.text, table.space
    for i in range(len(texts) - 1):
        if space[i] and "\n" in tokens[i].whitespace_ or "\n" in texts[i]:
            if not texts[i + 1].isspace():
                tokens[i + 1].is_sent_start = True
        elif texts[i] in OPENING_QUOTES and i > 0 and tokens[i + 1].is_sent_start \
                and not tokens[i].is_sent_start:
            tokens[i].is_sent_start = True  # „Wir …“: the mark opens the next sentence
            tokens[i + 1].is_sent_start = False
    return doc
