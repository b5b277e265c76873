// Every (funder, event) pair: the funder FUNDED the event itself, or FUNDED a program that the event is
// PART_OF through a chain of programs. Program nesting in practice is 1–2 levels; 5 bounds the walk.
// A pair reached by several routes is one flow: direct when any route is direct, otherwise the route
// with the fewest hops (ties broken by program ids) is shown, so the answer never depends on plan order.
// With $funderId the walk starts from that funder's index seek; without it, from every FUNDED edge.
// (A single `WHERE $funderId IS NULL OR f.id = $funderId` would make the planner scan in both cases.)
//
// Ordering and counting need only the pairs: every pair is found and sorted as a light row (two nodes, a
// flag and a date), and the route, the programs on it and the hops' evidence are built for the page's
// pairs only ($limit of them, the caller's page + 1), never for a funder's whole portfolio.
CALL () {
  WITH $funderId AS wanted WHERE wanted IS NOT NULL
  MATCH (f:Node:Actor {id: wanted})-[:FUNDED]->(target:Node)
  USING INDEX f:Node(id)
  RETURN f, target
  UNION
  WITH $funderId AS wanted WHERE wanted IS NULL
  MATCH (f:Node:Actor)-[:FUNDED]->(target:Node)
  RETURN f, target
}
// No path is built to find the pairs: PART_OF runs from an event or a program to a program only (the
// vocabulary, checked on every write), so every node above the event on the way to a funded target is a program.
MATCH (e:Event)-[:PART_OF*0..5]->(target)
WHERE ($eventKinds IS NULL OR e.kind IN $eventKinds)
  AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
  AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
WITH f, e, max(target = e) AS direct
WHERE (NOT $directOnly OR direct)
  AND ($countryId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) })
WITH f.id AS funderId, f, e, direct, coalesce(e.dateStart, '9999-12-31') AS sortDate, e.id AS eventId
ORDER BY funderId, sortDate, eventId
WITH collect({f: f, e: e, direct: direct, sortDate: sortDate, funderId: funderId, eventId: eventId}) AS pairs
WITH size(pairs) AS totalCount,
  [x IN pairs WHERE $afterFunder IS NULL
     OR x.funderId > $afterFunder
     OR (x.funderId = $afterFunder AND (x.sortDate > $afterDate OR (x.sortDate = $afterDate AND x.eventId > $afterEvent)))
  ][0..$limit] AS kept
CALL (kept) {
  UNWIND kept AS pair
  WITH pair.f AS f, pair.e AS e, pair.direct AS direct, pair.sortDate AS sortDate
  CALL (f, e) {
    // Up from the event (a handful of routes), then the funder's edge into each route's top: never down
    // from a hub funder's thousands of edges.
    MATCH route = (e)-[:PART_OF*0..5]->(target:Node)
    WHERE all(n IN tail(nodes(route)) WHERE n:Program)
    WITH f, route, target
    MATCH (target)<-[fund:FUNDED]-(f)
    WITH fund, route ORDER BY length(route), [n IN nodes(route) | n.id]
    LIMIT 1
    RETURN fund, route
  }
  WITH f, e, direct, sortDate, fund, route ORDER BY f.id, sortDate, e.id
  RETURN collect({
    funder: f {.*}, funderLabels: labels(f), event: e {.*}, sortDate: sortDate, direct: direct,
    // Programs from the funder's side down to the one the event belongs to.
    via: [p IN reverse(tail(nodes(route))) | p {.*}],
    hops: [{type: 'FUNDED', from: f.id, to: endNode(fund).id, evidenceIds: fund.evidenceIds}] +
          [r IN reverse(relationships(route)) | {type: 'PART_OF', from: startNode(r).id, to: endNode(r).id, evidenceIds: r.evidenceIds}]
  }) AS page
}
RETURN totalCount, page
