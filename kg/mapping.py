"""The mapping from the graph model to RDF and Neo4j, read from YAML.

``schemas/mapping.yaml`` is the single source of truth; both loaders use
``Mapping`` to turn labels, relationship types and properties into RDF terms
and Neo4j names. Because Neo4j labels and types cannot be query parameters,
this module is also the whitelist: a mapping that names an unknown label or a
name that is not a plain identifier is refused when it is loaded.

A relationship type may be written in RDF the other way round from the graph
model (``rdf_inverse: true``): ``MENTIONED_IN`` (entity → Document) becomes
``<document> schema:mentions <entity>``, schema.org's own direction. Which
way a type goes is declared here, so the exporter and the RDF reader need no
special case for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError
from kg.graph import NODE_LABELS, RELATIONSHIP_TYPES
from kg.safe_yaml import load_yaml_file

DEFAULT_MAPPING = Path(__file__).resolve().parent.parent / "schemas" / "mapping.yaml"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CURIE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*:[A-Za-z_][A-Za-z0-9_.-]*$")
KEYS = {"namespace", "resource_base", "prefixes", "labels", "relationships", "properties",
        "iri_values"}
#: An ``iri_values`` entry: a node reference, or a prefix with an optional path ("kgr:extractor/").
IRI_VALUE = re.compile(r"^(@node|[A-Za-z_][A-Za-z0-9_-]*:[A-Za-z0-9_./-]*)$")


@dataclass(frozen=True)
class Mapping:
    source: str
    namespace: str
    resource_base: str
    prefixes: dict[str, str]
    labels: dict[str, dict[str, str]]
    relationships: dict[str, dict[str, str]]
    properties: dict[str, str]
    #: property -> "@node" or a CURIE-ish base; its values become IRIs, not literals.
    iri_values: dict[str, str] = field(default_factory=dict)
    #: Relationship types whose RDF triple runs end → start (``rdf_inverse: true``).
    rdf_inverse: frozenset[str] = frozenset()

    def expand(self, curie: str) -> str:
        """'kg:Person' → full IRI, using the mapping's prefixes."""
        prefix, local = curie.split(":", 1)
        if prefix not in self.prefixes:
            raise ConfigError(f"{self.source}: unknown prefix {prefix!r} in {curie!r}")
        return self.prefixes[prefix] + local

    def neo4j_label(self, label: str) -> str:
        try:
            return self.labels[label]["neo4j"]
        except KeyError:
            raise ConfigError(f"{self.source}: label {label!r} is not in the mapping") from None

    def neo4j_type(self, rel_type: str) -> str:
        try:
            return self.relationships[rel_type]["neo4j"]
        except KeyError:
            raise ConfigError(f"{self.source}: relationship type {rel_type!r} is not in the "
                              f"mapping") from None

    def rdf_class(self, label: str) -> str:
        return self.expand(self.labels[label]["rdf"])

    def rdf_property(self, rel_type: str) -> str:
        return self.expand(self.relationships[rel_type]["rdf"])

    def is_rdf_inverse(self, rel_type: str) -> bool:
        """True if ``rel_type``'s RDF triple is ``<end> p <start>``, the reverse of the graph.

        Declared per type with ``rdf_inverse: true``: the RDF property may be a
        standard one whose direction is the other way round (``MENTIONED_IN`` as
        ``<document> schema:mentions <entity>``). Its reified statement follows
        the triple (``rdf:subject`` the end node), and reading RDF back swaps the
        ends again, so the graph model's direction never changes.
        """
        return rel_type in self.rdf_inverse

    def rdf_attribute(self, prop: str) -> str:
        """RDF property for a node/relationship property; unknown ones go in kg:."""
        curie = self.properties.get(prop)
        if curie:
            return self.expand(curie)
        return self.namespace + _camel(prop)

    def iri_value_base(self, prop: str) -> str | None:
        """How a value of ``prop`` becomes an IRI: "@node" (a node id), a base IRI, or None.

        Values such as a Wikidata id or a document id name a resource; as
        literals they could not be linked or joined on, so they become IRIs.
        """
        target = self.iri_values.get(prop)
        if target is None or target == "@node":
            return target
        return self.expand(target)


