"""The state of a job between runs: which documents were processed, and their graphs.

``kg run`` is rerun again and again as articles arrive, so it must know what
it has already done. The state file maps each document (source file plus,
for ``.jsonl``, its url or line) to the sha256 of its text and the options it
was extracted with; next to it, a folder keeps each document's graph and text,
so that the whole graph can be rebuilt and re-exported without re-extracting
anything, and ``kg report`` can show every document.

Everything is written atomically (temporary file in the same folder, fsync,
``os.replace``, fsync of the folder): a run killed at any moment leaves the
previous or the new version of each file, never a torn one. A document's
graph file is written before the state names it, so the state never points
at a graph that is not on disk; at worst a killed run's last document is
processed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.graph import Graph

STATE_VERSION = 1


def file_mode(target: Path) -> int:
    """The permissions for a file that replaces ``target``: the old file's, or the umask's.

    A temporary file is created readable by its owner only; without this, every
    atomically written file (an export a triple store should read) would be 0600.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never a part."""
    from kg.rdf.formats import atomic_write  # the one implementation of temp file + rename

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda stream: stream.write(data))
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsync'ed
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class DocRecord:
    """What the state remembers about one document."""

    sha256: str
    options: str
    doc_id: str
    file: str
    title: str = ""

    @property
    def version(self) -> str:
        """Changes when the text or the extraction options change."""
        return f"{self.sha256}:{self.options}"


@dataclass
class State:
    path: Path
    documents: dict[str, DocRecord] = field(default_factory=dict)
    #: per target key: what was last written there (RDF: digest and file sha; Neo4j: loaded docs).
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def docs_dir(self) -> Path:
        return self.path.with_name(self.path.stem + ".docs")

    @classmethod
    def load(cls, path: Path) -> State:
        """The saved state, or an empty one if the job never ran."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the state file ({exc})") from None
        try:
            data = json.loads(raw)
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"unknown version {data.get('version')!r}")
            documents = {key: DocRecord(**rec) for key, rec in data["documents"].items()}
            targets = {str(k): dict(v) for k, v in data.get("targets", {}).items()}
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ConfigError(f"{path}: not a kg state file ({exc}); rerun with --full to "
                              f"rebuild it") from None
        return cls(path, documents, targets)

    def save(self) -> None:
        data = {"version": STATE_VERSION,
                "documents": {k: asdict(r) for k, r in sorted(self.documents.items())},
                "targets": dict(sorted(self.targets.items()))}
        write_atomic(self.path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())

    # ------------------------------------------------------------------ per-document graphs

    def doc_file(self, key: str) -> Path:
        return self.docs_dir / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"

    def write_doc(self, key: str, graph: Graph, text: str) -> None:
        data = {"key": key, "text": text, "graph": graph.to_dict()}
        write_atomic(self.doc_file(key), json.dumps(data, ensure_ascii=False).encode())

    def read_doc(self, key: str) -> Graph:
        """One document's graph, with the document's text restored (for reports)."""
        path = self.doc_file(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            graph = Graph.from_dict(data["graph"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}: cannot read the stored graph of {key} ({exc}); rerun "
                              f"with --full") from None
        for document in graph.documents.values():
            document.text = data.get("text", "")
        return graph

    def has_doc(self, key: str) -> bool:
        return self.doc_file(key).is_file()

    def remove_doc(self, key: str) -> None:
        self.documents.pop(key, None)
        with contextlib.suppress(FileNotFoundError):
            self.doc_file(key).unlink()

    def graph(self, keys: list[str] | None = None) -> Graph:
        """The merged graph of the given (default: all) documents, in a fixed order."""
        graph = Graph()
        for key in sorted(self.documents if keys is None else keys):
            part = self.read_doc(key)
            graph.merge(part)
            for doc_id, document in part.documents.items():
                graph.documents[doc_id].text = document.text
        return graph
