"""What the extractors leave on a spaCy ``Doc``: extension attributes.

Components never keep side tables; they read and write these attributes:

- ``doc._.kg_nodes``: node id -> ``Node`` (entities, roles, meetings, demands …)
- ``doc._.kg_mentions``: node id -> list of ``(start_char, end_char)``
- ``doc._.kg_facts``: the relationships found, as ``Fact`` records
- ``doc._.kg_meta``: document metadata (language, publication date …)
- ``span._.kg_id``: on entity spans in ``doc.ents``, the node id they name
"""

from __future__ import annotations

import array
import functools
import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Set
from dataclasses import dataclass
from typing import Any, Final

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, ORTH, SENT_START, SPACY
from spacy.lang.lex_attrs import is_punct
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.graph import Node


@dataclass(slots=True, init=False)
class Fact:
    """One relationship read from one sentence.

    Its ``__init__`` is written out (``init=False``): compiled, it is native code,
    where the one ``dataclass`` writes at import is Python (~0.6 µs a call, and the
    extractors make one per fact). The same holds for the other records the
    extractors make by the dozen per article (``Mention``, ``Title``, ``DateValue``).
    """

    type: str
    start: str
    end: str
    sentence: Span
    extractor: str
    confidence: float
    properties: dict[str, object]

    def __init__(self, type: str, start: str, end: str, sentence: Span, extractor: str,
                 confidence: float, properties: dict[str, object] | None = None) -> None:
        self.type = type
        self.start = start
        self.end = end
        self.sentence = sentence
        self.extractor = extractor
        self.confidence = confidence
        self.properties = {} if properties is None else properties


#: The doc-level attributes. Their values live in ``doc.user_data`` under
#: these names: ``doc._.kg_nodes`` is the public view, and the helpers below
#: read ``user_data`` directly (each ``doc._`` access builds a new object,
#: and the extractors add thousands of nodes and mentions per document).
DOC_ATTRIBUTES: Final = ("kg_nodes", "kg_mentions", "kg_facts", "kg_meta")


def _user_data_attribute(name: str) -> dict[str, Any]:
    def getter(doc: Doc) -> object:
        return doc.user_data.get(name)

    def setter(doc: Doc, value: object) -> None:
        doc.user_data[name] = value

    return {"getter": getter, "setter": setter}


