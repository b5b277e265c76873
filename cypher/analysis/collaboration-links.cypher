// The actor–activity links of the collaboration network that brokers() projects onto actors: every
// direct ORGANIZED, PARTNERED_WITH, PARTICIPATED_IN, FUNDED or IMPLEMENTED relationship from an actor to
// an event or program in scope, once per (actor, activity) pair. Events do not lend their programs'
// actors (or the reverse): a link is a relationship a source states.
// In scope with $countryId: events held in that place or anywhere inside it (place chains are at most
// venue … country, so 6 LOCATED_IN hops bound the walk) and the programs those events are PART_OF
// (≤ 5 levels); the walk starts at the place's index entry. Without it: every event and program.
// The UNWIND guards keep the label scans from running at all when a place is given (a WHERE on a
// parameter would still scan). $limit is the caller's cap + 1, so that the caller can tell it was passed.
// The actors' properties come along only when there are at most $actorsUpTo links: for a small network that
// saves the second statement that reads the ranking's first actors, where for Yemen's at a million nodes
// (93,067 actors) they were half the statement's time (1.1–1.4 s of 2.8).
OPTIONAL MATCH (scope:Node:Place {id: $countryId})
CALL (scope) {
  CALL (scope) {
    MATCH (scope)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Node:Event)-[:PART_OF*0..5]->(x:Node)
    WHERE x:Event OR x:Program
    RETURN x
    UNION
    UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
    MATCH (x:Node:Event)
    RETURN x
    UNION
    UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
    MATCH (x:Node:Program)
    RETURN x
  }
  MATCH (x)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(a:Node:Actor)
  WITH DISTINCT a, x
  LIMIT $limit
  WITH collect([a.id, x.id]) AS links, collect(DISTINCT a) AS actors
  WITH links, CASE WHEN size(links) <= $actorsUpTo THEN actors ELSE [] END AS actors
  RETURN links, [a IN actors | a {.*}] AS actors, [a IN actors | labels(a)] AS actorLabels
}
RETURN scope IS NOT NULL AS placeFound, links, actors, actorLabels
