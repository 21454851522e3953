// Programmes with their funders and amounts, and the agreements that concern them.
// Parameters: none.
// Example: mou-graph query programmes --graph graphs/example
MATCH (p:Programme)
OPTIONAL MATCH (f:Organisation)-[r:FUNDS]->(p)
RETURN p.name AS programme, f.name AS funder, r.amount AS amount
ORDER BY programme, funder