def register_extensions() -> None:
    """Register the ``kg_*`` extension attributes once (idempotent)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, **_user_data_attribute(name))  # type: ignore[arg-type]
    if not Span.has_extension("kg_id"):
        Span.set_extension("kg_id", default=None)


def init_doc(doc: Doc) -> None:
    """Give a fresh doc empty containers (defaults must not be shared)."""
    data = doc.user_data
    for name, empty in (("kg_nodes", dict), ("kg_mentions", dict), ("kg_facts", list),
                        ("kg_meta", dict)):
        if data.get(name) is None:
            data[name] = empty()


def add_node(doc: Doc, node: Node) -> Node:
    """Add a node to the doc, merging with one of the same id."""
    nodes = doc.user_data["kg_nodes"]
    existing = nodes.get(node.id)
    if existing is None:
        nodes[node.id] = node
        return node
    existing.merge(node)
    return existing


def add_mention(doc: Doc, node_id: str, start_char: int, end_char: int) -> None:
    mentions = doc.user_data["kg_mentions"].setdefault(node_id, [])
    if (start_char, end_char) not in mentions:
        mentions.append((start_char, end_char))


def add_fact(doc: Doc, fact: Fact) -> None:
    doc.user_data["kg_facts"].append(fact)


register_extensions()


class DocIndex:
    """Sentences, entities and dates of a doc, looked up by position.

    spaCy computes ``doc.sents``, ``doc.ents``, ``span.ents`` and
    ``token.sent`` afresh on every access (each a walk over the document), so
    the extractors look them up here instead: built once per doc after the
    entity recogniser, then bisected.
    """

    def __init__(self, doc: Doc) -> None:
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        #: The entity recogniser leaves its spans (equal to ``doc.ents``, which
        #: would build every ``Span`` again) under "kg_ents".
        ents = doc.user_data.get("kg_ents")
        self.ents: list[Span] = list(doc.ents) if ents is None else list(ents)
        self.ent_starts = [e.start for e in self.ents]
        self.ent_at: dict[int, Span] = _token_entities(self.ents)
        #: The same for the dates component's spans (equal to ``doc.spans["kg_dates"]``).
        dates = doc.user_data.get("kg_date_spans")
        self.dates: list[Span] = list(doc.spans.get("kg_dates", []) if dates is None else dates)
        #: ``doc.text`` is rebuilt from the tokens on every access: keep it once.
        self.text: str = doc_text(doc)
        self.date_starts = [d.start for d in self.dates]
        self._doc = doc
        self._text_hash: str | None = None
        self._text_key: str | None = None

    @property
    def text_hash(self) -> str:
        """A digest of the text (for ids of nodes found in it): hashed when first asked,
        from the doc's one ``text_digest``."""
        digest = self._text_hash
        if digest is None:
            digest = self._text_hash = text_digest(self._doc).hexdigest()[:16]
        return digest

    @property
    def text_key(self) -> str:
        """``kg.graph.short_hash(self.text_hash, length=8)``: the short key of the text in
        the ids of meetings and demands that have no other (computed once per doc)."""
        key = self._text_key
        if key is None:
            key = self._text_key = short_digest(self.text_hash, 8)
        return key

    def sent_index(self, token_i: int) -> int:
        i = bisect_right(self.sent_starts, token_i) - 1
        return i if i > 0 else 0  # (not ``max``: a call fewer, ~150 times per article)

    def sent(self, token_i: int) -> Span:
        """The sentence holding a token (``token.sent`` without the walk)."""
        return self.sents[self.sent_index(token_i)]

    def ents_in(self, start: int, end: int) -> list[Span]:
        """Entities starting in [start, end): ``span.ents`` without the walk."""
        lo = bisect_left(self.ent_starts, start)
        hi = bisect_left(self.ent_starts, end)
        return self.ents[lo:hi]

    def dates_in(self, start: int, end: int) -> list[Span]:
        lo = bisect_left(self.date_starts, start)
        hi = bisect_left(self.date_starts, end)
        return self.dates[lo:hi]


def _token_entities(ents: list[Span]) -> dict[int, Span]:
    """Token index -> the entity covering it. Most entities are one token:
    those skip the ``range`` (measured ~20 instead of ~30 us per article)."""
    at: dict[int, Span] = {}
    for ent in ents:
        start, end = ent.start, ent.end
        if end - start == 1:
            at[start] = ent
        else:
            for i in range(start, end):
                at[i] = ent
    return at


#: Per-word answers of ``TokenTable.flags`` tests, by test name.
_WORD_FLAGS: dict[str, dict[str, Any]] = {}
WORD_MEMO_SIZE = 100_000


#: Token texts by their ``ORTH`` hash: a dict lookup is a few
#: times faster than asking the vocab's ``StringStore``.
_ORTH_TEXTS: dict[int, str] = {}


def _orth_texts(doc: Doc, orths: list[int]) -> list[str]:
    """The strings of the hashes ``orths`` (remembered across docs, up to
    ``WORD_MEMO_SIZE`` strings)."""
    try:
        return list(map(_ORTH_TEXTS.__getitem__, orths))
    except KeyError:  # strings not seen before
        if len(_ORTH_TEXTS) > WORD_MEMO_SIZE:
            _ORTH_TEXTS.clear()  # bounded memory over a long corpus
        strings = doc.vocab.strings
        for orth in set(orths).difference(_ORTH_TEXTS):
            _ORTH_TEXTS[orth] = strings[orth]
        return list(map(_ORTH_TEXTS.__getitem__, orths))


#: Lower-case forms of words seen before (``_lower_forms``).
_LOWER_FORMS: dict[str, str] = {}


