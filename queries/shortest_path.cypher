// The shortest link between two stakeholders (LadybugDB dialect; Neo4j: shortest_path.neo4j.cypher).
// Only stakeholder relations count (signed, attended, holds a position, member or part of, funds,
// concerns): two names that merely share an article are not linked through it.
// Parameters: $from, $to: the two stakeholders' names.
// Example: mou-graph query shortest_path --graph graphs/example --param from=한남대학교 --param to=대전광역시
MATCH p = (a)-[:SIGNED|ATTENDED|HOLDS_POSITION|MEMBER_OF|PART_OF|FUNDS|CONCERNS* SHORTEST 1..8]-(b)
WHERE a.name = $from AND b.name = $to
RETURN length(p) AS hops, properties(nodes(p), 'name') AS path
