"""Job files: what ``kg run JOB.yaml`` reads, checked completely before anything runs.

A job names its sources (files, folders, globs), the language, extraction
options, the mapping and its targets (RDF files, Neo4j databases). Users edit
these files by hand, so every mistake is reported as ``file:line: key: what is
wrong`` with exit status 2, and nothing runs until the whole file is valid.

Why the YAML is read the way it is:

- ``yaml.SafeLoader`` only (plain data, no Python objects), but composed into
  nodes first so that every key and value keeps its line number.
- Anchors and aliases are refused outright: a job file never needs them, and
  refusing them rules out "billion laughs" expansion, which a node count
  limit alone would only bound. Duplicate keys are refused too, because YAML
  would silently keep the last one.
- Relative paths are relative to the job file, so a job runs the same from
  any working directory.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import ConfigError, KgError
from kg.neo4j.loader import DEFAULT_BATCH_SIZE
from kg.reader import SUPPORTED_SUFFIXES

#: Job files larger than this are refused before parsing.
MAX_JOB_BYTES = 1024 * 1024
#: ... and so are files with more YAML nodes than this (a job has a few dozen).
MAX_NODES = 20000

LANGUAGES = ("auto", "de", "en")
ON_ERROR = ("skip", "stop")
TOP_KEYS = ("version", "name", "sources", "language", "extraction", "mapping", "targets",
            "on_error", "state")
SOURCE_KEYS = ("path", "language", "published")
EXTRACTION_KEYS = ("lexicons", "model", "published", "today")
RDF_KEYS = ("type", "path", "format")
NEO4J_KEYS = ("type", "uri", "database", "user", "password_env", "enabled", "batch_size")


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Source:
    """One entry of ``sources``: a file, folder or glob, and the files it stands for."""

    spec: str
    line: int
    files: tuple[Path, ...]
    language: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Extraction:
    lexicons: tuple[Path, ...] = ()
    model: str | None = None
    published: str | None = None
    today: str | None = None


@dataclass(frozen=True)
class RdfTarget:
    path: Path
    format: str
    line: int

    @property
    def key(self) -> str:
        """How the state file names this target."""
        return f"rdf:{self.path}"


@dataclass(frozen=True)
class Neo4jTarget:
    """A Neo4j database. The password is only ever read from ``password_env`` at run time."""

    uri: str | None
    database: str | None
    user: str | None
    password_env: str | None
    enabled: bool
    batch_size: int
    line: int

    @property
    def key(self) -> str:
        from kg.neo4j.loader import display_uri

        return f"neo4j:{display_uri(self.uri or os.environ.get('NEO4J_URI', ''))}/{self.database or ''}"


Target = RdfTarget | Neo4jTarget


@dataclass(frozen=True)
class Job:
    path: Path
    name: str
    sources: tuple[Source, ...]
    targets: tuple[Target, ...]
    language: str = "auto"
    extraction: Extraction = field(default_factory=Extraction)
    mapping: Path | None = None
    on_error: str = "skip"
    state: Path = Path(".kg-state/job.json")

    @property
    def base(self) -> Path:
        return self.path.parent

    def relative(self, path: Path) -> str:
        """A path as users see it: relative to the job file's folder when inside it."""
        try:
            return path.relative_to(self.base).as_posix()
        except ValueError:
            return str(path)

    def fingerprint(self) -> str:
        """Digest of everything besides the text that changes a document's extraction.

        Stored with each document in the state, so changing the lexicons, the
        model or the language reprocesses the documents they affect.
        """
        from kg import __version__

        lexicons = [hashlib.sha256(p.read_bytes()).hexdigest() for p in self.extraction.lexicons]
        data = {"kg": __version__, "language": self.language, "model": self.extraction.model,
                "published": self.extraction.published, "today": self.extraction.today,
                "lexicons": lexicons}
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]

    def mapping_digest(self) -> str:
        from kg.mapping import DEFAULT_MAPPING

        path = self.mapping or DEFAULT_MAPPING
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


# --------------------------------------------------------------------------- reading


class _Problem(ConfigError):
    """A ConfigError that already carries ``file:line: key:``."""


def _error(job_path: Path, node: yaml.Node | int, key: str, message: str) -> _Problem:
    line = node if isinstance(node, int) else node.start_mark.line + 1
    where = f"{key}: " if key else ""
    return _Problem(f"{job_path}:{line}: {where}{message}")


