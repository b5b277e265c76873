// What two actors have in common (LittleSis "interlocks"), in one statement from two index seeks:
// - activities: events and programs both have a direct relationship to (ORGANIZED, PARTNERED_WITH,
//   PARTICIPATED_IN, FUNDED, IMPLEMENTED);
// - funders: actors that support what each of the two organised, implemented or partnered in (the
//   contract's funderReach.organizations rule), by the funding rule: FUNDED the event or program itself,
//   or a program it is PART_OF through up to 5 levels (nesting in practice is 1–2 levels);
// - people: persons other than the two tied to both, each tie being a position held in the actor or
//   taking part in an event the actor has a direct relationship to.
// The actors are OPTIONAL so that the caller can say which id is unknown; a null actor matches nothing.
OPTIONAL MATCH (a:Node:Actor {id: $actorId})
OPTIONAL MATCH (b:Node:Actor {id: $otherId})
CALL (a, b) {
  MATCH (a)-[ra:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x:Node)<-[rb:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
  WHERE x:Event OR x:Program
  WITH x, collect(DISTINCT ra) AS actorRels, collect(DISTINCT rb) AS otherRels
  ORDER BY x.id
  RETURN collect({
    activity: x {.*},
    labels: labels(x),
    actorLinks: [r IN actorRels | {type: type(r), role: r.role, evidenceIds: r.evidenceIds}],
    otherLinks: [r IN otherRels | {type: type(r), role: r.role, evidenceIds: r.evidenceIds}]
  }) AS activities
}
// Funders are found from each side up: its activities, the programs above them, their FUNDED edges; each
// side's walk runs once, and the two meet on the funder. (Walking down from a hub funder's thousands of
// FUNDED edges to the other side's activities cost 60 million db hits at 100k nodes.)
CALL (a, b) {
  UNWIND [a, b] AS side
  MATCH (side)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->(x:Node)
  WHERE x:Event OR x:Program
  WITH side, x
  MATCH (x)-[:PART_OF*0..5]->(t:Node)
  WITH side, x, t
  MATCH (t)<-[:FUNDED]-(f:Node:Actor)
  WHERE f <> a AND f <> b
  WITH f, side, collect(DISTINCT x) AS activities
  WITH f, collect({side: side, activities: activities}) AS sides
  WHERE size(sides) = 2
  WITH f, [s IN sides WHERE s.side = a][0].activities AS actorActivities, [s IN sides WHERE s.side = b][0].activities AS otherActivities
  ORDER BY f.id
  RETURN collect({
    funder: f {.*},
    labels: labels(f),
    actorActivities: [x IN actorActivities | {activity: x {.*}, labels: labels(x)}],
    otherActivities: [x IN otherActivities | {activity: x {.*}, labels: labels(x)}]
  }) AS funders
}
CALL (a, b) {
  CALL (a) {
    MATCH (p:Node:Person)-[r:HOLDS_POSITION]->(a)
    RETURN p, {type: type(r), title: r.title, event: null, evidenceIds: r.evidenceIds} AS tie
    UNION
    MATCH (p:Node:Person)-[r:PARTICIPATED_IN]->(e:Node:Event)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(a)
    RETURN p, {type: type(r), title: null, event: e {.*}, evidenceIds: r.evidenceIds} AS tie
  }
  WITH b, p, collect(tie) AS actorTies
  WHERE p <> a AND p <> b
  CALL (b, p) {
    MATCH (p)-[r:HOLDS_POSITION]->(b)
    RETURN {type: type(r), title: r.title, event: null, evidenceIds: r.evidenceIds} AS tie
    UNION
    MATCH (p)-[r:PARTICIPATED_IN]->(e:Node:Event)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
    RETURN {type: type(r), title: null, event: e {.*}, evidenceIds: r.evidenceIds} AS tie
  }
  WITH p, actorTies, collect(tie) AS otherTies
  ORDER BY p.id
  RETURN collect({person: p {.*}, actorTies: actorTies, otherTies: otherTies}) AS people
}
RETURN a {.*} AS actor, labels(a) AS actorLabels, b {.*} AS other, labels(b) AS otherLabels, activities, funders, people
