"""Regenerate ``neo4j-sample.graph.json`` from two dev-set texts.

A small graph written by hand (not by the extractors, so Neo4j tests do not
depend on extraction quality): two documents about the NATO-Russia talks of
January 2022, the same persons in both (so loads must merge them), and every
relationship with evidence whose offsets are checked against the text.

    .venv/bin/python tests/data/make_neo4j_sample.py ../shared/eval/dev
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from kg.graph import Document, Graph, Node, Relationship, relationship_id

DOCS = {
    "doc:nato-russland-rat-de": ("nato-russland-rat.de.txt", "de", "2022-01-11"),
    "doc:nato-russia-talks-en": ("nato-russia-talks.en.txt", "en", "2022-01-14"),
}
NODES = [
    ("person:jens-stoltenberg", ["Person"], {"name": "Jens Stoltenberg"}),
    ("person:alexander-gruschko", ["Person"], {"name": "Alexander Gruschko"}),
    ("person:wendy-sherman", ["Person"], {"name": "Wendy Sherman"}),
    ("person:julianne-smith", ["Person"], {"name": "Julianne Smith"}),
    ("org:nato", ["Organisation"], {"name": "NATO", "acronym": "NATO",
                                    "aliases": ["Nato", "Bündnis"]}),
    ("org:nato-russland-rat", ["Organisation"], {"name": "NATO-Russland-Rat",
                                                 "aliases": ["NATO-Russia Council"]}),
    ("place:russland", ["Country", "Place"], {"name": "Russland", "kind": "country",
                                              "aliases": ["Russia"]}),
    ("place:usa", ["Country", "Place"], {"name": "USA", "kind": "country",
                                         "aliases": ["Vereinigte Staaten"]}),
    ("place:bruessel", ["Place"], {"name": "Brüssel", "kind": "city", "aliases": ["Brussels"]}),
    ("role:generalsekretaer", ["Role"], {"title": "Generalsekretär"}),
    ("role:stellvertretender-aussenminister", ["Role"], {"title": "stellvertretender Außenminister"}),
    ("role:botschafterin", ["Role"], {"title": "Botschafterin"}),
    ("meeting:nato-russland-rat-2022-01-12", ["Meeting"],
     {"name": "NATO-Russland-Rat", "date": "2022-01-12", "date_text": "Am Mittwoch (12. Januar)",
      "kind": "talks"}),
    ("demand:nato-erweiterung", ["Demand"], {"text": "Forderungen nach NATO-Erweiterung und "
                                                     "Truppenabzügen aus osteuropäischen Ländern"}),
    ("demand:truppen-zurueckziehen", ["Demand"], {"text": "Russland seine Truppen zurückzieht"}),
]
# Per document: aliases only that document uses, so loading one by one must union them.
DOC_ALIASES = {
    "doc:nato-russland-rat-de": {"person:jens-stoltenberg": ["NATO-Generalsekretär Stoltenberg"],
                                 "person:wendy-sherman": ["Sherman"]},
    "doc:nato-russia-talks-en": {"person:jens-stoltenberg": ["Stoltenberg"],
                                 "person:alexander-gruschko": ["Alexander Grushko", "Grushko"]},
}
# (type, start, end, doc, sentence containing the evidence, extractor, confidence)
RELS = [
    ("HOLDS_ROLE", "person:jens-stoltenberg", "role:generalsekretaer", "doc:nato-russland-rat-de",
     "NATO-Generalsekretär Jens Stoltenberg leitet am Mittwoch", "role.apposition", 0.9),
    ("ROLE_AT", "role:generalsekretaer", "org:nato", "doc:nato-russland-rat-de",
     "NATO-Generalsekretär Jens Stoltenberg", "role.prefix", 0.85),
    ("HOLDS_ROLE", "person:jens-stoltenberg", "role:generalsekretaer", "doc:nato-russia-talks-en",
     "Secretary General Jens Stoltenberg chaired the session", "role.apposition", 0.8),
    ("CHAIRED", "person:jens-stoltenberg", "meeting:nato-russland-rat-2022-01-12",
     "doc:nato-russland-rat-de", "Jens Stoltenberg leitet am Mittwoch die Gespräche",
     "meeting.chair", 0.8),
    ("HOLDS_ROLE", "person:alexander-gruschko", "role:stellvertretender-aussenminister",
     "doc:nato-russland-rat-de", "des stellvertretenden Außenministers Alexander Gruschko",
     "role.apposition", 0.9),
    ("ROLE_AT", "role:stellvertretender-aussenminister", "place:russland",
     "doc:nato-russland-rat-de", "der russischen Delegation unter der Leitung des "
     "stellvertretenden Außenministers Alexander Gruschko", "role.context", 0.6),
    ("HOLDS_ROLE", "person:julianne-smith", "role:botschafterin", "doc:nato-russland-rat-de",
     "die US-Botschafterin bei der NATO, Julianne Smith", "role.apposition", 0.9),
    ("ROLE_AT", "role:botschafterin", "org:nato", "doc:nato-russland-rat-de",
     "die US-Botschafterin bei der NATO", "role.prep", 0.7),
    ("PARTICIPATED_IN", "person:alexander-gruschko", "meeting:nato-russland-rat-2022-01-12",
     "doc:nato-russland-rat-de", "der russischen Delegation unter der Leitung des "
     "stellvertretenden Außenministers Alexander Gruschko", "meeting.participant", 0.7),
    ("PARTICIPATED_IN", "org:nato", "meeting:nato-russland-rat-2022-01-12",
     "doc:nato-russland-rat-de", "werden sich NATO- und russische Vertreter zu Gesprächen in "
     "Brüssel treffen", "meeting.participant", 0.7),
    ("PARTICIPATED_IN", "place:russland", "meeting:nato-russland-rat-2022-01-12",
     "doc:nato-russland-rat-de", "werden sich NATO- und russische Vertreter zu Gesprächen in "
     "Brüssel treffen", "meeting.participant", 0.6),
    ("PARTICIPATED_IN", "person:wendy-sherman", "meeting:nato-russland-rat-2022-01-12",
     "doc:nato-russland-rat-de", "an den Mittwochsgesprächen in Brüssel teilnehmen wird",
     "meeting.participant", 0.6),
    ("HELD_IN", "meeting:nato-russland-rat-2022-01-12", "place:bruessel", "doc:nato-russland-rat-de",
     "zu Gesprächen in Brüssel treffen", "meeting.place", 0.9),
    ("DEMANDS", "place:russland", "demand:nato-erweiterung", "doc:nato-russland-rat-de",
     "die wichtigsten russischen Forderungen nach NATO-Erweiterung", "demand.noun", 0.7),
    ("ADDRESSED_TO", "demand:nato-erweiterung", "org:nato", "doc:nato-russland-rat-de",
     "die wichtigsten russischen Forderungen nach NATO-Erweiterung", "demand.noun", 0.5),
    ("REJECTS", "place:usa", "demand:nato-erweiterung", "doc:nato-russland-rat-de",
     "Die USA und ihre Verbündeten haben die wichtigsten russischen Forderungen",
     "demand.reject", 0.8),
    ("DEMANDS", "person:julianne-smith", "demand:truppen-zurueckziehen", "doc:nato-russland-rat-de",
     "„Wir wollen, dass … Russland seine Truppen zurückzieht“, sagte sie", "demand.quote", 0.7),
    ("ADDRESSED_TO", "demand:truppen-zurueckziehen", "place:russland", "doc:nato-russland-rat-de",
     "Russland seine Truppen zurückzieht", "demand.quote", 0.6),
]


def main(dev: Path) -> Graph:
    texts = {}
    graph = Graph()
    for doc_id, (name, lang, published) in DOCS.items():
        text = (dev / name).read_text(encoding="utf-8")
        texts[doc_id] = text
        graph.add_document(Document(doc_id, text.splitlines()[0], lang, published,
                                    f"eval/dev/{name}", hashlib.sha256(text.encode()).hexdigest()))
    base = {node_id: (labels, props) for node_id, labels, props in NODES}
    for doc_id, text in texts.items():
        for node_id, (labels, props) in base.items():
            names = [props.get("name") or props.get("title") or props.get("text")]
            names += props.get("aliases", []) + DOC_ALIASES[doc_id].get(node_id, [])
            spans = sorted({(i, i + len(n)) for n in names if n for i in _find_all(text, n)})
            if not spans:
                continue
            node_props = dict(props)
            node_props["aliases"] = props.get("aliases", []) + DOC_ALIASES[doc_id].get(node_id, [])
            graph.add_node(Node(node_id, list(labels), node_props))
            rid = relationship_id("MENTIONED_IN", node_id, doc_id, doc_id)
            graph.add_relationship(Relationship(rid, "MENTIONED_IN", node_id, doc_id, {
                "start": spans[0][0], "end": spans[0][1], "starts": [s for s, _ in spans],
                "ends": [e for _, e in spans], "mentions": len(spans)}))
    for rtype, start, end, doc_id, evidence, extractor, confidence in RELS:
        for node_id in (start, end):  # a role written in another case form is not "mentioned"
            if node_id not in graph.nodes:
                labels, props = base[node_id]
                graph.add_node(Node(node_id, list(labels), dict(props)))
        at = texts[doc_id].index(evidence)
        assert texts[doc_id][at:at + len(evidence)] == evidence
        graph.add_relationship(Relationship(
            relationship_id(rtype, start, end, doc_id), rtype, start, end,
            {"doc": doc_id, "evidence": evidence, "evidence_start": at,
             "evidence_end": at + len(evidence), "extractor": extractor,
             "confidence": confidence}))
    return graph


def _find_all(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


if __name__ == "__main__":
    g = main(Path(sys.argv[1]))
    out = Path(__file__).with_name("neo4j-sample.graph.json")
    out.write_text(g.to_json() + "\n", encoding="utf-8")
    print(f"{out}: {len(g.documents)} documents, {len(g.nodes)} nodes, "
          f"{len(g.relationships)} relationships")
