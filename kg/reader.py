"""Reading input files into ``SourceText`` records: the first stage.

Text is decoded exactly once here, and every character offset in the graph
refers to the string produced here. Newlines are not translated, so offsets
stay valid for anyone who reads the file as bytes and decodes it the same way
(UTF-8, or the BOM's encoding).
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

#: Files larger than this are refused rather than read into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Documents longer than this are refused: one document's graph is built in
#: memory, and extraction takes about 30 s per million characters, so a longer
#: text is almost certainly a whole corpus in one file (split it, or use .jsonl).
MAX_TEXT_CHARS = 10_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class SourceText:
    """One document's text and what is known about it before extraction."""

    text: str
    source: str
    title: str = ""
    published: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file's bytes, or raise ``InputError`` saying why not.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded; other
    bytes are tried as Windows-1252/Latin-1 only when the result is plainly
    text (no control characters). Binary data is refused.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: not valid {encoding} text ({exc.reason})") from None
    if b"\x00" in data:
        raise InputError(f"{source}: binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if _looks_binary(text):
        raise InputError(f"{source}: binary file (control characters), not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7f <= ord(c) < 0xa0)
    return controls > 0


def read_path(path: str | Path) -> Iterator[SourceText]:
    """Yield the documents in one file (a ``.jsonl`` file may hold many)."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"{source}: unsupported file type '{suffix or 'none'}' "
                         f"(expected one of {', '.join(SUPPORTED_SUFFIXES)})")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{source}: file too large ({size} bytes, limit {MAX_FILE_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror})") from None
    text = decode_bytes(data, source)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, source)
        return
    if suffix in HTML_SUFFIXES:
        text = _html_to_text(text, source)
    if not text.strip():
        raise InputError(f"{source}: empty file, no text to read")
    _check_length(text, source)
    yield SourceText(text=text, source=source, title=first_line(text))


def _check_length(text: str, source: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{source}: text too long ({len(text)} characters, limit "
                         f"{MAX_TEXT_CHARS}); split it into smaller documents")


def _read_jsonl(text: str, source: str) -> Iterator[SourceText]:
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{source}:{number}: each line needs a 'text' string")
        if not record["text"].strip():
            raise InputError(f"{source}:{number}: empty 'text'")
        _check_length(record["text"], f"{source}:{number}")
        found = True
        yield SourceText(
            text=record["text"],
            source=str(record.get("url") or f"{source}#{number}"),
            title=str(record.get("title") or first_line(record["text"])),
            published=record.get("published"),
            url=record.get("url"),
        )
    if not found:
        raise InputError(f"{source}: empty file, no documents in it")


def _html_to_text(html: str, source: str) -> str:
    """Take the article text out of an HTML page (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError(f"{source}: no article text found in the HTML page")
    return text


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def read_utf8(path: Path) -> str:
    """A UTF-8 file's text (a query, a graph JSON), or ``InputError`` naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
