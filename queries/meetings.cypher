// Meetings: which talks, summits and sessions took place, when, where, and
// who took part ("(chair)" marks who chaired them).
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
OPTIONAL MATCH (x)-[rel:PARTICIPATED_IN|CHAIRED]->(m)
WITH m, place, x, rel,
     CASE type(rel) WHEN 'CHAIRED' THEN x.name + ' (chair)' ELSE x.name END AS participant
WITH m, collect(DISTINCT place.name) AS places, collect(DISTINCT participant) AS participants
RETURN m.name AS meeting, m.date AS date, m.date_text AS date_text, places,
       [p IN participants WHERE p IS NOT NULL] AS participants
ORDER BY date, meeting
