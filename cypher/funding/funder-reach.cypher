// What one funder's support reached, as totals. Programs: those it FUNDED and every program inside them
// (PART_OF, ≤ 5 levels). Events: those it FUNDED and every event inside a funded program. Each event is
// counted once, so participant counts reached through two routes are never added twice.
// The totals are exact over the whole reach and are aggregated here, in the database: no program, event,
// organisation or place is projected (the lists are pages of funder-reach-page). Only the countries are
// listed in full: there are a handful of them, however large the portfolio.
// The first and last dates are those of the earliest-starting and latest-ending dated events, ties to the
// lower id: only three short strings per dated event are collected to find them.
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
CALL (events) {
  UNWIND events AS e
  WITH e ORDER BY e.id
  RETURN sum(e.participantCount) AS participantCount, count(e.participantCount) AS eventsWithParticipantCount,
    collect(CASE WHEN e.date IS NOT NULL THEN [e.dateStart, e.dateEnd, e.date] END) AS dated
}
// Implementers and partners of the programs, organisers and partners of the events; not the funder itself.
CALL (f, programs, events) {
  UNWIND programs + events AS x
  MATCH (o:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(x)
  WHERE o <> f
  RETURN count(DISTINCT o) AS organizationCount
}
// The place → country walk runs once per distinct place, not once per event.
CALL (events) {
  UNWIND events AS e
  MATCH (e)-[:HELD_IN]->(place:Place)
  WITH DISTINCT place
  OPTIONAL MATCH (place)-[:LOCATED_IN*0..6]->(country:Place {kind: 'COUNTRY'})
  WITH count(DISTINCT place) AS placeCount, collect(DISTINCT country) AS countries
  RETURN placeCount, [c IN countries | c {.*}] AS countries
}
RETURN f {.*} AS funder, labels(f) AS funderLabels,
  size(programs) AS programCount, size(events) AS eventCount, organizationCount, placeCount, countries,
  participantCount, eventsWithParticipantCount,
  reduce(first = null, d IN dated | CASE WHEN first IS NULL OR d[0] < first[0] THEN d ELSE first END)[2] AS firstDate,
  reduce(last = null, d IN dated | CASE WHEN last IS NULL OR d[1] > last[1] THEN d ELSE last END)[2] AS lastDate
