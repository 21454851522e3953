// The articles behind a fact: every article that mentions a stakeholder, with the evidence.
// Parameters: $name: the stakeholder's name or any form it is written in.
// Example: mou-graph query provenance --graph graphs/example --param name=경북대
MATCH (n)-[:MENTIONED_IN]->(art:Article)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.kind AS kind, n.name AS name, art.name AS article, art.url AS url, art.published AS published,
       n.evidence AS evidence
ORDER BY article
