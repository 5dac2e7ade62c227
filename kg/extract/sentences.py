"""Sentence boundaries at paragraph breaks.

spaCy's sentencizer splits at punctuation only; news text also has headlines,
datelines and quotes without a final full stop, which end at a line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.doc import init_doc

OPENING_QUOTES = {"„", "«", "‚"}


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break (kept as whitespace tokens)."""
    init_doc(doc)
    if doc.has_annotation("DEP"):
        return doc  # a trained parser set the boundaries; they may not be changed
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            if not nxt.is_space:
                nxt.is_sent_start = True
        elif token.text in OPENING_QUOTES and nxt.is_sent_start and token.i > 0 \
                and not token.is_sent_start:
            # „Wir …“: the opening mark belongs to the sentence it opens
            token.is_sent_start = True
            nxt.is_sent_start = False
    return doc