def _lower_forms(texts: list[str]) -> list[str]:
    """``text.lower()`` of every text (remembered across docs, up to
    ``WORD_MEMO_SIZE`` words). A word already in lower case (most tokens) is its
    own lower form, the same object (``str.lower`` makes a copy): the two lists
    share it, so reading, counting and freeing them touches fewer objects, and a
    dict finds it by identity."""
    try:
        return list(map(_LOWER_FORMS.__getitem__, texts))
    except KeyError:  # words not seen before
        if len(_LOWER_FORMS) > WORD_MEMO_SIZE:
            _LOWER_FORMS.clear()
        for text in set(texts).difference(_LOWER_FORMS):
            lowered = text.lower()
            _LOWER_FORMS[text] = text if lowered == text else lowered
        return list(map(_LOWER_FORMS.__getitem__, texts))


#: 0, 1, 2 … as int objects shared by every doc (``token_indices``).
_TOKEN_INDICES: list[int] = list(range(4096))


def token_indices(n: int) -> list[int]:
    """A list starting 0 … n-1 (maybe longer: zip it with the tokens). Python makes a
    new int object for every number above 256 that ``range`` or ``enumerate`` yields;
    these are made once per process, so the lists of token positions built per doc
    (``TokenTable.word_index``) hold shared ints: nothing to allocate or free per
    token. Grows with the longest doc seen (bounded by ``run.CHUNK_CHARS``)."""
    global _TOKEN_INDICES
    if len(_TOKEN_INDICES) < n:
        _TOKEN_INDICES = list(range(max(n, 2 * len(_TOKEN_INDICES))))
    return _TOKEN_INDICES


class LazyTokens:
    """A doc's tokens as a sequence whose ``Token`` objects are made on first access.

    spaCy makes a new ``Token`` object on every ``doc[i]`` (the largest single cost
    when a component listed them all); this makes each one once, and only those read.
    """

    __slots__ = ("_doc", "_made")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._made: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self._doc)

    def __getitem__(self, i: int) -> Token:
        token = self._made.get(i)
        if token is None:
            token = self._doc[i]  # IndexError past the end; negative indices as spaCy's
            self._made[i if i >= 0 else i + len(self._doc)] = token
        return token

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self._doc)))


#: One token that starts no sentence, in spaCy's ``SENT_START`` values (``set_sent_starts``).
_NOT_A_START: Final = array.array("q", [-1])


