// The shortest link between two stakeholders (Neo4j dialect; LadybugDB: shortest_path.cypher).
// Only stakeholder relations count (signed, attended, holds a position, member or part of, funds,
// concerns): two names that merely share an article are not linked through it.
// Parameters: $from, $to: the two stakeholders' names.
// Example: mou-graph query shortest_path --neo4j --param from=한남대학교 --param to=대전광역시
MATCH p = shortestPath((a {name: $from})-[:SIGNED|ATTENDED|HOLDS_POSITION|MEMBER_OF|PART_OF|FUNDS|CONCERNS*..8]-(b {name: $to}))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path
