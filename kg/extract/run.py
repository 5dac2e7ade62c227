"""From files to a graph: read, detect the language, run the pipeline, build.

``extract_iter`` streams one graph per document (memory stays flat however
many files); ``extract_files`` merges them into one graph.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from kg.errors import InputError
from kg.extract.assembly import build_graph
from kg.extract.doc import forget_doc
from kg.extract.pipeline import process
from kg.graph import Graph
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

    The opening (``OPENING_CHARS``) decides when one language leads there by
    ``CLEAR_LEAD`` words or more (nearly every article: its headline and first
    paragraph), else the first 20,000 characters. A tie (a headline with no function
    word at all) goes to German when a German letter (ä, ö, ü, ß) occurs, to English
    when the text has words but no such letter, else to German.
    """
    if len(text) > OPENING_CHARS:
        lead = _german_lead(_words(text[:OPENING_CHARS]))
        if lead >= CLEAR_LEAD or lead <= -CLEAR_LEAD:
            return "de" if lead > 0 else "en"
    sample = text[:20000]
    words = _words(sample)
    german_lead = _german_lead(words)
    if german_lead:
        return "de" if german_lead > 0 else "en"
    if not words or any(letter in _GERMAN_LETTERS for letter in sample):
        return "de"
    return "en"


#: The characters of a text read first for its language, and the lead of one
#: language's function words there that decides it without reading on (the rest
#: of an article of ~4,000 characters costs about as much to count again).
OPENING_CHARS = 1200
CLEAR_LEAD = 8


def _words(sample: str) -> list[bytes]:
    """The sample's words, lower-cased, as Latin-1 bytes (see ``_LOWER_LETTERS_ONLY``)."""
    return sample.encode("latin-1", "replace").translate(_LOWER_LETTERS_ONLY).split()


def _german_lead(words: list[bytes]) -> int:
    """German markers minus English markers among ``words``."""
    return sum(map(_MARKER_SCORES.get, words, repeat(0)))


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
