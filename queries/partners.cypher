// The organisations that signed agreements with a given one, and how many.
// Parameters: $organisation: its name or any form it is written in (포스텍, POSTECH, 포항공과대학교).
// Example: mou-graph query partners --graph graphs/example --param organisation=포스텍
MATCH (o:Organisation)-[:SIGNED]->(a:Agreement)<-[:SIGNED]-(p:Organisation)
WHERE (o.name = $organisation OR $organisation IN o.aliases) AND p.id <> o.id
RETURN p.name AS partner, p.sector AS sector, count(DISTINCT a) AS agreements
ORDER BY agreements DESC, partner