class TokenTable:
    """The doc's tokens and their most-read attributes, as plain Python lists.

    ``doc[i]`` creates a new ``Token`` object on every call and ``token.text``
    or ``token.lower_`` look the string up again each time; the extractors
    read each token dozens of times, so they read these lists instead (built
    once per doc, valid as long as the tokenisation does not change). The
    lists come from one ``doc.to_array`` call, without a ``Token`` object per
    token; ``tokens`` (the ``Token`` objects) is built only when first asked.
    """

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        orths, spaces, offsets = doc.to_array([ORTH, SPACY, IDX]).T.tolist() \
            if len(doc) else ([], [], [])
        self.text: list[str] = _orth_texts(doc, orths)
        #: ``token.lower_`` (spaCy's ``LOWER`` is ``str.lower`` of the text);
        #: a lookup per token is cheaper than another ``to_array`` column.
        self.lower: list[str] = _lower_forms(self.text)
        #: ``token.idx``: where each token starts in the doc's text.
        self.idx: list[int] = offsets
        #: Whether a token is followed by whitespace (1 or 0).
        self.space: list[int] = spaces
        #: ``doc.lang_``, read once (see ``doc_lang``).
        self.lang: str = doc.lang_
        self._unique: frozenset[str] | None = None
        self._flags: dict[str, list[Any]] = {}
        self._positions: dict[str, list[int]] = {}
        #: The ``WORD_TESTS`` generation this doc's words are listed in (0: not yet).
        self._words_seen = 0
        # (the lazy attributes below: plain properties, not ``functools.cached_property``,
        # which mypyc cannot compile)
        self._tokens: LazyTokens | None = None
        self._sent_start: list[bool] | None = None
        self._word_index: dict[str, list[int]] | None = None
        self._word_set: set[str] | None = None

    def __len__(self) -> int:
        return len(self.text)

    @property
    def tokens(self) -> LazyTokens:
        """The doc's ``Token`` objects, each made when first read: most readers need
        only the string lists, and the rule components read a few dozen of an
        article's ~600 tokens."""
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = LazyTokens(self._doc)
        return tokens

    @property
    def sent_start(self) -> list[bool]:
        """``token.is_sent_start`` of every token, read once the sentence
        boundaries are final (after ``kg_paragraphs``, which also sets it)."""
        starts = self._sent_start
        if starts is None:
            starts = self._sent_start = [
                value == 1 for value in self._doc.to_array(SENT_START).astype("int64").tolist()]
        return starts

    def set_sent_starts(self, starts: set[int]) -> None:
        """Make the tokens at the indices ``starts`` the doc's sentence starts
        and no others (one write for all tokens instead of a ``Token`` per
        change)."""
        size = len(self.text)
        # spaCy's values: 1 a start, -1 not. Set one by one in an ``array`` (numpy's
        # fancy indexing converts the index list to an array first: slower).
        values = _NOT_A_START * size
        sent_start = [False] * size
        for i in starts:
            values[i] = 1
            sent_start[i] = True
        if size:
            column = numpy.frombuffer(values, dtype="uint64")
            self._doc.from_array([SENT_START], column)  # type: ignore[arg-type]  # (stub: thinc Ints2d)
        self._sent_start = sent_start

    def flags(self, name: str, test: Callable[[str], Any]) -> list[Any]:
        """``test`` applied to every token's text, computed once per doc under
        ``name``. The answers are also kept per word across docs (news repeat
        their words), so ``name`` must always come with the same test. The
        test may return any value: a bool for a yes/no question, or a class
        (``kg_paragraphs`` reads one character per token)."""
        found = self._flags.get(name)
        if found is None:
            memo = _WORD_FLAGS.setdefault(name, {})
            if len(memo) > WORD_MEMO_SIZE:
                memo.clear()  # bounded memory over a long corpus
            try:
                found = list(map(memo.__getitem__, self.text))
            except KeyError:  # some words not seen before: test each once
                if self._unique is None:
                    self._unique = frozenset(self.text)
                for text in self._unique.difference(memo):
                    memo[text] = test(text)
                found = list(map(memo.__getitem__, self.text))
            self._flags[name] = found
        return found

    @property
    def word_index(self) -> dict[str, list[int]]:
        """Where each distinct token text occurs: one pass over the tokens serves
        every ``positions`` test (and ``lookups.word_positions``)."""
        where = self._word_index
        if where is None:
            where = self._word_index = self._index_words()
        return where

    def _index_words(self) -> dict[str, list[int]]:
        where: dict[str, list[int]] = {}
        texts = self.text
        # The shared indices, typed ``Any`` so that compiled code appends the objects
        # themselves (as ``int`` it would unbox each and make a new one to append);
        # a counted loop, a ``get`` and a test (compiled, ``zip`` and a bound
        # ``setdefault`` are calls through the interpreter, with an empty list per token).
        indices: list[Any] = token_indices(len(texts))
        for k in range(len(texts)):
            text = texts[k]
            found = where.get(text)
            if found is None:
                where[text] = [indices[k]]
            else:
                found.append(indices[k])
        return where

    def passing(self, name: str, test: Callable[[str], bool]) -> set[str]:
        """The doc's distinct words that pass ``test`` (see ``WordTests``)."""
        if self._words_seen != WORD_TESTS.generation:
            self._words_seen = WORD_TESTS.see(self.word_set)
        return WORD_TESTS.passed(name, test) & self.word_set

    @property
    def word_set(self) -> set[str]:
        words = self._word_set
        if words is None:
            words = self._word_set = set(self.word_index)
        return words

    def positions(self, name: str, test: Callable[[str], bool], start: int = 0,
                  end: int | None = None) -> list[int]:
        """Indices in [start, end) of the tokens whose text passes ``test``
        (computed once per doc under ``name`` from ``passing``): a loop over
        these skips the words that cannot matter."""
        found = self._positions.get(name)
        if found is None:
            found = self._positions[name] = self._positions_of(self.passing(name, test))
        lo = bisect_left(found, start) if start else 0
        hi = len(found) if end is None else bisect_left(found, end)
        return found[lo:hi]

    def token_at_char(self, char: int) -> int:
        """The index of the token whose text or trailing space holds the character at
        ``char``, else -1: spaCy's ``token_by_char`` (what ``Doc.char_span`` bisects
        with), from the offsets read once instead of the doc's C array."""
        i = bisect_right(self.idx, char) - 1
        if i < 0 or char >= self.idx[i] + len(self.text[i]) + self.space[i]:
            return -1
        return i

    def char_span(self, start_char: int, end_char: int, expand: bool) -> Span | None:
        """``doc.char_span(start_char, end_char, alignment_mode="expand" if expand else
        "contract")``, step for step: spaCy's method makes a ``Token`` for each offset
        it reads (three to five per call) and checks its arguments in Python."""
        start = self.token_at_char(start_char)
        if start < 0:
            return None
        end = self.token_at_char(end_char - 1)
        if end < 0:
            return None
        idx, text = self.idx, self.text
        if expand:
            # the trailing whitespace is no part of the token before it
            if start_char == idx[start] + len(text[start]):
                start += 1
        else:
            if idx[start] < start_char:
                start += 1
            if end_char < idx[end] + len(text[end]):
                end -= 1
            if end < start:
                return None  # no token lies wholly inside
        return Span(self._doc, start, end + 1)

    def _positions_of(self, words: set[str]) -> list[int]:
        """Where ``words`` (words of this doc) occur, in token order. Over half
        the tests pass none or one of a doc's words: those need no merge and no
        sort (a word's own positions are in order)."""
        if not words:
            return []
        index = self.word_index
        if len(words) == 1:
            (word,) = words
            return list(index[word])  # (a copy: the index is shared)
        found: list[int] = []
        for word in words:  # (compiled: list primitives, where ``sorted(chain(map(…)))`` are
            found.extend(index[word])  # three calls through the interpreter)
        found.sort()
        return found


