// What one funder's support reached. Programs: those it FUNDED and every program inside them (PART_OF,
// ≤ 5 levels). Events: those it FUNDED and every event inside a funded program. Each event is collected
// once, so participant counts reached through two routes are never added twice.
// The answer grows with the funder's portfolio (the API lists all of it); the work per item is kept
// constant: organisations and places are deduplicated before they are projected, and the place → country
// walk runs once per distinct place, not once per event.
MATCH (f:Node:Actor {id: $funderId})
USING INDEX f:Node(id)
CALL (f) {
  OPTIONAL MATCH (f)-[:FUNDED]->(:Program)<-[:PART_OF*0..5]-(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
CALL (f) {
  OPTIONAL MATCH (f)-[:FUNDED]->(t:Node)<-[:PART_OF*0..5]-(e:Event)
  WHERE t:Event OR t:Program
  RETURN collect(DISTINCT e) AS events
}
// Implementers and partners of the programs, organisers and partners of the events; not the funder itself.
CALL (f, programs, events) {
  UNWIND programs + events AS x
  MATCH (o:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(x)
  WHERE o <> f
  WITH DISTINCT o
  RETURN collect(o {.*}) AS organizations
}
CALL (events) {
  UNWIND events AS e
  MATCH (e)-[:HELD_IN]->(place:Place)
  WITH DISTINCT place
  OPTIONAL MATCH (place)-[:LOCATED_IN*0..6]->(country:Place {kind: 'COUNTRY'})
  RETURN collect(place {.*}) AS places, collect(DISTINCT country {.*}) AS countries
}
RETURN f {.*} AS funder, labels(f) AS funderLabels, [p IN programs | p {.*}] AS programs, [e IN events | e {.*}] AS events, organizations, places, countries
