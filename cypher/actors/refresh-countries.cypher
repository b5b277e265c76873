// The derived ActorCountry entries of the actors a write may have moved, brought up to date in the write's own
// transaction. One entry per (actor, country) the actors page with that country lists: the COUNTRY places the
// actor is based under (its own LOCATED_IN chain, a unit's parents' up to 3 levels, or for a person the
// organisation they hold a position in) within 6 LOCATED_IN hops, and the stored country (events/
// refresh-countries, refreshed before this) of every event it organised, partnered in or attended. The entry
// carries the actor's kind, so that a page of some kinds is a seek too.
//
// Whose entries: $actorIds themselves (an actor written or deleted, or one whose own edges changed), every
// actor based under a node of $chainIds (an organisation or a place whose chain changed: its units, their
// people, and what is located beneath a place) or active at an event held beneath a place of $chainIds, and the
// actors of the events of $eventIds (their country may have changed). Only what differs is written, so a
// refresh that changes nothing takes no lock. Stale entries are only retired here (see below).
CALL () {
  UNWIND $actorIds AS id
  RETURN id
  UNION
  UNWIND $chainIds AS chainId
  MATCH (n:Node {id: chainId})
  USING INDEX n:Node(id)
  CALL (n) {
    MATCH (n:Actor)<-[:PART_OF*0..3]-(:Actor)<-[:HOLDS_POSITION*0..1]-(a:Node:Actor)
    RETURN a
    UNION
    MATCH (n:Place)<-[:LOCATED_IN*0..6]-(:Place)<-[:LOCATED_IN]-(:Actor)<-[:PART_OF*0..3]-(:Actor)<-[:HOLDS_POSITION*0..1]-(a:Node:Actor)
    RETURN a
    UNION
    MATCH (n:Place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(:Event)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]-(a:Node:Actor)
    RETURN a
  }
  RETURN a.id AS id
  UNION
  UNWIND $eventIds AS eventId
  MATCH (:Node:Event {id: eventId})<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]-(a:Node:Actor)
  RETURN a.id AS id
}
// An id without an actor (deleted, or never one) keeps no entry.
OPTIONAL MATCH (a:Node:Actor {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[:HOLDS_POSITION*0..1]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..6]->(c:Place {kind: 'COUNTRY'})
  RETURN collect(DISTINCT c.id) AS based
}
CALL (a) {
  OPTIONAL MATCH (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]->(e:Event)
  RETURN collect(DISTINCT e.countryId) AS active
}
WITH id, a.kind AS kind, based + [c IN active WHERE NOT c IN based] AS countries
CALL (id, kind, countries) {
  // The entry constraint's index (actorId, countryId) finds an actor's entries. Without the hint the planner may
  // take actor_country (countryId, actorId) instead and scan every entry per actor: 68 million db hits for a
  // chunk of 500 actors at a million nodes.
  OPTIONAL MATCH (entry:ActorCountry)
  USING INDEX entry:ActorCountry(actorId, countryId)
  WHERE entry.actorId = id AND entry.countryId IS NOT NULL
  WITH entry WHERE entry IS NOT NULL AND (NOT entry.countryId IN countries OR NOT coalesce(entry.kind = kind, entry.kind IS NULL AND kind IS NULL))
  // A kept country with a new kind is rewritten in place. A stale one is retired, not deleted: every index seek
  // later in a transaction copies the set of nodes it deleted, so deleting thousands of entries one refresh
  // statement at a time costs the square of their number (a governorate moved at a million nodes: over ten
  // minutes). derived/delete-retired deletes them all at once after the last refresh of the write.
  FOREACH (_ IN CASE WHEN entry.countryId IN countries THEN [1] ELSE [] END | SET entry.kind = kind)
  FOREACH (_ IN CASE WHEN entry.countryId IN countries THEN [] ELSE [1] END | REMOVE entry:ActorCountry SET entry:Retired)
  RETURN count(entry) AS removed
}
CALL (id, kind, countries) {
  UNWIND countries AS countryId
  WITH countryId WHERE NOT EXISTS { MATCH (entry:ActorCountry {actorId: id, countryId: countryId}) }
  // MERGE on the unique (actorId, countryId) (schema/constraint-actor-country): a batch that adds the same entry
  // at the same time waits for this one and then finds its entry instead of adding a second.
  MERGE (entry:Derived:ActorCountry {actorId: id, countryId: countryId})
  SET entry.kind = kind
  RETURN count(countryId) AS added
}
RETURN sum(removed) AS removed, sum(added) AS added
