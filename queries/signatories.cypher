// Signatories of an agreement: the organisations that signed it, with their sectors.
// Parameters: $agreement: part of the agreement's name (or its id).
// Example: mou-graph query signatories --graph graphs/example --param agreement=반도체
MATCH (o:Organisation)-[:SIGNED]->(a:Agreement)
WHERE a.id = $agreement OR a.name CONTAINS $agreement
RETURN a.name AS agreement, a.date AS date, o.name AS organisation, o.sector AS sector
ORDER BY agreement, organisation