def _camel(name: str) -> str:
    head, *rest = re.split(r"[^A-Za-z0-9]+", name)
    return head + "".join(part.capitalize() for part in rest)


def load_mapping(path: str | Path | None = None) -> Mapping:
    """Read and check a mapping file; raise ``ConfigError`` naming what is wrong."""
    path = Path(path) if path else DEFAULT_MAPPING
    source = str(path)
    data = load_yaml_file(path, "mapping file")
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with keys {sorted(KEYS)}")
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown key {sorted(unknown)[0]!r}")
    labels = _section(data, "labels", source, NODE_LABELS)
    inverse: set[str] = set()
    relationships = _section(data, "relationships", source, RELATIONSHIP_TYPES, inverse)
    prefixes = data.get("prefixes") or {}
    mapping = Mapping(source=source, namespace=str(data.get("namespace", "")),
                      resource_base=str(data.get("resource_base", "")),
                      prefixes={str(k): str(v) for k, v in prefixes.items()},
                      labels=labels, relationships=relationships,
                      properties={str(k): str(v) for k, v in (data.get("properties") or {}).items()},
                      iri_values=_iri_values(data, source), rdf_inverse=frozenset(inverse))
    for curie in [v["rdf"] for v in labels.values()] + [v["rdf"] for v in relationships.values()] \
            + list(mapping.properties.values()):
        if not CURIE.match(curie):
            raise ConfigError(f"{source}: {curie!r} is not a prefixed name like kg:Person")
        mapping.expand(curie)
    for prop in mapping.iri_values:
        mapping.iri_value_base(prop)  # raises ConfigError on an unknown prefix
    return mapping


def _iri_values(data: dict, source: str) -> dict[str, str]:
    section = data.get("iri_values") or {}
    if not isinstance(section, dict):
        raise ConfigError(f"{source}: 'iri_values' must be a mapping")
    result = {}
    for prop, target in section.items():
        target = str(target)
        if not IRI_VALUE.match(target):
            raise ConfigError(f"{source}: iri_values.{prop} {target!r} is neither '@node' nor a "
                              f"prefix like 'wd:'")
        result[str(prop)] = target
    return result


def _section(data: dict, key: str, source: str, known: tuple[str, ...],
             inverse: set[str] | None = None) -> dict[str, dict[str, str]]:
    """The ``labels`` or ``relationships`` section: ``name: {rdf: CURIE, neo4j: NAME}``.

    With ``inverse`` (relationships only) an entry may also say ``rdf_inverse: true`` or
    ``false``; the names of the inverse ones are added to ``inverse``. Anything but a YAML
    boolean is refused: a quoted "true" or a typo must not silently flip a direction.
    """
    section = data.get(key)
    if not isinstance(section, dict):
        raise ConfigError(f"{source}: '{key}' must be a mapping")
    required = {"rdf", "neo4j"}
    allowed = required | ({"rdf_inverse"} if inverse is not None else set())
    result = {}
    for name, target in section.items():
        if name not in known:
            raise ConfigError(f"{source}: {key}: unknown {key[:-1] if key != 'labels' else 'label'} "
                              f"{name!r} (known: {', '.join(known)})")
        if not isinstance(target, dict) or not required <= set(target) <= allowed:
            optional = " (and optionally 'rdf_inverse')" if inverse is not None else ""
            raise ConfigError(f"{source}: {key}.{name} needs exactly 'rdf' and 'neo4j'{optional}")
        if inverse is not None and "rdf_inverse" in target:
            flag = target["rdf_inverse"]
            if not isinstance(flag, bool):
                raise ConfigError(f"{source}: {key}.{name}.rdf_inverse must be true or false, "
                                  f"not {flag!r}")
            if flag:
                inverse.add(str(name))
        neo4j = str(target["neo4j"])
        if not IDENTIFIER.match(neo4j):
            raise ConfigError(f"{source}: {key}.{name}.neo4j {neo4j!r} is not a plain identifier")
        result[str(name)] = {"rdf": str(target["rdf"]), "neo4j": neo4j}
    missing = [n for n in known if n not in result]
    if missing:
        raise ConfigError(f"{source}: {key}: {missing[0]!r} is missing")
    return result
