"""Statements: direct quotes with their speaker.

A quote is text between quotation marks („…“, "…", “…”, «…»); its speaker
is the person named with a speech verb next to it ("sagte Smith", "Peskow
sagte", "Medinsky told reporters"), or the person a pronoun there refers to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any, Final

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.extract.doc import (
    Fact,
    TokenTable,
    add_fact,
    add_node,
    doc_index,
    doc_lang,
    doc_text,
    init_doc,
    kg_id,
    sent_ents,
    span_text,
    text_digest,
    token_table,
)
from kg.graph import Node

#: The quoted text holds no quotation mark, so it runs to the next mark:
#: a greedy repeat finds the same end as a lazy one without trying each.
QUOTE: Final = re.compile(r"[„“\"«»]([^„“”\"«»]{12,})[“”\"«»]")
SPEECH_VERBS: Final = re.compile(r"\b(sagte|sagten|sagt|erklärte|betonte|warnte|fügte|meinte|so|"
                                 r"said|says|told|added|warned|stated|according to)\b")
#: English text: without the German "so" ("so Scholz"), which in English opens
#: "so-called", "so that", "and so" and names no speaker.
SPEECH_VERBS_EN: Final = re.compile(r"\b(said|says|told|added|warned|stated|according to)\b")


#: The label id of persons' spans: ``span.label == PER`` is ``span.label_ == "PER"``
#: without a look-up of the label's string in the vocab.
PER: Final = get_string_id("PER")

#: After a speech verb: a title phrase ("sagte der Vorsitzende …").
_TITLE_AFTER_VERB = re.compile(r"\s+(der|die|the)\s")


def speaker_of(doc: Doc, sentences: list[Span], index: int) -> Span | None:
    """The person who said the sentence at ``index``, if a speech verb names one."""
    stripped = span_text(sentences[index]).rstrip()
    ends_in_quote = stripped[-1:] in {"“", "”", "\"", "»", "«"} or \
        stripped.endswith(("“", ".“", ".\"", ",\""))
    for k in (index, index + 1):
        if k >= len(sentences) or (k > index and not ends_in_quote):
            break
        sent = sentences[k]
        sent_text = span_text(sent)
        match = (SPEECH_VERBS_EN if doc_lang(doc) == "en" else SPEECH_VERBS).search(sent_text)
        if match is None:
            continue
        cue_char = sent.start_char + match.start()
        persons = [e for e in sent_ents(sent) if e.label == PER]
        # "told Blinken": who is told listens; the speaker comes before the verb.
        # "sagte der Vorsitzende der Innenministerkonferenz, Bremens Innensenator X":
        # a title phrase after the verb may keep the name further away
        titled = _TITLE_AFTER_VERB.match(sent_text, match.end()) is not None
        reach = 110 if titled else 40
        after = [] if match.group(1) == "told" else \
            [p for p in persons if cue_char < p.start_char <= cue_char + reach]
        before = [p for p in persons if cue_char - 40 <= p.end_char <= cue_char]
        if after:
            return after[0]
        table = token_table(doc)
        if before and k > 0 and _inverted_pronoun_speaker(table, sent, cue_char):
            # "Lauterbach müsse nachbessern, sagte sie": the name before is the reported
            # clause's; the pronoun after the verb points back past this sentence
            from kg.extract.demands import _resolve_pronoun  # (demands imports this module)

            verb = bisect.bisect_left(table.idx, cue_char, sent.start, sent.end)
            earlier = _resolve_pronoun(doc, sentences, k - 1, doc[verb + 1], person=True)
            if earlier is not None:
                return earlier
        if before:
            return before[-1]
        # The sentence's tokens that start at most 12 characters from the cue.
        near = range(bisect.bisect_left(table.idx, cue_char - 12, sent.start, sent.end),
                     bisect.bisect_right(table.idx, cue_char + 12, sent.start, sent.end))
        for i in near:
            if table.lower[i] in {"er", "sie", "he", "she"}:
                from kg.extract.demands import _resolve_pronoun  # (demands imports this module)

                return _resolve_pronoun(doc, sentences, k, doc[i], person=True)
        if k == index:
            break
    return None


def _inverted_pronoun_speaker(table: TokenTable, sent: Span, cue_char: int) -> bool:
    """Whether the speech verb at ``cue_char`` follows a comma and a pronoun follows it
    (", sagte sie", ", erklärte er"): the reported clause came first."""
    verb = bisect.bisect_left(table.idx, cue_char, sent.start, sent.end)
    return sent.start < verb < sent.end - 1 and table.idx[verb] == cue_char and \
        table.text[verb - 1] == "," and table.lower[verb + 1] in {"er", "sie"}


#: The characters a quote starts with (``QUOTE``'s first character class).
_OPENING_MARKS = "„“\"«»"


def _quotes(text: str) -> Iterator[re.Match[str]]:
    """``QUOTE.finditer(text)``, tried only where a quotation mark stands
    (``str.find`` skips the text between them much faster than the regex)."""
    marks = []
    for mark in _OPENING_MARKS:
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    end = 0
    for at in sorted(marks):
        if at >= end:
            match = QUOTE.match(text, at)
            if match is not None:
                yield match
                end = match.end()


def _statement_id(text_digest: Any, start: int) -> str:
    """``"statement:" + short_hash(text, start, length=16)``, from the digest of
    ``text + "\x1f"`` (``text_digest``, shared by all quotes of a doc): the
    text is hashed once, not once per quote."""
    digest = text_digest.copy()
    digest.update(str(start).encode("utf-8"))
    return f"statement:{digest.hexdigest()[:16]}"


@Language.factory("kg_statements", default_config={})
def make_statement_extractor(nlp: Language, name: str) -> StatementExtractor:
    return StatementExtractor()


class StatementExtractor:
    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        sentences = doc_index(doc).sents
        starts = [s.start_char for s in sentences]
        text = doc_text(doc)
        digest = None  # of the text and "\x1f", for the statements' ids (``_statement_id``)
        # The speaker of each sentence asked, by index: several quotes often end in
        # one sentence. Seeded with those kg_demands (run before) asked ``speaker_of``
        # for (its cache "kg_demand_speakers", same key and value).
        speakers: dict[int, Span | None] = dict(doc.user_data.get("kg_demand_speakers") or {})
        for match in _quotes(text):
            start, end = match.start(1), match.end(1)
            index_ = max(0, bisect.bisect_right(starts, start) - 1)
            # the sentence that carries the speech verb may follow the quote
            last = index_
            while last + 1 < len(sentences) and sentences[last].end_char < match.end():
                last += 1
            if last not in speakers:
                speakers[last] = speaker_of(doc, sentences, last)
            speaker = speakers[last]
            speaker_id = kg_id(speaker) if speaker is not None else None
            if speaker_id is None:
                continue
            while end > start and text[end - 1] in ",;: ":
                end -= 1  # "We will not lift the sanctions," — the comma closes the clause
            quote = token_table(doc).char_span(start, end, expand=False)  # "contract"
            if quote is None or len(quote) < 3:
                continue
            if digest is None:  # the text's own, continued (``doc.text_digest``)
                digest = text_digest(doc).copy()
                digest.update(b"\x1f")
            node_id = _statement_id(digest, start)
            add_node(doc, Node(node_id, ["Statement"], {"text": span_text(quote)}))
            mentions = doc.user_data["kg_mentions"]
            mentions.setdefault(node_id, []).append((quote.start_char, quote.end_char))
            # (``doc[a:b]`` normalises the slice in Python first: ~3x the cost of a ``Span``)
            evidence = Span(doc, sentences[index_].start, sentences[last].end)
            add_fact(doc, Fact("STATED", speaker_id, node_id, evidence, "statement.quote", 0.8))
        return doc
