// Posts: who holds which post (Role) at which organisation or state, with the
// sentence it was read from and the documents that say so.
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)
OPTIONAL MATCH (r)-[:ROLE_AT]->(o)
WITH p, r, o, h ORDER BY h.confidence DESC, h.doc
WITH p, r, o, collect(h.evidence) AS evidence, collect(DISTINCT h.doc) AS documents
RETURN p.name AS person, r.title AS role, coalesce(o.name, o.title) AS at,
       evidence[0] AS evidence, documents
ORDER BY person, role, at
