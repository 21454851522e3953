// The stakeholders resolution made from several written forms, and the signings made from several
// articles' agreements, with each join's rule and evidence (JSON).
// Parameters: none.
// Example: mou-graph query joins --graph graphs/example
MATCH (n:Organisation)
WHERE size(n.forms) > 1
RETURN n.kind AS kind, n.name AS name, n.forms AS forms, n.merges AS joins
UNION ALL
MATCH (n:Person)
WHERE size(n.forms) > 1
RETURN n.kind AS kind, n.name AS name, n.forms AS forms, n.merges AS joins
UNION ALL
MATCH (n:Agreement)
WHERE size(n.forms) > 1
RETURN n.kind AS kind, n.name AS name, n.forms AS forms, n.merges AS joins
