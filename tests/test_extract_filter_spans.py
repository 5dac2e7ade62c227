"""``entities.filter_spans`` (a faster form of spaCy's ``filter_spans``) keeps
what spaCy's keeps, in the same order, also among spans of the same bounds."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Span
from spacy.util import filter_spans as spacy_filter_spans

from kg.extract.entities import _filter_spans, filter_spans


def _bounds(spans: list[Span]) -> list[tuple[int, int, str]]:
    return [(span.start, span.end, span.label_) for span in spans]


def test_filter_spans_keeps_what_spacy_keeps_on_random_spans():
    doc = spacy.blank("en").make_doc(" ".join(["word"] * 40))
    rng = random.Random(7)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 40)
            end = min(40, start + rng.choice((0, 1, 1, 1, 2, 2, 3, 5)))
            # labels tell apart spans of the same bounds: the first one given must win
            spans.append(Span(doc, start, end, label=rng.choice(("A", "B", "C"))))
        kept, tokens = _filter_spans(spans)
        assert _bounds(kept) == _bounds(spacy_filter_spans(spans))
        assert _bounds(filter_spans(spans)) == _bounds(kept)
        assert tokens == {i for span in kept for i in range(span.start, span.end)}
