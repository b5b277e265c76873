// The derived PartnerPair entries a curation batch may have changed, brought up to date in the write's own
// transaction, from the links it added or removed (see analysis/refresh-partner-pairs for the entries and the
// rule). A link between an actor and an activity changes the pairs of that actor with every other actor of the
// activity: those linked to it now, and those whose links to it the same batch removed (they are among $links
// too). Each such pair is counted again from the end with fewer links (its degree is read from the node, not
// walked), so a batch on a hub costs its few pairs, not the hub's whole neighbourhood (refreshing musaala's
// every pair at a million nodes takes 385,719 db hits). Only what differs is written; a pair left with nothing
// shared is retired on both sides, for derived/delete-retired to delete after the write's last refresh.
UNWIND $links AS link
WITH link.activityId AS activityId, collect(DISTINCT link.actorId) AS changed
OPTIONAL MATCH (x:Node {id: activityId})
CALL (x) {
  OPTIONAL MATCH (x)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(b)
  RETURN collect(DISTINCT b.id) AS linked
}
UNWIND changed AS one
UNWIND linked + changed AS other
WITH one, other WHERE one <> other
WITH DISTINCT CASE WHEN one < other THEN one ELSE other END AS low, CASE WHEN one < other THEN other ELSE one END AS high
OPTIONAL MATCH (p:Node:Actor {id: low})
OPTIONAL MATCH (q:Node:Actor {id: high})
CALL (p, q) {
  WITH p, q WHERE p IS NOT NULL AND q IS NOT NULL
  WITH p, q, COUNT { (p)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->() } <= COUNT { (q)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->() } AS fromP
  WITH CASE WHEN fromP THEN p ELSE q END AS near, CASE WHEN fromP THEN q ELSE p END AS far
  MATCH (near)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)
  WITH DISTINCT far, x
  WHERE EXISTS { (x)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(far) }
  WITH x.id AS activityId
  ORDER BY activityId
  // An aggregate of no row is one row: a pair with nothing shared (or an actor gone) gets [].
  RETURN collect(activityId) AS activityIds
}
CALL (low, high, activityIds) {
  WITH low, high, activityIds WHERE size(activityIds) = 0
  UNWIND [[low, high], [high, low]] AS ends
  MATCH (entry:PartnerPair {actorId: ends[0], partnerId: ends[1]})
  REMOVE entry:PartnerPair
  SET entry:Retired
  RETURN count(entry) AS removed
}
CALL (low, high, activityIds) {
  WITH low, high, activityIds WHERE size(activityIds) > 0
  UNWIND [[low, high], [high, low]] AS ends
  OPTIONAL MATCH (entry:PartnerPair {actorId: ends[0], partnerId: ends[1]})
  WITH ends, activityIds WHERE NOT coalesce(entry.activityIds = activityIds, false)
  // MERGE on the unique (actorId, partnerId) (schema/constraint-partner-pair), as analysis/refresh-partner-pairs.
  MERGE (e:Derived:PartnerPair {actorId: ends[0], partnerId: ends[1]})
  SET e.shared = size(activityIds), e.rank = -size(activityIds), e.activityIds = activityIds
  RETURN count(e) AS added
}
RETURN sum(removed) AS removed, sum(added) AS added