class WordTests:
    """Answers of per-word tests, kept across docs: news repeat their words.

    Every distinct word of every doc is listed once, in the order first seen
    (``see``, once per doc); each test, by name, has run over a prefix of that
    list and keeps the words that passed (``passed`` runs it over the rest).
    A doc's words passing a test are then one set intersection, not a test or
    a lookup per word per test. ``name`` must always come with the same test.
    Bounded: past ``WORD_MEMO_SIZE`` words everything is forgotten and
    ``generation`` changes, so docs seen before are listed again.
    """

    def __init__(self) -> None:
        self.generation = 1
        self._seen: set[str] = set()
        self._order: list[str] = []
        self._tested_upto: dict[str, int] = {}
        self._passed: dict[str, set[str]] = {}

    def see(self, words: Set[str]) -> int:
        """List the words not seen before; the generation they are listed in."""
        new = words - self._seen
        if new:
            if len(self._order) + len(new) > WORD_MEMO_SIZE:
                self._seen, self._order = set(), []
                self._tested_upto.clear()
                self._passed.clear()
                self.generation += 1
                new = set(words)
            self._seen |= new
            self._order.extend(new)
        return self.generation

    def passed(self, name: str, test: Callable[[str], bool]) -> set[str]:
        """All listed words that pass ``test`` (tested once each)."""
        passed = self._passed.get(name)
        if passed is None:
            passed = self._passed[name] = set()
        upto = self._tested_upto.get(name, 0)
        if upto < len(self._order):
            # (a slice, not ``islice``: that would step through the ``upto`` words
            # before, up to ``WORD_MEMO_SIZE`` of them, at every test of every doc)
            passed.update(filter(test, self._order[upto:]))
            self._tested_upto[name] = len(self._order)
        return passed


#: The process's word tests (``TokenTable.passing``).
WORD_TESTS = WordTests()


@functools.lru_cache(maxsize=4096)
def is_punct_text(text: str) -> bool:
    """``token.is_punct`` for a token's text (spaCy's test for German and English;
    asking ``doc[i]`` would make a ``Token`` object each time)."""
    return bool(is_punct(text))


def doc_lang(doc: Doc) -> str:
    """``doc.lang_``, the language of the doc's pipeline, read once per doc: spaCy's
    property asks the vocab, which calls its language getter every time (~1 µs; the
    rule components ask ~30 times per article)."""
    return token_table(doc).lang


