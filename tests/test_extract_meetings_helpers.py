"""Meetings' fast helpers find exactly what the slower forms they replace find."""

from __future__ import annotations

import random

from kg.extract import meetings


def test_quotes_are_the_matches_of_the_quote_pattern() -> None:
    texts = ['Er sagte: „Wir treffen uns.“ Dann ging er.', '"" and "x" «y» „z"', '„„a““',
             '"a"b"c"', "no quotes at all", "", '"', '"\n"']
    rng = random.Random(7)
    letters = '„“”"«»a \n'
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
              for _ in range(20000)]
    for text in texts:
        expected = [(m.start(), m.end()) for m in meetings.QUOTED_TEXT.finditer(text)]
        assert meetings._quotes(text) == expected, text
