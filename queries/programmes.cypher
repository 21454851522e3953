// Programmes with their funders and amounts, and the agreements that concern them.
// Parameters: none.
// Example: mou-graph query programmes --graph graphs/example
MATCH (p:Programme)
OPTIONAL MATCH (f:Organisation)-[r:FUNDS]->(p)
OPTIONAL MATCH (a:Agreement)-[:CONCERNS]->(p)
RETURN p.name AS programme, f.name AS funder, r.amount AS amount, collect(DISTINCT a.name) AS agreements
ORDER BY programme, funder
