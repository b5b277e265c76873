// Pages of the lists of a funder's reach, one per request in $requests ({list, after, limit}: PROGRAMS,
// EVENTS, ORGANIZATIONS or PLACES, by id after the id `after`, at most `limit` items, the caller's page + 1 to
// say whether more follow). The lists are those funder-reach counts: programs the funder FUNDED and every
// program inside them (PART_OF, ≤ 5 levels); events it FUNDED and every event inside a funded program;
// organisations (not the funder) that implemented, organised or partnered in any of those; places where the
// events were held. The lists a query asks for together (the README's JapanReach asks four) share one walk
// of the portfolio, and each walk runs only when a requested list needs it.
// A page needs the reach's members, but only as nodes to order by id: properties are projected for the page
// alone, so an answer's size and memory follow the limits, not the portfolio.
MATCH (f:Node:Actor {id: $funderId})
USING INDEX f:Node(id)
WITH f, [r IN $requests | r.list] AS lists
CALL (f, lists) {
  UNWIND CASE WHEN any(l IN lists WHERE l IN ['PROGRAMS', 'ORGANIZATIONS']) THEN [f] ELSE [] END AS funder
  MATCH (funder)-[:FUNDED]->(:Program)<-[:PART_OF*0..5]-(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
CALL (f, lists) {
  UNWIND CASE WHEN any(l IN lists WHERE l IN ['EVENTS', 'ORGANIZATIONS', 'PLACES']) THEN [f] ELSE [] END AS funder
  MATCH (funder)-[:FUNDED]->(t:Node)<-[:PART_OF*0..5]-(e:Event)
  WHERE t:Event OR t:Program
  RETURN collect(DISTINCT e) AS events
}
UNWIND $requests AS request
CALL (f, programs, events, request) {
  UNWIND CASE request.list WHEN 'PROGRAMS' THEN programs WHEN 'EVENTS' THEN events ELSE [] END AS x
  RETURN x
  UNION
  UNWIND CASE WHEN request.list = 'ORGANIZATIONS' THEN programs + events ELSE [] END AS activity
  MATCH (x:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(activity)
  WHERE x <> f
  RETURN x
  UNION
  UNWIND CASE WHEN request.list = 'PLACES' THEN events ELSE [] END AS e
  MATCH (e)-[:HELD_IN]->(x:Place)
  RETURN x
}
WITH request, x
WHERE request.after IS NULL OR x.id > request.after
WITH request, x ORDER BY x.id
WITH request, collect(x)[..request.limit] AS items
RETURN request.list AS list, request.after AS after, request.limit AS limit, [x IN items | x {.*}] AS items
