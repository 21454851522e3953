// The shortest link between two stakeholders (LadybugDB dialect; Neo4j: shortest_path.neo4j.cypher).
// Parameters: $from, $to: the two stakeholders' names.
// Example: mou-graph query shortest_path --graph graphs/example --param from=한남대학교 --param to=대전광역시
MATCH p = (a)-[* SHORTEST 1..8]-(b)
WHERE a.name = $from AND b.name = $to
RETURN length(p) AS hops, properties(nodes(p), 'name') AS path
