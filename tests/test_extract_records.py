"""The records the extractors make by the dozen per article (``Fact``, ``Mention``,
``Title``, ``DateValue``) have hand-written ``__init__``s (compiled, they are native
code) and the ids of a text have compiled digests: each must keep what the dataclass
and ``kg.graph.short_hash`` gave."""

from __future__ import annotations

import datetime as dt

import spacy

from kg.extract.dates import DateValue
from kg.extract.doc import DocIndex, Fact, short_digest, text_digest
from kg.extract.meetings import Mention
from kg.extract.pipeline import process
from kg.extract.roles import Title
from kg.graph import short_hash


def _sentence() -> spacy.tokens.Span:
    return spacy.blank("de")("Die Ministerin traf den Minister.")[0:6]


def test_records_made_without_their_lists_each_get_lists_of_their_own():
    sentence = _sentence()
    first, second = (Fact("DEMANDS", "a", "b", sentence, "test", 0.5) for _ in range(2))
    first.properties["kind"] = "x"
    assert second.properties == {}
    one, other = (Mention(sentence, 1, "treffen") for _ in range(2))
    one.participants.append(sentence)
    one.chairs.append(sentence)
    assert other.participants == [] and other.chairs == []


def test_records_keep_the_dataclass_defaults_equality_and_repr():
    sentence = _sentence()
    assert Fact("HELD_IN", "a", "b", sentence, "test", 0.8) == \
        Fact("HELD_IN", "a", "b", sentence, "test", 0.8, {})
    mention = Mention(sentence=sentence, noun=2, kind="treffen")
    assert (mention.date, mention.place, mention.separate, mention.antecedent) == \
        (None, None, False, None)
    title = Title(start=1, end=2, base="Ministerin", orgs=[])
    assert (title.org_confidence, title.sentence, title.owner_unnamed) == (0.9, -1, False)
    assert repr(title).startswith("Title(start=1, end=2, base='Ministerin'")


def test_date_values_are_equal_and_hash_alike_by_their_fields_and_know_their_day():
    monday = DateValue("2024-03-04", "am Montag")
    assert monday == DateValue("2024-03-04", "am Montag")
    assert hash(monday) == hash(DateValue("2024-03-04", "am Montag"))
    assert monday != DateValue("2024-03-04", "am Montag", inferred=True)
    assert len({monday, DateValue("2024-03-04", "am Montag")}) == 1
    assert monday.date == dt.date(2024, 3, 4)
    assert DateValue("--03-04", "am 4. März").date is None
    assert DateValue("2024-03", "im März").date is None
    assert "_day" not in repr(monday)


def test_compiled_digests_are_kg_graphs_short_hash():
    doc = process("Die Ministerin traf am Montag in Berlin den Minister.", "de",
                  {"lang": "de", "published": "2024-03-05", "today": "2024-03-05"})
    index = DocIndex(doc)
    assert index.text_hash == text_digest(doc).hexdigest()[:16]
    assert index.text_key == short_hash(index.text_hash, length=8)
    assert short_digest(f"{index.text_hash}\x1f{17}\x1fden Minister", 16) == \
        short_hash(index.text_hash, 17, "den Minister", length=16)
