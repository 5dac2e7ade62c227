"""Cheap forms of lookups the rule components repeat many times per doc.

- ``word_positions``: where the words passing a test are. The rule
  components (roles, meetings, demands) each start from a few cue words
  ("fordert", "Treffen", "Präsident" …) and skip every other token; the cues
  are found once per doc, each distinct word is tested once per process (news
  repeat their words), and one pass over the tokens (an index of where each
  word occurs) serves every test: a test then costs a few set operations on
  the doc's distinct words, not a pass over its tokens.
- ``kg_date``: ``span._.kg_date`` read directly, as ``doc.kg_id`` reads node ids
  (see ``doc.DIRECT_EXTENSIONS``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.extract.dates import DateValue
from kg.extract.doc import span_extension, token_table


def word_positions(doc: Doc, name: str, test: Callable[[str], bool], start: int = 0,
                   end: int | None = None) -> list[int]:
    """Indices in [start, end) of the tokens whose text passes ``test``.

    Computed once per doc under ``name`` (then bisected), and the answers are
    kept per word across docs: ``name`` must always come with the same test
    (``doc.TokenTable.positions``).
    """
    return token_table(doc).positions(name, test, start, end)


def between(positions: list[int], start: int = 0, end: int | None = None) -> list[int]:
    """The sorted ``positions`` in [start, end)."""
    lo = bisect_left(positions, start) if start else 0
    hi = len(positions) if end is None else bisect_left(positions, end)
    return positions[lo:hi]


def kg_date(span: Span) -> DateValue | None:
    """The date a date span means (``span._.kg_date``, read directly)."""
    return span_extension(span, "kg_date")
