// Demands and rejections: who demands what from whom, who rejects it, and the
// sentence the demand was read from.
MATCH (d:Demand)
OPTIONAL MATCH (by)-[dm:DEMANDS]->(d)
OPTIONAL MATCH (d)-[:ADDRESSED_TO]->(to)
OPTIONAL MATCH (rejecter)-[:REJECTS]->(d)
WITH d, collect(DISTINCT by.name) AS demanded_by, collect(DISTINCT to.name) AS addressed_to,
     collect(DISTINCT rejecter.name) AS rejected_by, collect(DISTINCT dm.evidence) AS evidence
RETURN d.text AS demand, demanded_by, addressed_to, rejected_by, evidence[0] AS evidence
ORDER BY demand
