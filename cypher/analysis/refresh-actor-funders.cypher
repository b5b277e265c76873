// The derived ActorFunder entries a write may have changed, brought up to date in the write's own transaction.
// One entry per (actor, funder) where the funder supports work of the actor, by interlocks' rule: the actor
// ORGANIZED, IMPLEMENTED or PARTNERED_WITH an event or a program, and the funder FUNDED it or a program it is
// PART_OF through up to 5 levels (an event's funders by this rule are its FunderEvent entries, which every write
// refreshes first). `activityIds` are those events and programs of the actor, in id order. interlocks reads two
// actors' entries to find the funders both have: walking both sides' activities and each one's funders cost
// about 350,000 db hits for two hubs at a million nodes (Musa'ala: 17,305 activities, 23,887 (activity, funder)
// pairs, 3,469 funders).
//
// Which (actor, activity) pairs are read again:
// - every activity of each actor of $actorIds, whose entries are rewritten whole (a bulk load, the start-up fill);
// - each link of $links (an actor's ORGANIZED, IMPLEMENTED or PARTNERED_WITH link added or removed by a batch);
// - every link of every actor to an activity at or below each of $anchorIds (programs and events whose FUNDED or
//   PART_OF edges changed, so whose funders may have).
// For the others, an actor's entries keep every activity not read again, and gain or lose only those read: a
// batch on a hub costs the hub's entries (3,469), not its activities' funders. An actor with more than 100
// activities read again is rewritten whole, which costs its activities' funders but not a list test per pair.
// Only what differs is written; an entry left with no activity is retired for derived/delete-retired.
CALL () {
  UNWIND $actorIds AS actorId
  RETURN actorId, null AS activityId
  UNION
  UNWIND $links AS link
  RETURN link.actorId AS actorId, link.activityId AS activityId
  UNION
  UNWIND $anchorIds AS anchorId
  MATCH (anchor:Node {id: anchorId})
  USING INDEX anchor:Node(id)
  MATCH (x)-[:PART_OF*0..5]->(anchor)
  MATCH (actor:Node:Actor)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->(x)
  RETURN actor.id AS actorId, x.id AS activityId
}
WITH actorId, collect(DISTINCT activityId) AS touched, count(*) > count(activityId) AS whole
ORDER BY actorId
OPTIONAL MATCH (a:Node:Actor {id: actorId})
// Two batches that touch one actor's entries take turns, in id order: each reads the entries after the other's
// commit, so neither's change is lost.
CALL (a) {
  WITH a WHERE a IS NOT NULL
  SET a.derivedLock = true
  REMOVE a.derivedLock
}
WITH actorId, a, touched, whole OR a IS NULL OR size(touched) > 100 AS whole
CALL (actorId, a, touched, whole) {
  CALL (a, touched, whole) {
    WITH a, touched WHERE NOT whole
    UNWIND touched AS activityId
    MATCH (x:Node {id: activityId})
    USING INDEX x:Node(id)
    WHERE EXISTS { (a)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->(x) }
    RETURN x
    UNION
    // No label is tested: the vocabulary sends these types from an actor to an event or a program only.
    WITH a WHERE whole AND a IS NOT NULL
    MATCH (a)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->(x)
    RETURN x
  }
  CALL (x) {
    WITH x WHERE x:Event
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(eventId, funderId)
    WHERE entry.eventId = x.id AND entry.funderId IS NOT NULL
    RETURN entry.funderId AS funderId
    UNION
    WITH x WHERE x:Program
    MATCH (x)-[:PART_OF*0..5]->(:Node)<-[:FUNDED]-(f:Node:Actor)
    RETURN f.id AS funderId
  }
  WITH funderId, x.id AS activityId
  ORDER BY activityId
  RETURN funderId, collect(activityId) AS added
  UNION
  // The funders of the entries that may lose an activity: all of them when rewritten whole.
  // A deleted actor's entries are all retired.
  WITH actorId, touched, whole
  MATCH (entry:ActorFunder)
  USING INDEX entry:ActorFunder(actorId, funderId)
  WHERE entry.actorId = actorId AND entry.funderId IS NOT NULL
    AND (whole OR any(id IN entry.activityIds WHERE id IN touched))
  RETURN entry.funderId AS funderId, [] AS added
}
WITH actorId, touched, whole, funderId, reduce(ids = [], list IN collect(added) | ids + list) AS added
OPTIONAL MATCH (entry:ActorFunder {actorId: actorId, funderId: funderId})
WITH actorId, funderId, entry, COLLECT {
  UNWIND CASE WHEN whole OR entry IS NULL THEN added ELSE [id IN entry.activityIds WHERE NOT id IN touched] + added END AS id
  WITH DISTINCT id
  ORDER BY id
  RETURN id
} AS activityIds
WITH actorId, funderId, entry, activityIds
WHERE NOT coalesce(entry.activityIds = activityIds, size(activityIds) = 0)
CALL (entry, activityIds) {
  WITH entry WHERE entry IS NOT NULL AND size(activityIds) = 0
  REMOVE entry:ActorFunder
  SET entry:Retired
  RETURN count(entry) AS removed
}
CALL (actorId, funderId, activityIds) {
  WITH actorId, funderId, activityIds WHERE size(activityIds) > 0
  // MERGE on the unique (actorId, funderId) (schema/constraint-actor-funder): a batch that adds the same pair at the
  // same time waits for this one and then finds its entry instead of adding a second.
  MERGE (e:Derived:ActorFunder {actorId: actorId, funderId: funderId})
  SET e.activityIds = activityIds
  RETURN count(e) AS added
}
RETURN sum(removed) AS removed, sum(added) AS added
