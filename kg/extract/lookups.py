"""Cheap forms of lookups the rule components repeat many times per doc.

- ``word_positions``: where the words passing a test are. The rule
  components (roles, meetings, demands) each start from a few cue words
  ("fordert", "Treffen", "Präsident" …) and skip every other token; the cues
  are found once per doc, each distinct word is tested once per process (news
  repeat their words), and the per-token work (look up every token's answer,
  keep the indices of the true ones) runs inside ``set``, ``map`` and
  ``compress`` rather than a Python loop.
- ``kg_id``, ``kg_date``: ``span._.kg_id`` without spaCy building an ``Underscore``
  object for every read (about ten times the cost of the dict lookup behind
  it, and the extractors read node ids tens of thousands of times per
  thousand documents).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import compress

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.extract.dates import DateValue
from kg.extract.doc import token_table

#: Per test name: the words tested so far, and those of them that passed.
#: Bounded like ``doc.WORD_MEMO_SIZE``.
_TESTED: dict[str, set[str]] = {}
_PASSED: dict[str, set[str]] = {}
TESTED_SIZE = 100_000
#: Up to this many distinct passing words, their tokens are found by one
#: ``list.index`` scan per word; with more, by one pass over all tokens.
FEW_WORDS = 4


def word_positions(doc: Doc, name: str, test: Callable[[str], bool], start: int = 0,
                   end: int | None = None) -> list[int]:
    """Indices in [start, end) of the tokens whose text passes ``test``.

    Computed once per doc under ``name`` (then bisected), and the answers are
    kept per word across docs: ``name`` must always come with the same test.
    """
    found_by_name = doc.user_data.setdefault("kg_word_positions", {})
    found = found_by_name.get(name)
    if found is None:
        found = found_by_name[name] = _positions(doc, name, test)
    lo = bisect.bisect_left(found, start) if start else 0
    hi = len(found) if end is None else bisect.bisect_left(found, end)
    return found[lo:hi]


def _positions(doc: Doc, name: str, test: Callable[[str], bool]) -> list[int]:
    texts = token_table(doc).text
    distinct = doc.user_data.get("kg_distinct_words")  # shared by all tests
    if distinct is None:
        distinct = doc.user_data["kg_distinct_words"] = set(texts)
    tested = _TESTED.setdefault(name, set())
    passed = _PASSED.setdefault(name, set())
    unseen = distinct - tested
    if unseen:
        if len(tested) + len(unseen) > TESTED_SIZE:
            tested.clear()  # bounded memory over a long corpus
            passed.clear()
            unseen = distinct
        tested |= unseen
        passed.update(word for word in unseen if test(word))
    hits = distinct & passed
    if not hits:
        return []
    if len(hits) > FEW_WORDS:
        return list(compress(range(len(texts)), map(hits.__contains__, texts)))
    found = []
    for word in hits:
        i = -1
        try:
            while True:
                i = texts.index(word, i + 1)
                found.append(i)
        except ValueError:  # no more after i
            pass
    return sorted(found)


def _span_extension_key(name: str, span: Span) -> tuple[str, str, int, int]:
    """Where spaCy keeps a span's extension value: ``doc.user_data`` under this key
    (see ``spacy.tokens.underscore.Underscore._get_key``); checked below."""
    return ("._.", name, span.start_char, span.end_char)


def _extension_key_holds() -> bool:
    """Whether spaCy still stores span extensions under ``_span_extension_key``."""
    doc = Doc(Vocab(), words=["probe"])
    span = Span(doc, 0, 1)
    span._.kg_id = "probe"
    return doc.user_data.get(_span_extension_key("kg_id", span)) == "probe"


_FAST_EXTENSIONS = _extension_key_holds()


def kg_id(span: Span) -> str | None:
    """The node id an entity span names (``span._.kg_id``, read directly)."""
    if _FAST_EXTENSIONS:
        return span.doc.user_data.get(("._.", "kg_id", span.start_char, span.end_char))
    return span._.kg_id


def kg_date(span: Span) -> DateValue | None:
    """The date a date span means (``span._.kg_date``, read directly)."""
    if _FAST_EXTENSIONS:
        return span.doc.user_data.get(("._.", "kg_date", span.start_char, span.end_char))
    return span._.kg_date
