"""Sentence boundaries at paragraph breaks and opening quotation marks.

spaCy's sentencizer splits at punctuation only; news text also has headlines,
datelines and quotes without a final full stop, which end at a line break.
And it leaves an opening „ at the end of the sentence before the quote.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.doc import init_doc

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
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if "\n" in token.whitespace_ or "\n" in token.text:
            if not nxt.is_space:
                nxt.is_sent_start = True
        elif token.text in OPENING_QUOTES and nxt.is_sent_start and token.i > 0 \
                and not token.is_sent_start:
            token.is_sent_start = True  # „Wir …“: the mark opens the next sentence
            nxt.is_sent_start = False
    return doc