def _compose(real: Path, path: Path) -> yaml.Node:
    """The job file as a YAML node tree, refusing what a job file never needs.

    ``path`` is the name as the user gave it, used in messages; ``real`` is read.
    """
    try:
        size = real.stat().st_size
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such job file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    if real.is_dir():
        raise ConfigError(f"{path}: is a folder, not a job file")
    if size > MAX_JOB_BYTES:
        raise ConfigError(f"{path}: job file too large ({size} bytes, limit {MAX_JOB_BYTES})")
    try:
        text = real.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read as UTF-8 text ({exc})") from None
    try:
        for count, event in enumerate(yaml.parse(text, Loader=yaml.SafeLoader), start=1):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise _error(path, event.start_mark.line + 1, "",
                             "YAML anchors and aliases (&name, *name) are not allowed in job files")
            if count > MAX_NODES:
                raise _error(path, event.start_mark.line + 1, "",
                             f"job file too complex (more than {MAX_NODES} YAML nodes)")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise ConfigError(f"{path}:{line}: malformed YAML ({exc.problem or exc})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: malformed YAML ({exc})") from None
    if node is None:
        raise ConfigError(f"{path}:1: empty job file; it needs 'sources' and 'targets'")
    return node


def _scalar(node: yaml.Node) -> Any:
    """The Python value of a scalar node, with ``yaml.safe_load`` semantics."""
    return yaml.SafeLoader("").construct_object(node, deep=True)


