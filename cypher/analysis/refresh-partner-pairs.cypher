// The derived PartnerPair entries of the actors a write may have changed, brought up to date in the write's own
// transaction. One entry per (actor, partner) that partners ranks, in both directions: the other actor has a
// direct relationship (ORGANIZED, PARTNERED_WITH, PARTICIPATED_IN, FUNDED, IMPLEMENTED) to an event or program
// this actor also has one to; `activityIds` are those events and programs in id order, `shared` how many,
// `rank` its negation, so that an actor's partners read in the ranking's order (most shared first, then by id)
// from partner_pair_rank, and a page of a partner's shared activities is a slice of its list.
//
// Whose entries: every actor of $actorIds (the actors a bulk load wrote, or a page of every actor in the
// start-up fill; a curation batch recounts only the pairs its links can change, analysis/refresh-partner-pairs-
// of-links) is counted again from its two-hop neighbourhood, and its entries and their mirrors are made to
// match: a pair it no longer shares anything with is retired on both sides, a new or changed list is written on
// both sides. An id without an actor keeps no entry. Only what differs is written, so a refresh that changes
// nothing takes no lock.
UNWIND $actorIds AS id
OPTIONAL MATCH (a:Node:Actor {id: id})
CALL (a) {
  // No label is tested past the actor's own: the vocabulary sends these relationship types from an actor to an
  // event or a program only, and every write checks it.
  MATCH (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)
  WITH DISTINCT a, x
  MATCH (x)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
  WHERE b <> a
  WITH DISTINCT b.id AS partnerId, x.id AS activityId
  ORDER BY partnerId, activityId
  WITH partnerId, collect(activityId) AS activityIds
  RETURN collect({partnerId: partnerId, shared: size(activityIds), activityIds: activityIds}) AS wanted
}
WITH id, wanted, [w IN wanted | w.partnerId] AS wantedIds
CALL (id, wantedIds) {
  // The entry constraint's index (actorId, partnerId) finds the actor's entries. A pair no longer shared is
  // retired, not deleted, on both sides: derived/delete-retired deletes every retired entry once, after the
  // write's last refresh (Neo4j makes each index seek after a delete copy the transaction's deleted nodes).
  OPTIONAL MATCH (entry:PartnerPair)
  USING INDEX entry:PartnerPair(actorId, partnerId)
  WHERE entry.actorId = id AND entry.partnerId IS NOT NULL
  WITH entry WHERE entry IS NOT NULL AND NOT entry.partnerId IN wantedIds
  OPTIONAL MATCH (mirror:PartnerPair {actorId: entry.partnerId, partnerId: id})
  REMOVE entry:PartnerPair
  SET entry:Retired
  FOREACH (m IN CASE WHEN mirror IS NULL THEN [] ELSE [mirror] END | REMOVE m:PartnerPair SET m:Retired)
  RETURN count(entry) AS removed
}
CALL (id, wanted) {
  UNWIND wanted AS w
  OPTIONAL MATCH (entry:PartnerPair {actorId: id, partnerId: w.partnerId})
  OPTIONAL MATCH (mirror:PartnerPair {actorId: w.partnerId, partnerId: id})
  WITH w WHERE NOT coalesce(entry.activityIds = w.activityIds AND mirror.activityIds = w.activityIds, false)
  // MERGE on the unique (actorId, partnerId) (schema/constraint-partner-pair): a batch that adds the same pair at
  // the same time waits for this one and then finds its entry instead of adding a second.
  MERGE (e:Derived:PartnerPair {actorId: id, partnerId: w.partnerId})
  SET e.shared = w.shared, e.rank = -w.shared, e.activityIds = w.activityIds
  MERGE (m:Derived:PartnerPair {actorId: w.partnerId, partnerId: id})
  SET m.shared = w.shared, m.rank = -w.shared, m.activityIds = w.activityIds
  RETURN count(w) AS added
}
RETURN sum(removed) AS removed, sum(added) AS added
