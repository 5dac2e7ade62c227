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


def test_vague_time_is_a_search_of_its_pattern() -> None:
    from kg.extract.pipeline import build_pipeline

    pieces = ["im ", "Im", "in ", "Anfang ", "Mitte", "Ende ", "early ", "Late ", "mid-", "Mid-",
              "Dezember", "Mai", "May", "Main", "June", " 2025", " ", "\n", "next ", "month",
              "year", "nächsten ", "kommenden ", "Monat", "Jahr", "Jahres", ",", "a", "Lim",
              "Next ", "Later this ", "later this ", "In the coming ", "weeks", "Später in diesem ",
              "In den kommenden ", "Wochen", "Woche", "week", "nächste ", "kommende ", "Next week"]
    rng = random.Random(11)
    texts = ["Im Dezember tagt die IMK.", "im Mai 2025", "next month's summit",
             "am kommenden Jahrestag", "Frankfurt am Main", "Mid-June"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(30000)]
    nlps = {lang: build_pipeline(lang) for lang in ("de", "en")}
    for text in texts:
        assert meetings._has_vague_time(text) == (meetings.VAGUE_TIME_HINTS.search(text) is not None), text
        if meetings._has_vague_time(text):
            for nlp in nlps.values():
                words = [token.text for token in nlp.make_doc(text)]
                assert any(map(meetings._holds_vague_time_anchor, words)), text


def _cue_texts() -> list[str]:
    pieces = ["teil", "Teilnehmer", "nahm", "saß", "am Tisch", "hinzu", "vertrat", "beriet",
              "dabei", "empfing", "trafen", "anwesend", "attended", "joined", "with him were",
              "included", "led by", "delegation", "team was led", "sat on", "met", "were present",
              "present were", "participants", "took part", "delegates", "delegierten",
              "opening address", "addressed the", "Eröffnungsrede", "in the presence of",
              "im Beisein", "told the", "telling the", "addressing the", "meeting", "summit",
              "Metall", "cannot", "isn't", "don't", "-", ",", ".", "'s", "(", ")", "/", "5", "x", "Ab",
              "den", "Ministern", "Agrarministern", "Ministerinnen", "Ressortchefs", "EU-",
              "accompanied", "Begleitet", "Begleitung", "those present", "Gesprächspartnern"]
    rng = random.Random(5)
    return [rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
            for _ in range(4000)]


def test_participation_cues_lie_in_a_token_holding_a_hint() -> None:
    from kg.extract.pipeline import build_pipeline

    for lang in ("de", "en"):
        nlp = build_pipeline(lang)
        for text in _cue_texts():
            if meetings._has_participation_cue(text, odd_letters=False):
                words = [token.text for token in nlp.make_doc(text)]
                assert any(map(meetings._holds_participation_hint, words)), (lang, text)


def test_no_tokenizer_exception_splits_a_participation_hint() -> None:
    from kg.extract.pipeline import build_pipeline

    for lang in ("de", "en"):
        nlp = build_pipeline(lang)
        for chunk in nlp.tokenizer.rules:
            pieces = [token.text.lower() for token in nlp.make_doc(chunk)]
            for hint in meetings.PARTICIPATION_HINTS + meetings.RELATIVE_DAY_ANCHORS + \
                    tuple(word.lower() for word in meetings.VAGUE_TIME_ANCHORS):
                if hint in chunk.lower():
                    assert any(hint in piece for piece in pieces), (lang, chunk, hint)


