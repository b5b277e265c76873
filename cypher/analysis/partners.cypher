// Partners of one actor: every other actor with a direct relationship (ORGANIZED, PARTNERED_WITH,
// PARTICIPATED_IN, FUNDED, IMPLEMENTED) to an event or program that this actor also has one to, ranked by
// how many such events and programs they share, then by id. A person counts through their own links only:
// their positions do not lend them their organisation's events. No row when no actor has the id.
// The ranking is read, not counted: every write keeps one PartnerPair entry per (actor, partner) with the
// count (analysis/refresh-partner-pairs), and the page is the actor's first $limit entries of the
// partner_pair_rank index (actorId, rank = -shared, partnerId), in its order. Counting it here walked the actor's
// whole two-hop neighbourhood: a hub's at a million nodes is 186,661 db hits for five partners.
// A pair's entry also holds its shared activities' ids in id order: a partner's page of them ($sharedLimit,
// null: all) is a slice of that list, each activity read by id and its links to both actors found from the
// activity's side, so a hub's answer costs what it returns, not the hub's neighbourhood (walking the actor's
// activities for the kept partners' links was 164,000 db hits for musaala's five at a million nodes). The
// count stays the ranking's, over every shared activity. 0 (no list asked for) skips the lists.
// The hints keep the id seeks: on a small graph the planner may otherwise scan the whole id index.
MATCH (a:Node:Actor {id: $actorId})
USING INDEX a:Node(id)
CALL (a) {
  MATCH (pair:PartnerPair)
  USING INDEX pair:PartnerPair(actorId, rank, partnerId)
  WHERE pair.actorId = a.id AND pair.rank < 0 AND pair.partnerId IS NOT NULL
  // Named in the index's order, so that the planner reads the page in order and stops at it.
  WITH pair ORDER BY pair.actorId, pair.rank, pair.partnerId
  LIMIT $limit
  MATCH (b:Node {id: pair.partnerId})
  USING INDEX b:Node(id)
  RETURN collect({b: b, sharedCount: pair.shared, activityIds: pair.activityIds}) AS ranked
}
CALL (a, ranked) {
  WITH a, ranked WHERE $sharedLimit IS NULL OR $sharedLimit > 0
  UNWIND ranked AS r
  WITH a, r.b AS b, r.activityIds[..coalesce($sharedLimit, size(r.activityIds))] AS ids
  CALL (a, b, ids) {
    UNWIND ids AS activityId
    MATCH (x:Node {id: activityId})
    USING INDEX x:Node(id)
    // Both ends are known: each link is found from the activity's few relationships, never the hub's many.
    CALL (a, x) {
      MATCH (a)-[ra:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)
      RETURN collect(ra) AS actorRels
    }
    CALL (b, x) {
      MATCH (x)<-[rb:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
      RETURN collect(rb) AS otherRels
    }
    WITH x, actorRels, otherRels
    ORDER BY x.id
    RETURN collect({x: x, actorRels: actorRels, otherRels: otherRels}) AS page
  }
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
}] AS partners,
  // The listed links' evidence ids, whose records analysis/partners-with-evidence adds: one statement, not two in a row.
  // Unwound, not added up with reduce: each `ids + more` copied the whole list so far (quadratic in the ids).
  COLLECT {
    UNWIND sharedOf AS of UNWIND of.shared AS s UNWIND s.actorLinks + s.otherLinks AS link UNWIND coalesce(link.evidenceIds, []) AS evidenceId
    RETURN evidenceId
  } AS evidenceIds