def doc_text(doc: Doc) -> str:
    """The doc's text. spaCy rebuilds ``doc.text`` from all tokens on every
    access; ``process`` stores the text it tokenised, else it is built once."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def text_digest(doc: Doc) -> Any:
    """The SHA-256 of the doc's text (UTF-8), hashed once per doc.

    Three ids hash the whole text: ``DocIndex.text_hash`` (nodes found in it), the
    statements' ids (the text, then more) and the document's own (``build_graph``,
    when the doc is the whole document). Each full hash of an article costs about as
    much as the rest of the statements component; they share this one. A
    ``hashlib`` object: read it with ``hexdigest()``, or ``copy()`` it before
    ``update``."""
    digest = doc.user_data.get("kg_text_digest")
    if digest is None:
        digest = doc.user_data["kg_text_digest"] = hashlib.sha256(doc_text(doc).encode("utf-8"))
    return digest


def short_digest(joined: str, length: int) -> str:
    """``kg.graph.short_hash`` of parts already joined with "\\x1f" (``short_hash(a, b)``
    is ``short_digest(f"{a}\\x1f{b}", 12)``): compiled, without the generator of
    ``str`` calls the general one runs in Python."""
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def span_text(span: Span) -> str:
    """``span.text`` as a slice of the doc's text (no walk over its tokens)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


#: The doc ``token_table`` answered for last, with its table. The rule components
#: ask ~500 times per article, nearly always about the doc in hand: an identity
#: test is half the cost of ``doc.user_data`` (a property) and a dict lookup.
#: One tuple, replaced whole, so a reader never pairs one doc with another's
#: table. It keeps the last doc alive until the next one is asked about.
_LAST_TABLE: tuple[Doc | None, TokenTable | None] = (None, None)
#: The same for ``doc_index`` (asked ~150 times per article).
_LAST_INDEX: tuple[Doc | None, DocIndex | None] = (None, None)


def token_table(doc: Doc) -> TokenTable:
    """The doc's token table, built on first use (by ``kg_paragraphs``, which also
    sets its sentence starts)."""
    global _LAST_TABLE
    last_doc, table = _LAST_TABLE
    if last_doc is doc:
        return table  # type: ignore[return-value]
    table = doc.user_data.get("kg_tokens")
    if table is None:
        table = doc.user_data["kg_tokens"] = TokenTable(doc)
    _LAST_TABLE = (doc, table)
    return table


def doc_index(doc: Doc) -> DocIndex:
    """The doc's index, built on first use after entities and dates are set."""
    global _LAST_INDEX
    last_doc, index = _LAST_INDEX
    if last_doc is doc:
        return index  # type: ignore[return-value]
    index = doc.user_data.get("kg_index")
    if index is None:
        index = doc.user_data["kg_index"] = DocIndex(doc)
    _LAST_INDEX = (doc, index)
    return index


def forget_doc(doc: Doc) -> None:
    """Drop ``doc``'s tables: its ``user_data`` and the last-asked memos of
    ``token_table`` and ``doc_index`` (``document_graph`` calls this once the
    graph is built, so the doc and everything pointing back at it are freed
    at once, and a later question about it starts afresh)."""
    global _LAST_TABLE, _LAST_INDEX
    doc.user_data.clear()
    if _LAST_TABLE[0] is doc:
        _LAST_TABLE = (None, None)
    if _LAST_INDEX[0] is doc:
        _LAST_INDEX = (None, None)


def sent_ents(span: Span) -> list[Span]:
    """The entities inside a sentence (or any span), from the doc's index."""
    return doc_index(span.doc).ents_in(span.start, span.end)


def _extension_key(name: str, span: Span) -> tuple[str, str, int, int]:
    """Where spaCy keeps a span's extension value: ``doc.user_data`` under this key
    (``spacy.tokens.underscore.Underscore._get_key``); checked by ``_extension_key_holds``."""
    return ("._.", name, span.start_char, span.end_char)


def _extension_key_holds() -> bool:
    """Whether this spaCy still stores span extensions under ``_extension_key``."""
    probe = Doc(Vocab(), words=["probe"])
    span = Span(probe, 0, 1)
    span._.kg_id = "probe"
    user_data: dict[Any, Any] = probe.user_data  # (spaCy's stub: str keys only)
    return user_data.get(_extension_key("kg_id", span)) == "probe"


