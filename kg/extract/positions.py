"""Where in a doc the words passing a test are, found without a loop per token.

The rule components (roles, meetings, demands) each start from a few cue
words ("fordert", "Treffen", "Präsident" …) and skip every other token.
``word_positions`` finds the cues once per doc: each distinct word is tested
once per process (news repeat their words), and the per-token work (look up
every token's answer, keep the indices of the true ones) runs inside
``set``, ``map`` and ``compress`` rather than a Python loop, which matters
when half a dozen tests each cover the whole doc.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import compress

from spacy.tokens import Doc

from kg.extract.doc import token_table

#: Per test name: word -> whether it passes. Bounded like ``doc.WORD_MEMO_SIZE``.
_ANSWERS: dict[str, dict[str, bool]] = {}
ANSWERS_SIZE = 100_000


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
    answers = _ANSWERS.setdefault(name, {})
    unseen = distinct.difference(answers)
    if unseen:
        if len(answers) + len(unseen) > ANSWERS_SIZE:
            answers.clear()  # bounded memory over a long corpus
            unseen = distinct
        for word in unseen:
            answers[word] = test(word)
    return list(compress(range(len(texts)), map(answers.__getitem__, texts)))