def test_relative_days_lie_in_a_token_holding_an_anchor() -> None:
    from kg.extract.pipeline import build_pipeline

    pieces = ["a day later", "one day later", "the next day", "the following day", "einen Tag später",
              "am nächsten Tag", "am folgenden Tag", "tags darauf", "the evening before",
              "the night before", "am Vortag", "am Vorabend", "tags zuvor", "a day earlier",
              "einen Tag früher", "einen Tag zuvor", "am Vormittag", "am Mittag", "am Nachmittag",
              "am Abend", "Parallel", "Zeitgleich", "later that day", "earlier in the day",
              "that morning", "that afternoon", "that evening", "Dienstag", "Tuesday", "AM ABEND",
              "Anschließend", "Im Anschluss", "Afterwards", "Later", "this", "Kohl", "Zuvor",
              "Earlier", "-", ",", ".", "(", "x", " ", "'s"]
    rng = random.Random(3)
    texts = [rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
             for _ in range(3000)]
    for lang in ("de", "en"):
        nlp = build_pipeline(lang)
        for text in texts:
            if any(pattern.search(text) for pattern, _ in meetings.RELATIVE_DAY_PATTERNS):
                words = [token.text for token in nlp.make_doc(text)]
                assert any(map(meetings._holds_relative_day_anchor, words)), (lang, text)


def _other_event_of(words: str) -> tuple[int, int | None] | None:
    """``_other_event`` for an event noun at the first word and a date at the last."""
    lowers = words.lower().split()
    return meetings._other_event(lowers, 0, len(lowers) - 1)


def test_counted_days_after_an_event_shift_the_meetings_day() -> None:
    assert _other_event_of("talks came three days after a strike on Friday") == (2, 3)
    assert _other_event_of("talks came 2 days after Ruiz held talks in Quito on Monday") == (2, 2)
    assert _other_event_of("Gespräche fanden zwei Tage vor dem Gipfel am Montag") == (2, -2)


def test_an_after_phrase_without_a_count_leaves_the_meetings_day_untold() -> None:
    assert _other_event_of("meeting followed after a walkout on Friday") == (2, None)


def test_a_date_outside_an_after_phrase_is_the_meetings_own() -> None:
    assert _other_event_of("talks , after months of tension , ended on Monday") is None
    assert _other_event_of("met Ruiz after arriving in Quito on Monday") is None
    assert _other_event_of("Gespräche nach Paris am Montag") is None
    assert _other_event_of("talks in Quito on Monday") is None


def test_relative_days_hold_a_hint_and_a_word() -> None:
    """Every match of RELATIVE_DAYS holds one of RELATIVE_DAY_WORDS and one of
    RELATIVE_DAY_HINTS, lower-cased (``_find_relative_day`` searches only then)."""
    pieces = ["a day later", "the next day", "tags darauf", "am Vortag", "am Abend", "Parallel",
              "later that day", "that evening", "Anschließend", "Im Anschluss", "Afterwards",
              "Later", "LATER", "this", "Kohl", "Zuvor", "Earlier", "last", ",", " ", "x"]
    rng = random.Random(5)
    texts = [rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
             for _ in range(3000)]
    for text in texts:
        for pattern, _ in meetings.RELATIVE_DAY_PATTERNS:
            for match in pattern.finditer(text):
                found = match.group(0).lower()
                assert any(word in found for word in meetings.RELATIVE_DAY_WORDS), text
                assert any(hint in found for hint in meetings.RELATIVE_DAY_HINTS), text


def test_counted_after_finds_the_count_of_days_before_the_event_word() -> None:
    words = ["the", "mayor", "said", "on", "tuesday", ",", "a", "day", "after", "a", "summit"]
    assert meetings._counted_after(words, words.index("summit"), 0) == words.index("a", 6)
    words = ["sagte", "er", "am", "dienstag", ",", "zwei", "tage", "nach", "dem", "treffen"]
    assert meetings._counted_after(words, words.index("treffen"), 0) == words.index("zwei")
    words = ["agreed", "on", "tuesday", ",", "after", "a", "day", "of", "talks"]
    assert meetings._counted_after(words, words.index("talks"), 0) is None


def test_invited_to_is_an_event_word_after_an_invitation_to_it() -> None:
    words = ["hat", "die", "beteiligten", "zu", "einem", "krisengipfel", "eingeladen"]
    assert meetings._invited_to(words, words.index("krisengipfel"), 0, len(words))
    words = ["has", "invited", "union", "leaders", "to", "crisis", "talks"]
    assert meetings._invited_to(words, words.index("talks"), 0, len(words))
    words = ["kamen", "zu", "einem", "krisengipfel", "zusammen"]
    assert not meetings._invited_to(words, words.index("krisengipfel"), 0, len(words))
