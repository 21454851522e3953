// Who holds which position where: every person with their title and organisation.
// Parameters: none.
// Example: mou-graph query positions --graph graphs/example
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organisation)
RETURN p.name AS person, h.title AS title, o.name AS organisation, o.sector AS sector, h.date AS as_of
ORDER BY organisation, person
