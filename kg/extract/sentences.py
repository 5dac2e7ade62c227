"""Sentence boundaries: at punctuation, at paragraph breaks and at opening
quotation marks.

spaCy's sentencizer splits at punctuation only; news text also has headlines,
datelines and quotes without a final full stop, which end at a line break.
And it leaves an opening „ at the end of the sentence before the quote.

With a blank pipeline, ``kg_paragraphs`` also does the sentencizer's job:
spaCy's sentencizer walks the doc in Python, a ``Token`` per token; here the
same rule is a regex over one character per token, and all boundaries are
written to the doc at once.
"""

from __future__ import annotations

import re
from itertools import compress

from spacy.attrs import IS_PUNCT
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from kg.extract.doc import TokenTable, init_doc, token_table

OPENING_QUOTES = {"„", "«", "‚"}

#: The characters spaCy's sentencizer ends a sentence at (".", "!", "?" …).
SENTENCE_PUNCT = frozenset(Sentencizer.default_punct_chars)

#: One character per token for the sentence rules: "P" ends a sentence,
#: "p" other punctuation, "w" anything else (a word).
_SENTENCE_END, _PUNCT, _WORD = "P", "p", "w"
#: spaCy's sentencizer: after a sentence-ending mark, the next word starts a
#: sentence; punctuation in between ('."', '?!') stays with the sentence.
_SENTENCE_START = re.compile(r"P[Pp]*(w)")


def _punctuation_starts(doc: Doc, table: TokenTable) -> set[int]:
    """The sentence starts spaCy's sentencizer (default settings) would set."""
    is_punct = doc.vocab.lex_attr_getters[IS_PUNCT]

    def sentence_class(text: str) -> str:
        if text in SENTENCE_PUNCT:
            return _SENTENCE_END
        return _PUNCT if is_punct(text) else _WORD

    classes = "".join(table.flags(f"sentence-class-{doc.lang_}", sentence_class))
    starts = {match.start(1) for match in _SENTENCE_START.finditer(classes)}
    if classes:
        starts.add(0)
    return starts


def _has_newline(text: str) -> bool:
    return "\n" in text


def _is_opening_quote(text: str) -> bool:
    return text in OPENING_QUOTES


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and at every opening „.

    If no component set sentence boundaries (the blank pipeline), the
    punctuation boundaries of spaCy's sentencizer are computed first.
    """
    init_doc(doc)
    if doc.has_annotation("DEP"):
        return doc  # a trained parser set the boundaries; they may not be changed
    table = token_table(doc)
    if doc.has_annotation("SENT_START"):  # a senter or sentencizer ran before
        starts = set(compress(range(len(table)), table.sent_start))
    else:
        starts = _punctuation_starts(doc, table)
    texts = table.text
    last = len(texts) - 1
    # Only line breaks and opening quotes change boundaries; in text order,
    # since a rule reads the boundaries the one before may have set.
    breaks = table.positions("has-newline", _has_newline, 0, last)
    quotes = table.positions("opening-quote", _is_opening_quote, 1, last)
    for i in sorted(breaks + quotes):
        if "\n" in texts[i]:
            if not texts[i + 1].isspace():
                starts.add(i + 1)
        elif i + 1 in starts and i not in starts:
            starts.add(i)  # „Wir …“: the mark opens the next sentence
            starts.discard(i + 1)
    table.set_sent_starts(starts)
    return doc
