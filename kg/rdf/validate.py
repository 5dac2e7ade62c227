"""SHACL validation of exported RDF with pySHACL, reported one line per violation.

The data are validated as the union of all named graphs: entity descriptions
sit in the default graph and facts in per-document graphs, and a shape such as
"the object of kg:holdsRole is a kg:Role" must see both. pySHACL would
otherwise check each named graph on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node as RdfTerm

from kg.errors import ConfigError
from kg.mapping import Mapping, load_mapping
from kg.rdf.export import flatten

SCHEMAS = Path(__file__).resolve().parent.parent.parent / "schemas"
DEFAULT_SHAPES = SCHEMAS / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    shape: str

    def __str__(self) -> str:
        where = f" {self.path}:" if self.path else ":"
        return f"{self.severity}: {self.focus}{where} {self.message}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: list[Violation]

    def text(self) -> str:
        if self.conforms:
            return "conforms: no SHACL violations"
        lines = [str(v) for v in self.violations]
        lines.append(f"{len(self.violations)} violation(s)")
        return "\n".join(lines)


def load_shapes(path: Path | None = None) -> Graph:
    path = path or DEFAULT_SHAPES
    shapes = Graph()
    try:
        shapes.parse(str(path), format="turtle")
    except FileNotFoundError:
        raise ConfigError(f"{path}: shapes file not found") from None
    except Exception as exc:  # rdflib raises various types for bad Turtle
        raise ConfigError(f"{path}: not valid Turtle ({exc})") from None
    return shapes


def _short(term: RdfTerm | None, prefixes: dict[str, str],
           ids: dict[RdfTerm, str] | None = None) -> str:
    """A readable name: the node's kg id if it has one, else a prefixed name or <IRI>."""
    if term is None:
        return ""
    if ids and term in ids:
        return ids[term]
    if isinstance(term, URIRef):
        for prefix, namespace in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
            local = str(term)[len(namespace):]
            if str(term).startswith(namespace) and local.replace("_", "a").isalnum():
                return f"{prefix}:{local}"
        return f"<{term}>"
    return term.n3()


def validate_dataset(dataset: Dataset, shapes: Graph | None = None,
                     mapping: Mapping | None = None) -> Report:
    """Validate the union of the dataset's graphs against the shapes."""
    data = flatten(dataset)
    shapes = shapes if shapes is not None else load_shapes()
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none",
                                          advanced=True, allow_warnings=True)
    assert isinstance(results, Graph)
    mapping = mapping or load_mapping()
    prefixes = {**mapping.prefixes, "sh": str(SH), "kgsh": "https://w3id.org/kg-news/shapes#"}
    id_property = URIRef(mapping.rdf_attribute("id"))
    ids = {s: str(o) for s, o in data.subject_objects(id_property)}
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        violations.append(Violation(
            focus=_short(results.value(result, SH.focusNode), prefixes, ids),
            path=_short(results.value(result, SH.resultPath), prefixes),
            message=str(message) if message is not None else "constraint violated",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=_short(results.value(result, SH.sourceShape), prefixes)))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(bool(conforms), violations)
