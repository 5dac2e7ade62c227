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
from collections.abc import Callable
from itertools import compress
from typing import Final

from spacy.attrs import IS_PUNCT
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from kg.extract.doc import WORD_MEMO_SIZE, TokenTable, init_doc, token_table

OPENING_QUOTES: Final = {"„", "«", "‚"}

#: The characters spaCy's sentencizer ends a sentence at (".", "!", "?" …).
SENTENCE_PUNCT: Final = frozenset(Sentencizer.default_punct_chars)

#: One character per token for the sentence rules: "P" ends a sentence,
#: "p" other punctuation, "q" an opening quotation mark (punctuation too),
#: "w" anything else (a word), "n" a line break (whitespace: spaCy makes
#: each run of whitespace but a single space a token of its own).
_SENTENCE_END, _PUNCT, _OPENING_QUOTE, _WORD, _LINE_BREAK = "P", "p", "q", "w", "n"
#: spaCy's sentencizer: after a sentence-ending mark, the next word starts a
#: sentence; punctuation in between ('."', '?!') stays with the sentence.
_SENTENCE_START = re.compile(r"P[Ppq]*([wn])")
#: The tokens the paragraph rules look at.
_LINE_BREAK_OR_QUOTE = re.compile(r"[nq]")


#: Each word's class character, by language (``_sentence_classes``; news repeat their
#: words). Bounded as the token table's word memos are.
_WORD_CLASSES: Final[dict[str, dict[str, str]]] = {}


def _sentence_classes(doc: Doc, table: TokenTable) -> str:
    """The class character of every token (see ``_SENTENCE_END`` …), joined straight
    from a per-word memo: the classes are read once per doc, so no list of them is
    kept on the table (``TokenTable.flags`` would keep one per doc)."""
    memo = _WORD_CLASSES.setdefault(table.lang, {})
    texts = table.text
    try:
        return "".join(map(memo.__getitem__, texts))
    except KeyError:  # words not seen before: classify each once
        if len(memo) > WORD_MEMO_SIZE:
            memo.clear()  # bounded memory over a long corpus
        is_punct = doc.vocab.lex_attr_getters[IS_PUNCT]  # type: ignore[attr-defined]  # (not in spaCy's stub)
        for text in set(texts).difference(memo):
            if text in SENTENCE_PUNCT:
                memo[text] = _SENTENCE_END
            elif is_punct(text):
                memo[text] = _OPENING_QUOTE if text in OPENING_QUOTES else _PUNCT
            else:
                memo[text] = _LINE_BREAK if "\n" in text else _WORD
        return "".join(map(memo.__getitem__, texts))


def _punctuation_starts(classes: str) -> set[int]:
    """The sentence starts spaCy's sentencizer (default settings) would set."""
    starts = {match.start(1) for match in _SENTENCE_START.finditer(classes)}
    if classes:
        starts.add(0)
    return starts


def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and at every opening „.

    If no component set sentence boundaries (the blank pipeline), the
    punctuation boundaries of spaCy's sentencizer are computed first.
    """
    init_doc(doc)
    if doc.has_annotation("DEP"):
        return doc  # a trained parser set the boundaries; they may not be changed
    _set_boundaries(doc, preset=doc.has_annotation("SENT_START"))  # a senter or sentencizer
    return doc


def _tokenizer_doc_boundaries(doc: Doc) -> Doc:
    """``paragraph_boundaries`` for a doc as the tokenizer made it (the component is
    first in its pipeline): no parse and no sentence boundaries, so the two tests of
    ``paragraph_boundaries`` are known to fail and are not made. Each walks every
    token in spaCy's Python (``Doc.has_annotation``; ~20 µs per article, the cost of
    the rest of this component but the token table). A doc of fewer than two tokens
    takes the general way (``has_annotation`` answers yes for it)."""
    if len(doc) < 2:
        return paragraph_boundaries(doc)
    init_doc(doc)
    _set_boundaries(doc, preset=False)
    return doc


@Language.factory("kg_paragraphs")
def make_paragraph_boundaries(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """``paragraph_boundaries``; as the first component of a pipeline (the blank one:
    nothing before it parses or splits sentences), ``_tokenizer_doc_boundaries``."""
    return paragraph_boundaries if nlp.pipe_names else _tokenizer_doc_boundaries


def _set_boundaries(doc: Doc, preset: bool) -> None:
    """Set the sentence starts: the ones set before (``preset``), else spaCy's
    sentencizer's, then those of the line breaks and opening quotes."""
    table = token_table(doc)
    classes = _sentence_classes(doc, table)
    if preset:
        starts = set(compress(range(len(table)), table.sent_start))
    else:
        starts = _punctuation_starts(classes)
    texts = table.text
    # Only line breaks and opening quotes change boundaries; in text order,
    # since a rule reads the boundaries the one before may have set.
    for match in _LINE_BREAK_OR_QUOTE.finditer(classes, 0, len(classes) - 1):
        i = match.start()
        if classes[i] == _LINE_BREAK:
            if not texts[i + 1].isspace():
                starts.add(i + 1)
        elif i > 0 and i + 1 in starts and i not in starts:
            starts.add(i)  # „Wir …“: the mark opens the next sentence
            starts.discard(i + 1)
    table.set_sent_starts(starts)
