// Who works where (OCHA 3W, "operational presence"): one row per (country, governorate, actor) for the
// events held in each area, with the relationship types that put the actor there and its number of
// distinct events there. The area of an event comes from its HELD_IN place's chain (≤ 6 LOCATED_IN hops):
// its COUNTRY, and its GOVERNORATE (any first-level division) when the chain has one, else null.
// An actor is present at an event when it ORGANIZED, PARTNERED_WITH, PARTICIPATED_IN or FUNDED the event,
// or FUNDED, IMPLEMENTED or PARTNERED_WITH a program the event is PART_OF (≤ 5 levels): a program's
// funders, implementers and partners are present where its events take place (the funding rule,
// extended to the program's other roles).
//
// The walk goes down, never up: from the country (its index entry, or every country: a few among the places)
// to the places inside it, once per place, which tells each place's governorate from the path; then to
// the events held there. Areas are visited in (country, governorate) order and each area's actors are
// aggregated on their own, in id order, so the rows come out in their final order and LIMIT ($limit is the
// caller's cap + 1) stops the walk once the cap is passed: the work is that of the areas the page needs,
// and no row ever carries a list of the whole country (which is what ran out of transaction memory before).
OPTIONAL MATCH (scope:Node:Place {id: $countryId})
USING INDEX scope:Node(id)
CALL (scope) {
  CALL (scope) {
    UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
    MATCH (c:Place {kind: 'COUNTRY'})
    RETURN c
    UNION
    WITH scope WHERE scope.kind = 'COUNTRY'
    RETURN scope AS c
  }
  CALL (c) {
    MATCH path = (c)<-[:LOCATED_IN*0..6]-(p:Place)
    WITH p, [n IN nodes(path) WHERE n.kind = 'GOVERNORATE'][0] AS g
    RETURN g, collect(DISTINCT p) AS places
  }
  WITH c, g, places ORDER BY c.id, g.id
  CALL (c, g, places) {
    UNWIND places AS p
    MATCH (p)<-[:HELD_IN]-(e:Node:Event)
    CALL (e) {
      MATCH (e)<-[r:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED]-(a:Node:Actor)
      RETURN a, type(r) AS type
      UNION
      MATCH (e)-[:PART_OF*1..5]->(:Program)<-[r:FUNDED|IMPLEMENTED|PARTNERED_WITH]-(a:Node:Actor)
      RETURN a, type(r) AS type
    }
    WITH a, collect(DISTINCT type) AS relationTypes, count(DISTINCT e) AS eventCount
    RETURN a, relationTypes, eventCount ORDER BY a.id
  }
  WITH c, g, a, relationTypes, eventCount
  LIMIT $limit
  RETURN collect({country: c {.*}, governorate: g {.*}, actor: a {.*}, labels: labels(a), relationTypes: relationTypes, eventCount: eventCount}) AS rows
}
// Events placed in scope, counted apart from the rows (which stop at the cap): a seek of the event_country
// index per country (the events' derived countryId, events/refresh-countries), no event read.
CALL (scope) {
  CALL (scope) {
    UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
    MATCH (c:Place {kind: 'COUNTRY'})
    RETURN c
    UNION
    WITH scope WHERE scope.kind = 'COUNTRY'
    RETURN scope AS c
  }
  MATCH (e:Event)
  USING INDEX e:Event(countryId, id)
  WHERE e.countryId = c.id AND e.id IS NOT NULL
  RETURN count(e) AS eventCount
}
CALL () {
  UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
  MATCH (e:Node:Event)
  WHERE NOT EXISTS { (e)-[:HELD_IN]->(:Place) }
  RETURN count(e) AS unplacedEventCount
}
RETURN scope.kind AS scopeKind, eventCount, rows, unplacedEventCount
