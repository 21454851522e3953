// The articles behind a fact: a stakeholder with every article that mentions it (and its date, in the same order)
// and the evidence, once (JSON: article, span, sentence).
// Parameters: $name: the stakeholder's name or any form it is written in.
// Example: mou-graph query provenance --graph graphs/example --param name=경북대
MATCH (n)-[:MENTIONED_IN]->(art:Article)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.kind AS kind, n.name AS name, collect(art.name) AS articles, collect(art.published) AS published,
       n.evidence AS evidence
