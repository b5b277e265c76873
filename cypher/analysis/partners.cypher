// Partners of one actor: every other actor with a direct relationship (ORGANIZED, PARTNERED_WITH,
// PARTICIPATED_IN, FUNDED, IMPLEMENTED) to an event or program that this actor also has one to, ranked by
// how many such events and programs they share, then by id. Both hops are fixed-length, so the walk is
// the actor's two-hop neighbourhood and no more. A person counts through their own links only: their
// positions do not lend them their organisation's events. No row when no actor has the id.
// The ranking needs only counts: candidates are ranked and cut to $limit first, and only the kept partners'
// shared activities are listed with their links (a hub's candidates run into the thousands). Those lists come
// from one more walk out of the actor's activities that keeps the kept partners' edges only: testing each kept
// partner against every activity of a hub actor (an Expand(Into) per pair) cost twice as much at 100k nodes.
// $sharedLimit (null: all) cuts each partner's list to its first activities by id before their maps are built: a
// hub's lists are what made its answer large, and a client that pages them should not pay for the rest. The
// count stays the ranking's, over every shared activity. 0 (no list asked for) skips the walk.
// The hints keep the id seeks: on a small graph the planner may otherwise scan the whole id index.
// No label is tested past the actor's own: these relationship types run from an actor to an event or a
// program only (the vocabulary, src/model/vocabulary.ts, checked on every write), and testing the labels of
// both ends cost two db hits per relationship walked (musaala's partners at 100k: 80,679 -> 56,879).
MATCH (a:Node:Actor {id: $actorId})
USING INDEX a:Node(id)
CALL (a) {
  MATCH (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)
  WITH DISTINCT a, x
  MATCH (x)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
  WHERE b <> a
  WITH b, count(DISTINCT x) AS sharedCount
  ORDER BY sharedCount DESC, b.id
  LIMIT $limit
  RETURN collect({b: b, sharedCount: sharedCount}) AS ranked
}
CALL (a, ranked) {
  WITH a, [r IN ranked | r.b] AS kept
  WHERE $sharedLimit IS NULL OR $sharedLimit > 0
  MATCH (a)-[ra:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)<-[rb:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
  WHERE b IN kept
  WITH b, x, collect(DISTINCT ra) AS actorRels, collect(DISTINCT rb) AS otherRels
  ORDER BY x.id
  // Only references are collected here; the properties are read below, for the activities kept.
  WITH b, collect({x: x, actorRels: actorRels, otherRels: otherRels}) AS shared
  WITH b, shared[..coalesce($sharedLimit, size(shared))] AS page
  RETURN collect({b: b, shared: [s IN page | {
    activity: properties(s.x),
    labels: labels(s.x),
    actorLinks: [r IN s.actorRels | {type: type(r), role: r.role, evidenceIds: r.evidenceIds}],
    otherLinks: [r IN s.otherRels | {type: type(r), role: r.role, evidenceIds: r.evidenceIds}]
  }]}) AS sharedOf
}
RETURN [r IN ranked | {
  actor: properties(r.b), labels: labels(r.b), sharedCount: r.sharedCount,
  shared: coalesce(head([s IN sharedOf WHERE s.b = r.b | s.shared]), [])
}] AS partners
