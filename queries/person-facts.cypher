// One person's facts with evidence: every relationship from the person named
// $name (full name or any alias, case-insensitive), with the document, the
// sentence and its character offsets. Run with: --param name="Jens Stoltenberg"
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name))
MATCH (p)-[r]->(x)
WHERE NOT r:MENTIONED_IN
OPTIONAL MATCH (x:Role)-[:ROLE_AT]->(o)
WITH p, r, x, collect(DISTINCT coalesce(o.name, o.title)) AS at
RETURN p.name AS person, type(r) AS fact, coalesce(x.name, x.title, x.text) AS object,
       at, r.evidence AS evidence, r.doc AS document, r.evidence_start AS evidence_start,
       r.evidence_end AS evidence_end, r.extractor AS extractor, r.confidence AS confidence
ORDER BY fact, object, document