#: Span extensions are read and written in ``doc.user_data`` directly, without the
#: ``Underscore`` object spaCy builds on every ``span._`` access (about ten times the
#: cost of the dict lookup behind it; the extractors read node ids tens of thousands
#: of times per thousand documents). Falls back to ``span._`` if spaCy changes.
DIRECT_EXTENSIONS: Final = _extension_key_holds()


def set_kg_id(span: Span, node_id: str) -> None:
    """``span._.kg_id = node_id`` (see ``DIRECT_EXTENSIONS``)."""
    if DIRECT_EXTENSIONS:  # _extension_key written out: ~75 writes per article
        # (the span as ``Any``: compiled, its offsets go into the key as the objects
        # spaCy made, not unboxed from ``int`` and made again)
        offsets: Any = span
        user_data: dict[Any, Any] = span.doc.user_data
        user_data[("._.", "kg_id", offsets.start_char, offsets.end_char)] = node_id
    else:
        span._.kg_id = node_id


def kg_id(span: Span) -> str | None:
    """``span._.kg_id``: the node id an entity span names (see ``DIRECT_EXTENSIONS``)."""
    if DIRECT_EXTENSIONS:  # _extension_key written out: read ~300 times per article
        offsets: Any = span  # (as in ``set_kg_id``)
        user_data: dict[Any, Any] = span.doc.user_data
        return user_data.get(("._.", "kg_id", offsets.start_char, offsets.end_char))
    return span._.kg_id


def set_span_extension(span: Span, name: str, value: Any) -> None:
    """``setattr(span._, name, value)`` (see ``DIRECT_EXTENSIONS``)."""
    if DIRECT_EXTENSIONS:  # (_extension_key written out, as in ``kg_id``)
        offsets: Any = span
        user_data: dict[Any, Any] = span.doc.user_data
        user_data[("._.", name, offsets.start_char, offsets.end_char)] = value
    else:
        setattr(span._, name, value)


def span_extension(span: Span, name: str) -> Any:
    """``getattr(span._, name)`` (see ``DIRECT_EXTENSIONS``)."""
    if DIRECT_EXTENSIONS:  # (_extension_key written out, as in ``kg_id``)
        offsets: Any = span
        user_data: dict[Any, Any] = span.doc.user_data
        return user_data.get(("._.", name, offsets.start_char, offsets.end_char))
    return getattr(span._, name)


def set_new_ents(doc: Doc, ents: list[Span]) -> None:
    """``doc.set_ents(ents, default="outside")`` for a doc that had no
    entities yet, with ``ents`` sorted and not overlapping (what
    ``filter_spans`` returns).

    spaCy's ``set_ents`` checks and writes token by token in Python (measured
    ~0.2 ms per article); here the IOB tags and types are written at once.
    On a doc without entities every token's knowledge-base id and entity id
    are still 0, as ``set_ents`` would leave or set them for spans without.
    """
    # Both columns interleaved in one flat ``array`` (token i at 2i and 2i+1), made by
    # repeating one outside token and written where the entities are (most are one
    # or two tokens): no list of every token's values to convert.
    size = len(doc)
    if not size:
        return
    values = _OUTSIDE * size
    for span in ents:
        start, end = span.start, span.end
        label = span.label
        values[2 * start] = _BEGIN
        values[2 * start + 1] = label
        for i in range(2 * start + 2, 2 * end, 2):
            values[i] = _INSIDE
            values[i + 1] = label
    columns = numpy.frombuffer(values, dtype="uint64").reshape(size, 2)
    doc.from_array([ENT_IOB, ENT_TYPE], columns)  # type: ignore[arg-type]  # (stub: thinc Ints2d)


#: spaCy's ``ENT_IOB`` codes: 3 for the first token of an entity, 1 inside, 2 outside.
_BEGIN: Final = 3
_INSIDE: Final = 1
#: A token outside every entity: its ``ENT_IOB`` and ``ENT_TYPE`` (``set_new_ents``).
_OUTSIDE: Final = array.array("Q", [2, 0])
