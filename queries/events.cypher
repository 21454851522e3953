// Named events (forums, ceremonies, meetings) with their date, venue and the people who attended.
// Parameters: none.
// Example: mou-graph query events --graph graphs/example
MATCH (e:Event)
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(e)
RETURN e.name AS event, e.date AS date, e.venue AS venue, collect(DISTINCT p.name) AS attendees
ORDER BY date, event