class _Reader:
    """Walks the node tree, turning it into a ``Job`` or raising the first problem found."""

    def __init__(self, path: Path, shown: Path) -> None:
        self.path = path
        self.base = path.parent
        self.shown_path = shown

    def error(self, node: yaml.Node | int, key: str, message: str) -> _Problem:
        return _error(self.shown_path, node, key, message)

    def mapping(self, node: yaml.Node, key: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node]:
        """A mapping node's items by key; unknown and duplicate keys are errors."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, key or "job", f"expected a mapping with keys {', '.join(allowed)}, "
                             f"got {_kind(node)}")
        items: dict[str, yaml.Node] = {}
        keys: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            name = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(name, str):
                raise self.error(key_node, key, "keys must be plain words")
            full = f"{key}.{name}" if key else name
            if name not in allowed:
                hint = _suggest(name, allowed)
                raise self.error(key_node, full, f"unknown key{hint} (allowed: {', '.join(allowed)})")
            if name in items:
                raise self.error(key_node, full, f"duplicate key (first on line "
                                 f"{keys[name].start_mark.line + 1})")
            items[name] = value_node
            keys[name] = key_node
        return items

    def string(self, node: yaml.Node, key: str, choices: tuple[str, ...] = ()) -> str:
        value = _scalar(node) if isinstance(node, yaml.ScalarNode) else None
        if not isinstance(value, str) or not value.strip():
            raise self.error(node, key, f"expected a non-empty string, got {_kind(node)}")
        if choices and value not in choices:
            raise self.error(node, key, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def optional_string(self, node: yaml.Node | None, key: str) -> str | None:
        if node is None or (isinstance(node, yaml.ScalarNode) and _scalar(node) is None):
            return None
        return self.string(node, key)

    def date(self, node: yaml.Node | None, key: str) -> str | None:
        if node is None:
            return None
        value = _scalar(node) if isinstance(node, yaml.ScalarNode) else None
        if value is None:
            return None
        import datetime as dt

        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise self.error(node, key, f"expected a date YYYY-MM-DD, got {_show(node)}")

    def boolean(self, node: yaml.Node, key: str) -> bool:
        value = _scalar(node) if isinstance(node, yaml.ScalarNode) else None
        if not isinstance(value, bool):
            raise self.error(node, key, f"expected true or false, got {_show(node)}")
        return value

    def integer(self, node: yaml.Node, key: str, minimum: int = 1) -> int:
        value = _scalar(node) if isinstance(node, yaml.ScalarNode) else None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(node, key, f"expected a whole number >= {minimum}, got {_show(node)}")
        return value

    def sequence(self, node: yaml.Node, key: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, key, f"expected a list, got {_kind(node)}")
        if not node.value:
            raise self.error(node, key, "the list is empty")
        return list(node.value)

    def file(self, node: yaml.Node, key: str, what: str) -> Path:
        path = self.resolve(self.string(node, key))
        if not path.is_file():
            raise self.error(node, key, f"{what} {self.shown(path)} does not exist")
        return path

    def resolve(self, value: str) -> Path:
        path = Path(os.path.expanduser(value))
        return path if path.is_absolute() else self.base / path

    def shown(self, path: Path) -> str:
        try:
            return path.relative_to(self.base).as_posix()
        except ValueError:
            return str(path)

    # ---------------------------------------------------------------- sections

    def job(self, root: yaml.Node) -> Job:
        top = self.mapping(root, "", TOP_KEYS)
        if "version" in top and _scalar(top["version"]) != 1:
            raise self.error(top["version"], "version", "only version 1 is known")
        for required in ("sources", "targets"):
            if required not in top:
                raise self.error(root, required, f"missing: a job needs '{required}'")
        name = self.string(top["name"], "name") if "name" in top else self.path.stem
        language = self.string(top["language"], "language", LANGUAGES) if "language" in top else "auto"
        on_error = self.string(top["on_error"], "on_error", ON_ERROR) if "on_error" in top else "skip"
        sources = tuple(self.source(item, f"sources[{i}]")
                        for i, item in enumerate(self.sequence(top["sources"], "sources")))
        extraction = self.extraction(top["extraction"]) if "extraction" in top else Extraction()
        mapping = None
        if "mapping" in top:
            mapping = self.file(top["mapping"], "mapping", "mapping file")
            from kg.mapping import load_mapping

            try:
                load_mapping(mapping)
            except ConfigError as exc:
                raise self.error(top["mapping"], "mapping", str(exc)) from None
        targets = tuple(self.target(item, f"targets[{i}]")
                        for i, item in enumerate(self.sequence(top["targets"], "targets")))
        seen: dict[str, int] = {}
        for target in targets:
            if target.key in seen:
                raise self.error(target.line, "targets", f"the same target twice (also on line "
                                 f"{seen[target.key]})")
            seen[target.key] = target.line
        if "state" in top:
            state = self.resolve(self.string(top["state"], "state"))
        else:
            state = self.base / ".kg-state" / f"{self.path.stem}.json"
        return Job(path=self.path, name=name, sources=sources, targets=targets, language=language,
                   extraction=extraction, mapping=mapping, on_error=on_error, state=state)

    def source(self, node: yaml.Node, key: str) -> Source:
        language = published = None
        if isinstance(node, yaml.MappingNode):
            items = self.mapping(node, key, SOURCE_KEYS)
            if "path" not in items:
                raise self.error(node, f"{key}.path", "missing: a source needs a 'path'")
            spec_node = items["path"]
            spec = self.string(spec_node, f"{key}.path")
            if "language" in items:
                language = self.string(items["language"], f"{key}.language", LANGUAGES)
            published = self.date(items.get("published"), f"{key}.published")
        else:
            spec_node = node
            spec = self.string(node, key)
        files = self.expand(spec, spec_node, key)
        return Source(spec=spec, line=spec_node.start_mark.line + 1, files=files,
                      language=language, published=published)

    def expand(self, spec: str, node: yaml.Node, key: str) -> tuple[Path, ...]:
        """The supported files a source stands for, sorted; none at all is an error."""
        path = self.resolve(spec)
        if glob.has_magic(str(path)):
            matches = [Path(p) for p in sorted(glob.glob(str(path), recursive=True))]
            files = [p for p in matches if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES]
            if not files:
                raise self.error(node, key, f"no {'/'.join(SUPPORTED_SUFFIXES)} files match {spec!r}")
            return tuple(files)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                raise self.error(node, key, f"folder {spec!r} holds no {'/'.join(SUPPORTED_SUFFIXES)} "
                                 f"files")
            return tuple(files)
        if not path.exists():
            raise self.error(node, key, f"source {spec!r} does not exist")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise self.error(node, key, f"unsupported file type {path.suffix or 'none'!r} "
                             f"(expected one of {', '.join(SUPPORTED_SUFFIXES)})")
        return (path,)

    def extraction(self, node: yaml.Node) -> Extraction:
        items = self.mapping(node, "extraction", EXTRACTION_KEYS)
        lexicons: tuple[Path, ...] = ()
        if "lexicons" in items:
            lexicons = tuple(self.file(item, f"extraction.lexicons[{i}]", "lexicon file")
                             for i, item in enumerate(self.sequence(items["lexicons"],
                                                                    "extraction.lexicons")))
        model = self.optional_string(items.get("model"), "extraction.model")
        if model is not None:
            import spacy.util

            if not spacy.util.is_package(model) and not self.resolve(model).is_dir():
                raise self.error(items["model"], "extraction.model", f"no installed spaCy pipeline "
                                 f"or model folder named {model!r}")
        return Extraction(lexicons=lexicons, model=model,
                          published=self.date(items.get("published"), "extraction.published"),
                          today=self.date(items.get("today"), "extraction.today"))

    def target(self, node: yaml.Node, key: str) -> Target:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, key, f"expected a mapping with 'type: rdf' or 'type: neo4j', "
                             f"got {_kind(node)}")
        type_node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode)
                          and k.value == "type"), None)
        if type_node is None:
            raise self.error(node, f"{key}.type", "missing: a target needs 'type: rdf' or 'type: neo4j'")
        kind = self.string(type_node, f"{key}.type", ("rdf", "neo4j"))
        line = node.start_mark.line + 1
        if kind == "rdf":
            items = self.mapping(node, key, RDF_KEYS)
            if "path" not in items:
                raise self.error(node, f"{key}.path", "missing: an RDF target needs a 'path'")
            path = self.resolve(self.string(items["path"], f"{key}.path"))
            from kg.rdf.formats import format_for_path

            explicit = self.string(items["format"], f"{key}.format") if "format" in items else None
            try:
                fmt = format_for_path(path, explicit)
            except KgError as exc:
                raise self.error(items["format"], f"{key}.format", str(exc)) from None
            if fmt is None:
                raise self.error(items["path"], f"{key}.format", f"cannot tell the RDF format from "
                                 f"{path.name!r}; add 'format:' (turtle, ntriples, nquads, trig, jsonld)")
            if path.exists() and path.is_dir():
                raise self.error(items["path"], f"{key}.path", f"{self.shown(path)} is a folder")
            return RdfTarget(path=path, format=fmt.name, line=line)
        if any(isinstance(k, yaml.ScalarNode) and k.value == "password" for k, _ in node.value):
            bad = next(k for k, _ in node.value if isinstance(k, yaml.ScalarNode) and k.value == "password")
            raise self.error(bad, f"{key}.password", "passwords do not belong in job files; name an "
                             "environment variable with 'password_env: NEO4J_PASSWORD'")
        items = self.mapping(node, key, NEO4J_KEYS)
        uri = self.optional_string(items.get("uri"), f"{key}.uri")
        if uri is not None:
            from urllib.parse import urlsplit

            from kg.neo4j.loader import display_uri

            scheme = urlsplit(uri).scheme
            if scheme not in {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}:
                raise self.error(items["uri"], f"{key}.uri", f"{display_uri(uri)!r} must start with "
                                 f"bolt:// or neo4j://")
            if urlsplit(uri).password:
                raise self.error(items["uri"], f"{key}.uri", "passwords do not belong in job files; "
                                 "use 'password_env'")
        return Neo4jTarget(
            uri=uri,
            database=self.optional_string(items.get("database"), f"{key}.database"),
            user=self.optional_string(items.get("user"), f"{key}.user"),
            password_env=self.optional_string(items.get("password_env"), f"{key}.password_env"),
            enabled=self.boolean(items["enabled"], f"{key}.enabled") if "enabled" in items else True,
            batch_size=self.integer(items["batch_size"], f"{key}.batch_size")
            if "batch_size" in items else DEFAULT_BATCH_SIZE,
            line=line)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return _show(node)


def _show(node: yaml.Node) -> str:
    value = _scalar(node) if isinstance(node, yaml.ScalarNode) else None
    if value is None and isinstance(node, yaml.ScalarNode):
        return "nothing (null)"
    if not isinstance(node, yaml.ScalarNode):
        return _kind(node)
    return f"{type(value).__name__} {str(value)[:60]!r}"


def _suggest(name: str, allowed: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(name, allowed, n=1)
    return f" {name!r}, did you mean {close[0]!r}?" if close else f" {name!r}"


def load_job(path: str | Path) -> Job:
    """Read and check a job file completely; raise ``ConfigError`` (exit 2) naming the line and key."""
    job_path = Path(path).absolute()
    root = _compose(job_path, Path(path))
    return _Reader(job_path, Path(path)).job(root)
