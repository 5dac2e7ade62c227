"""Sentence boundaries at paragraph breaks.

spaCy's sentencizer splits at punctuation only; news text also has headlines,
datelines and quotes without a final full stop, which end at a line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.doc import init_doc


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break (kept as whitespace tokens)."""
    init_doc(doc)
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc
