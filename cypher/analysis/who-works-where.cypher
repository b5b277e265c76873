// Who works where (OCHA 3W, "operational presence"): one row per (country, governorate, actor) for the
// events held in each area, with the relationship types that put the actor there and its number of
// distinct events there. The area of an event comes from its HELD_IN place's chain (≤ 6 LOCATED_IN hops):
// its COUNTRY, and its GOVERNORATE (any first-level division) when the chain has one, else null.
// An actor is present at an event when it ORGANIZED, PARTNERED_WITH, PARTICIPATED_IN or FUNDED the event,
// or FUNDED, IMPLEMENTED or PARTNERED_WITH a program the event is PART_OF (≤ 5 levels): a program's
// funders, implementers and partners are present where its events take place (the funding rule,
// extended to the program's other roles).
// With $countryId the walk starts at the country's index entry; without it, at every event (the UNWIND
// guards keep the scans from running when a country is given). Rows come in country, governorate (null
// last), actor order, at most $limit of them (the caller's cap + 1).
OPTIONAL MATCH (scope:Node:Place {id: $countryId})
CALL (scope) {
  CALL (scope) {
    MATCH (scope)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Node:Event)
    WHERE scope.kind = 'COUNTRY'
    RETURN e
    UNION
    UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
    MATCH (e:Node:Event)
    RETURN e
  }
  MATCH (e)-[:HELD_IN]->(p:Place)-[:LOCATED_IN*0..6]->(c:Place {kind: 'COUNTRY'})
  WHERE scope IS NULL OR c = scope
  OPTIONAL MATCH (p)-[:LOCATED_IN*0..6]->(g:Place {kind: 'GOVERNORATE'})
  WITH DISTINCT e, c, g
  WITH collect({event: e, country: c, governorate: g}) AS placed
  CALL (placed) {
    UNWIND placed AS area
    WITH area.event AS e, area.country AS c, area.governorate AS g
    CALL (e) {
      MATCH (e)<-[r:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED]-(a:Node:Actor)
      RETURN a, type(r) AS type
      UNION
      MATCH (e)-[:PART_OF*1..5]->(:Program)<-[r:FUNDED|IMPLEMENTED|PARTNERED_WITH]-(a:Node:Actor)
      RETURN a, type(r) AS type
    }
    WITH c, g, a, collect(DISTINCT type) AS relationTypes, count(DISTINCT e) AS eventCount
    ORDER BY c.id, g.id, a.id
    LIMIT $limit
    RETURN collect({country: c {.*}, governorate: g {.*}, actor: a {.*}, labels: labels(a), relationTypes: relationTypes, eventCount: eventCount}) AS rows
  }
  RETURN size(placed) AS eventCount, rows
}
CALL () {
  UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
  MATCH (e:Node:Event)
  WHERE NOT EXISTS { (e)-[:HELD_IN]->(:Place) }
  RETURN count(e) AS unplacedEventCount
}
RETURN scope.kind AS scopeKind, eventCount, rows, unplacedEventCount
