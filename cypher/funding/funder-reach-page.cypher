// One page of one list of a funder's reach ($list: PROGRAMS, EVENTS, ORGANIZATIONS or PLACES), by id, after
// the id $after, at most $limit items (the caller's page + 1, to say whether more follow). The lists are
// those funder-reach counts: programs the funder FUNDED and every program inside them (PART_OF, ≤ 5 levels);
// events it FUNDED and every event inside a funded program; organisations (not the funder) that implemented,
// organised or partnered in any of those; places where the events were held.
// Finding a page needs the reach's members, but only as nodes to order by id: properties are projected for
// the page alone, so an answer's size and memory follow $limit, not the portfolio. The UNWIND guards keep
// every branch but the one asked for from running.
MATCH (f:Node:Actor {id: $funderId})
USING INDEX f:Node(id)
CALL (f) {
  UNWIND CASE WHEN $list IN ['PROGRAMS', 'ORGANIZATIONS'] THEN [f] ELSE [] END AS funder
  MATCH (funder)-[:FUNDED]->(:Program)<-[:PART_OF*0..5]-(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
CALL (f) {
  UNWIND CASE WHEN $list IN ['EVENTS', 'ORGANIZATIONS', 'PLACES'] THEN [f] ELSE [] END AS funder
  MATCH (funder)-[:FUNDED]->(t:Node)<-[:PART_OF*0..5]-(e:Event)
  WHERE t:Event OR t:Program
  RETURN collect(DISTINCT e) AS events
}
CALL (f, programs, events) {
  UNWIND CASE $list WHEN 'PROGRAMS' THEN programs WHEN 'EVENTS' THEN events ELSE [] END AS x
  RETURN x
  UNION
  UNWIND CASE WHEN $list = 'ORGANIZATIONS' THEN programs + events ELSE [] END AS activity
  MATCH (x:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(activity)
  WHERE x <> f
  RETURN x
  UNION
  UNWIND CASE WHEN $list = 'PLACES' THEN events ELSE [] END AS e
  MATCH (e)-[:HELD_IN]->(x:Place)
  RETURN x
}
WITH x
WHERE $after IS NULL OR x.id > $after
ORDER BY x.id
LIMIT $limit
RETURN collect(x {.*}) AS items
