// Every (funder, event) pair: the funder FUNDED the event itself, or FUNDED a program that the event is
// PART_OF through a chain of programs. Program nesting in practice is 1–2 levels; 5 bounds the walk.
// A pair reached by several routes is one flow: direct when any route is direct, otherwise the route
// with the fewest hops (ties broken by program ids) is shown, so the answer never depends on plan order.
// With $funderId the walk starts from that funder's index seek; without it, from every FUNDED edge.
// (A single `WHERE $funderId IS NULL OR f.id = $funderId` would make the planner scan in both cases.)
CALL () {
  WITH $funderId AS wanted WHERE wanted IS NOT NULL
  MATCH (f:Node:Actor {id: wanted})-[fund:FUNDED]->(target:Node)
  RETURN f, fund, target
  UNION
  WITH $funderId AS wanted WHERE wanted IS NULL
  MATCH (f:Node:Actor)-[fund:FUNDED]->(target:Node)
  RETURN f, fund, target
}
MATCH route = (e:Node:Event)-[:PART_OF*0..5]->(target)
WHERE all(n IN tail(nodes(route)) WHERE n:Program)
  AND ($eventKinds IS NULL OR e.kind IN $eventKinds)
  AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
  AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
  AND ($countryId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) })
WITH f, e, fund, route ORDER BY length(route), [n IN nodes(route) | n.id]
WITH f, e, collect({fund: fund, route: route})[0] AS best, min(length(route)) = 0 AS direct
WHERE NOT $directOnly OR direct
WITH f, e, direct, best.fund AS fund, best.route AS route, coalesce(e.dateStart, '9999-12-31') AS sortDate
ORDER BY f.id, sortDate, e.id
WITH collect({
  funder: f {.*}, funderLabels: labels(f), event: e {.*}, sortDate: sortDate, direct: direct,
  // Programs from the funder's side down to the one the event belongs to.
  via: [p IN reverse(tail(nodes(route))) | p {.*}],
  hops: [{type: 'FUNDED', from: f.id, to: endNode(fund).id, evidenceIds: fund.evidenceIds}] +
        [r IN reverse(relationships(route)) | {type: 'PART_OF', from: startNode(r).id, to: endNode(r).id, evidenceIds: r.evidenceIds}]
}) AS flows
RETURN size(flows) AS totalCount,
  [x IN flows WHERE $afterFunder IS NULL
     OR x.funder.id > $afterFunder
     OR (x.funder.id = $afterFunder AND (x.sortDate > $afterDate OR (x.sortDate = $afterDate AND x.event.id > $afterEvent)))
  ][0..$limit] AS page
