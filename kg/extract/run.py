"""From files to a graph: read, detect the language, run the pipeline, build.

``extract_iter`` streams one graph per document (memory stays flat however
many files); ``extract_files`` merges them into one graph.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from hashlib import sha256
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from spacy.tokens import Doc

from kg.errors import InputError
from kg.extract.doc import Fact, doc_text, forget_doc, text_digest
from kg.extract.pipeline import process
from kg.graph import RELATIONSHIP_ID_PREFIXES, Document, Graph, Node, Relationship
from kg.reader import SourceText, read_path

#: What counts as a word for language detection (case is ignored).
_WORD_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß"
#: Function words of one language that are not also words of the other ("in", "an",
#: "was", "will", "war", "so" are both, so they are in neither list): a one-line
#: German text ("Olaf Scholz traf Emmanuel Macron am Montag in Paris.") has few
#: markers, and a shared word decided it the wrong way.
_DE_MARKERS = {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "sich", "auf", "ein",
               "eine", "einen", "einem", "einer", "dem", "des", "zu", "von", "für", "im", "am",
               "zum", "zur", "beim", "bei", "nach", "über", "gegen", "unter", "aus", "wird",
               "wurde", "werden", "sagte", "sagt", "auch", "dass", "hat", "haben", "sind",
               "waren", "sei", "er", "sie", "wir", "aber", "oder", "wie", "noch", "nur", "soll"}
_EN_MARKERS = {"the", "and", "is", "not", "with", "of", "to", "a", "on", "for", "said", "that",
               "by", "it", "from", "at", "were", "has", "have", "had", "he", "she", "they",
               "his", "her", "their", "would", "which", "who", "be", "been", "are", "this",
               "its", "after", "over", "against", "says", "told", "met"}
#: Letters only German spells (a tie of markers, e.g. none at all, goes by them).
_GERMAN_LETTERS = frozenset("äöüßÄÖÜ")
#: Language detection works on Latin-1 bytes: every word letter is one byte
#: there, and ``bytes.translate`` lower-cases letters and blanks out all
#: other bytes in one pass (characters outside Latin-1 become "?", a blank).
#: Counting the words of ``[A-Za-zÄÖÜäöüß]+`` this way takes half the time.
_LOWER_LETTERS_ONLY = bytes(ord(c.lower()) if c in _WORD_LETTERS else ord(" ")
                            for c in map(chr, range(256)))
#: +1 for a German marker, -1 for an English one: the sum over a text's words
#: is (German markers - English markers), with no count kept of the other words.
_MARKER_SCORES = {word.encode("latin-1"): 1 for word in _DE_MARKERS} | \
    {word.encode("latin-1"): -1 for word in _EN_MARKERS}


@dataclass(frozen=True)
class ExtractOptions:
    lang: str = "auto"
    published: str | None = None
    model: str | None = None
    lexicon_files: tuple[str, ...] = ()
    #: "Today" for inferring years; fixed in tests so results do not age.
    today: str | None = None


def detect_language(text: str) -> str:
    """'de' or 'en', by counting function words only one of them uses.

    A tie (a headline with no function word at all) goes to German when a German
    letter (ä, ö, ü, ß) occurs, to English when the text has words but no such
    letter, else to German.
    """
    sample = text[:20000]
    words = sample.encode("latin-1", "replace").translate(_LOWER_LETTERS_ONLY).split()
    german_lead = sum(map(_MARKER_SCORES.get, words, repeat(0)))
    if german_lead:
        return "de" if german_lead > 0 else "en"
    if not words or any(letter in _GERMAN_LETTERS for letter in sample):
        return "de"
    return "en"


def _check_published(value: str | None, source: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InputError(f"{source}: published date {value!r} is not YYYY-MM-DD") from None


#: Texts longer than this are processed in pieces cut at paragraph breaks, so
#: memory stays bounded and spaCy's max_length is never reached.
CHUNK_CHARS = 100_000


def text_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering the text, cut at a paragraph, line or
    space break before ``size`` characters where there is one."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > size // 2:
                    end = start + cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


def document_graph(source: SourceText, options: ExtractOptions) -> Graph:
    """Extract the graph of one document (long ones piece by piece)."""
    lang = options.lang if options.lang != "auto" else detect_language(source.text)
    published = _check_published(options.published or source.published, source.source)
    graph: Graph | None = None
    for offset, piece in text_chunks(source.text):
        meta = {"lang": lang, "published": published, "today": options.today}
        doc = process(piece, lang, meta, model=options.model,
                      lexicon_files=options.lexicon_files)
        if offset == 0:
            # later pieces resolve dates against what the first one established
            doc_meta = doc.user_data["kg_meta"]  # what doc._.kg_meta reads
            published = doc_meta.get("published") or doc_meta.get("reference_date")
        piece_graph = build_graph(doc, source, lang, offset=offset)
        # The doc's tables (tokens, spans, facts) all point back at the doc: a
        # cycle only the garbage collector would free. Emptied here, the doc
        # goes as soon as it is dropped.
        forget_doc(doc)
        if graph is None:
            graph = piece_graph  # most documents are one piece: nothing to merge
        else:
            graph.merge(piece_graph)
    return graph if graph is not None else Graph()


def build_graph(doc: Doc, source: SourceText, lang: str, offset: int = 0) -> Graph:
    """Turn a processed Doc into a Graph with evidence on every relationship.

    ``offset`` is where the Doc's text starts in the document (long documents
    are processed in pieces); every character offset in the graph is shifted
    by it, so offsets always refer to the whole document text.

    The doc's ``Node`` objects go into the graph as they are, not as copies:
    each was made for this doc alone, and the doc is dropped once its graph
    is built (``document_graph``).
    """
    text = doc_text(doc)
    # A doc of the whole text (most documents are one piece) shares its text's digest
    # with the components' ids (``text_digest``): the text is not hashed again. (``==``
    # is an identity test first: the piece is the source's own string.)
    sha = text_digest(doc).hexdigest() if text == source.text else source.sha256
    data = doc.user_data  # what doc._.kg_nodes etc. read, without an object per access
    document = Document(id=f"doc:{sha[:16]}", title=source.title, lang=lang,
                        published=data["kg_meta"].get("published"), source=source.source,
                        sha256=sha, text=source.text)
    doc_id = document.id
    graph = Graph()
    graph.add_document(document)
    graph.add_node(Node(doc_id, ["Document"], document.to_dict() | {"id": None}))
    graph.nodes[doc_id].properties.pop("id", None)
    nodes, all_mentions = data["kg_nodes"], data["kg_mentions"]
    relationships = graph.relationships
    kept: set[str] = set()
    evidence: dict[int, tuple[str, int, int]] = {}  # see ``_fact_relationship``
    for fact in data["kg_facts"]:
        start, end = fact.start, fact.end
        if start not in nodes or end not in nodes:
            continue
        rel = _fact_relationship(fact, doc_id, text, offset, evidence)
        if rel.id in relationships:  # the same fact again: the more confident one stays
            graph.add_relationship(rel)
        else:
            relationships[rel.id] = rel
        kept.add(start)
        kept.add(end)
    graph_nodes = graph.nodes
    # Every MENTIONED_IN id hashes "MENTIONED_IN", the node id and the document id
    # (``relationship_id``): only the node id differs within a document.
    id_tail = f"\x1f{doc_id}\x1f"
    for node_id, node in nodes.items():
        mentions = all_mentions.get(node_id)
        if node_id not in kept and (not mentions or not FACT_PART_LABELS.isdisjoint(node.labels)):
            continue  # a candidate that lost to a longer name, or a fact part nothing links
        if node_id in graph_nodes:  # (the document's own id: never a node of the doc)
            graph.add_node(node)
        else:
            graph_nodes[node_id] = node
        if mentions:
            rel_id = _MENTIONED_IN_PREFIX + sha256(
                f"MENTIONED_IN\x1f{node_id}{id_tail}".encode()).digest()[:6].hex()
            rel = Relationship(rel_id, "MENTIONED_IN", node_id, doc_id,
                               _mention_properties(mentions, offset))
            if rel_id in relationships:  # (never: ids differ by type, and nodes by id)
                graph.add_relationship(rel)
            else:
                relationships[rel_id] = rel
    return graph


#: Nodes that only exist as part of a fact: without one they are left out.
FACT_PART_LABELS = frozenset({"Role", "Meeting", "Demand", "Statement"})
#: ``relationship_id("MENTIONED_IN", …)`` up to the digest.
_MENTIONED_IN_PREFIX = RELATIONSHIP_ID_PREFIXES["MENTIONED_IN"]


def _fact_relationship(fact: Fact, doc_id: str, text: str, offset: int,
                       evidence: dict[int, tuple[str, int, int]]) -> Relationship:
    """A fact as a relationship with its sentence as evidence.

    ``evidence``: the evidence text and offsets of each sentence ``Span`` asked
    about, by the span's ``id`` (the facts keep their spans alive meanwhile): a
    sentence carries ~3.6 facts, and a span's offsets are computed on every read.
    """
    sentence = fact.sentence
    found = evidence.get(id(sentence))
    if found is None:
        start_char, end_char = sentence.start_char, sentence.end_char
        found = evidence[id(sentence)] = (text[start_char:end_char], start_char + offset,
                                          end_char + offset)
    props: dict[str, object] = {
        "doc": doc_id, "evidence": found[0], "evidence_start": found[1],
        "evidence_end": found[2],
        "extractor": fact.extractor, "confidence": _rounded(fact.confidence),
    }
    if fact.properties:
        props.update(fact.properties)
    rel_type, start, end = fact.type, fact.start, fact.end
    # ``relationship_id(rel_type, start, end, doc_id)`` written out (a call fewer per fact)
    rel_id = (RELATIONSHIP_ID_PREFIXES.get(rel_type) or f"rel:{rel_type.lower()}:") + sha256(
        f"{rel_type}\x1f{start}\x1f{end}\x1f{doc_id}".encode()).digest()[:6].hex()
    return Relationship(rel_id, rel_type, start, end, props)


@functools.lru_cache(maxsize=256)
def _rounded(confidence: float) -> float:
    """``round(confidence, 2)``: a handful of values, each rounded once (rounding
    a float to digits goes through its decimal string)."""
    return round(confidence, 2)


def _mention_properties(mentions: list[tuple[int, int]], offset: int) -> dict[str, object]:
    """Where a node is mentioned in the document: every (start, end) in text order
    (the properties of its MENTIONED_IN relationship)."""
    if len(mentions) == 1:  # most nodes: nothing to sort
        ((start, end),) = mentions
        start += offset
        end += offset
        return {"start": start, "end": end, "starts": [start], "ends": [end], "mentions": 1}
    if offset:
        mentions = [(s + offset, e + offset) for s, e in mentions]
    ordered = sorted(mentions)
    starts = list(map(_first, ordered))
    ends = list(map(_second, ordered))
    return {"start": starts[0], "end": ends[0], "starts": starts, "ends": ends,
            "mentions": len(ordered)}


_first, _second = itemgetter(0), itemgetter(1)


def iter_sources(paths: Iterable[Path]) -> Iterator[SourceText]:
    for path in paths:
        yield from read_path(path)


def extract_iter(paths: Iterable[Path], options: ExtractOptions) -> Iterator[Graph]:
    """One graph per document, streamed."""
    for source in iter_sources(paths):
        yield document_graph(source, options)


def extract_files(paths: Iterable[Path], options: ExtractOptions) -> Graph:
    """All documents' graphs merged into one (ids make the merge safe).

    Every file is read before any output is produced, so a bad file fails the
    whole call without printing half a graph.
    """
    sources = list(iter_sources(paths))
    graph = Graph()
    for source in sources:
        graph.merge(document_graph(source, options))
    return graph
