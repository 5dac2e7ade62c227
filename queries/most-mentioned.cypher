// Most-mentioned entities: which persons, organisations, places and other
// entities the texts mention most often, and in how many documents.
MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, count(DISTINCT d) AS documents, sum(coalesce(m.mentions, 1)) AS mentions
RETURN coalesce(e.name, e.title, e.text) AS entity, labels(e) AS labels, mentions, documents
ORDER BY mentions DESC, documents DESC, entity
LIMIT 25
