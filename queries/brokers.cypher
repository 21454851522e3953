// Stakeholders bridging sectors: organisations that sign with two or more other sectors.
// Parameters: none.
// Example: mou-graph query brokers --graph graphs/example --format csv
MATCH (o:Organisation)-[:SIGNED]->(:Agreement)<-[:SIGNED]-(p:Organisation)
WHERE p.sector <> o.sector
WITH o, collect(DISTINCT p.sector) AS others
WHERE size(others) >= 2
RETURN o.name AS organisation, o.sector AS sector, others AS bridges_to, size(others) AS sectors
ORDER BY sectors DESC, organisation
