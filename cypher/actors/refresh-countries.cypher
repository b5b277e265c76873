// The derived ActorCountry entries of the actors a write may have moved, brought up to date in the write's own
// transaction. One entry per (actor, country or governorate) the actors page with that place lists: the COUNTRY
// and GOVERNORATE places the actor is based under (its own LOCATED_IN chain, a unit's parents' up to 3 levels, or
// for a person the organisation they hold a position in) within 6 LOCATED_IN hops, and the stored country and
// region (events/refresh-countries, refreshed before this) of every event it organised, partnered in or attended.
// The entry's countryId is that place's id, a country's or a governorate's, as the filter's countryId is. The
// entry carries the actor's kind, so that a page of some kinds is a seek too.
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
  OPTIONAL MATCH (a)-[:HOLDS_POSITION*0..1]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..6]->(c:Place)
  WHERE c.kind IN ['COUNTRY', 'GOVERNORATE']
  RETURN collect(DISTINCT c.id) AS based
}
CALL (a) {
  OPTIONAL MATCH (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]->(e:Event)
  UNWIND [e.countryId, e.regionId] AS areaId
  RETURN collect(DISTINCT areaId) AS active
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
  WITH entry, entry.countryId IN countries AS kept, entry.countryId AS countryId, entry.kind AS oldKind
  FOREACH (_ IN CASE WHEN kept THEN [1] ELSE [] END | SET entry.kind = kind)
  FOREACH (_ IN CASE WHEN kept THEN [] ELSE [1] END | REMOVE entry:ActorCountry SET entry:Retired)
  // What the country's counts (ActorCountryCount, below) lose, and gain from a new kind.
  RETURN count(entry) AS removed,
    collect({countryId: countryId, kind: coalesce(oldKind, ''), n: -1}) + collect(CASE WHEN kept THEN {countryId: countryId, kind: coalesce(kind, ''), n: 1} END) AS lost
}
CALL (id, kind, countries) {
  UNWIND countries AS countryId
  WITH countryId WHERE NOT EXISTS { MATCH (entry:ActorCountry {actorId: id, countryId: countryId}) }
  // MERGE on the unique (actorId, countryId) (schema/constraint-actor-country): a batch that adds the same entry
  // at the same time waits for this one and then finds its entry instead of adding a second; only the batch
  // that created it counts it.
  MERGE (entry:Derived:ActorCountry {actorId: id, countryId: countryId})
  ON CREATE SET entry.created = true
  SET entry.kind = kind
  WITH countryId, entry, entry.created IS NOT NULL AS created
  REMOVE entry.created
  RETURN count(countryId) AS added, collect(CASE WHEN created THEN {countryId: countryId, kind: coalesce(kind, ''), n: 1} END) AS gained
}
WITH sum(removed) AS removed, sum(added) AS added, collect(lost + gained) AS changes
// Each (country, kind) has a count of its entries (schema/constraint-actor-country-count), kept with them in the
// same transaction, so that the actors page's totalCount reads a few counts instead of counting every entry of
// the country (Yemen's NGOs at a million nodes: one index entry each). Changes are summed per count first.
CALL (changes) {
  UNWIND changes AS actorChanges
  UNWIND actorChanges AS change
  WITH change.countryId AS countryId, change.kind AS kind, sum(change.n) AS n
  WHERE n <> 0
  ORDER BY countryId, kind
  MERGE (tally:Derived:ActorCountryCount {countryId: countryId, kind: kind})
  // Locked before it is read: two writes adding to one count must not both read the same value.
  SET tally.lock = true
  WITH tally, n
  SET tally.n = coalesce(tally.n, 0) + n
  REMOVE tally.lock
  RETURN count(tally) AS counts
}
RETURN removed, added
