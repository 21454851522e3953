// Signings in a date range (dates are YYYY-MM-DD text; agreements with no known date are left out), each
// once however many articles report it (reports: independent reports, republished copies counted once).
// Parameters: $from, $to: the first and last day, inclusive.
// Example: mou-graph query agreements_between --graph graphs/example --param from=2025-01-01 --param to=2025-06-30
MATCH (a:Agreement)
WHERE a.date >= $from AND a.date <= $to
OPTIONAL MATCH (o:Organisation)-[:SIGNED]->(a)
RETURN a.date AS date, a.name AS agreement, a.venue AS venue, a.reports AS reports, collect(o.name) AS signatories
ORDER BY date, agreement
