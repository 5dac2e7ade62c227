"""RDF serialisation formats and atomic file writing.

One table maps a file suffix or a ``--format`` name to the names rdflib and
pyoxigraph use, and says whether the format can carry named graphs (our
per-document provenance). Files are written through ``atomic_write`` so that a
failed or interrupted export never leaves a truncated file where a user (or a
triple store watching the directory) would read it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import ExportError, InputError
from kg.state import file_mode


@dataclass(frozen=True)
class RdfFormat:
    name: str
    rdflib: str
    oxigraph: ox.RdfFormat
    #: True if the format keeps named graphs (one per document); False flattens them.
    quads: bool
    suffixes: tuple[str, ...]


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "turtle", ox.RdfFormat.TURTLE, False, (".ttl", ".turtle")),
    RdfFormat("ntriples", "nt", ox.RdfFormat.N_TRIPLES, False, (".nt",)),
    RdfFormat("nquads", "nquads", ox.RdfFormat.N_QUADS, True, (".nq", ".nquads")),
    RdfFormat("trig", "trig", ox.RdfFormat.TRIG, True, (".trig",)),
    RdfFormat("jsonld", "json-ld", ox.RdfFormat.JSON_LD, True, (".jsonld", ".json-ld")),
)
ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads",
           "n-quads": "nquads", "json-ld": "jsonld"}


def format_by_name(name: str) -> RdfFormat:
    key = ALIASES.get(name.lower(), name.lower())
    for fmt in FORMATS:
        if fmt.name == key:
            return fmt
    names = ", ".join(f.name for f in FORMATS)
    raise ExportError(f"unknown RDF format {name!r} (known: {names})")


def format_for_path(path: str | Path, explicit: str | None = None) -> RdfFormat | None:
    """The format named by ``explicit``, else the one the suffix implies, else None."""
    if explicit:
        return format_by_name(explicit)
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            return fmt
    return None


def require_format(path: str | Path, explicit: str | None = None) -> RdfFormat:
    fmt = format_for_path(path, explicit)
    if fmt is None:
        suffixes = " ".join(s for f in FORMATS for s in f.suffixes)
        raise ExportError(f"{path}: cannot tell the RDF format from the suffix; use one of "
                          f"{suffixes} or --format")
    return fmt


def atomic_write(path: str | Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a file through ``write(stream)`` so it appears complete or not at all.

    The data goes to a temporary file in the target's directory (same file
    system, so ``os.replace`` is an atomic rename), is flushed to disk, then
    renamed over the target. On any exception, KeyboardInterrupt included,
    the temporary file is removed and the previous target, if any, is intact.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError(f"{target}: directory {directory} does not exist")
    # The name is chosen before the file exists, so that an interrupt at any moment
    # after the file is created (even before ``os.open`` has returned its descriptor)
    # still knows what to remove. ``mkstemp`` only names the file once it exists.
    tmp = directory / f".{target.name}.{secrets.token_hex(8)}.tmp"
    fd: int | None = None
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.chmod(tmp, file_mode(target))  # created 0600 like mkstemp; keep what the user expects
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        if not isinstance(exc, FileExistsError):  # that file is not ours to remove
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError) and fd is None:
            raise ExportError(f"{target}: cannot create a file in {directory} ({exc.strerror})") from None
        if isinstance(exc, OSError):
            raise ExportError(f"{target}: write failed ({exc.strerror or exc})") from None
        raise


def check_readable(path: Path) -> None:
    if not path.is_file():
        raise InputError(f"{path}: no such file")


def oxigraph_bytes(statements: Iterable[ox.Quad] | Iterable[ox.Triple], rdf_format: ox.RdfFormat,
                   prefixes: dict[str, str] | None = None) -> bytes:
    """``statements`` written by pyoxigraph into memory, with ``prefixes`` where the format
    has them. (Without an output, ``ox.serialize`` returns the bytes; its type stub also
    allows ``None``, for when it writes to an output.)"""
    if prefixes is None:
        data = ox.serialize(statements, format=rdf_format)
    else:
        data = ox.serialize(statements, format=rdf_format, prefixes=prefixes)
    assert data is not None
    return data
