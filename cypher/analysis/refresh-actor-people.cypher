// The derived ActorPerson entries a write may have changed, brought up to date in the write's own transaction.
// One entry per (actor, person) where the person is tied to the actor, by interlocks' rule: `position` when the
// person HOLDS_POSITION in the actor, and `eventIds` the events the person PARTICIPATED_IN that the actor has a
// direct relationship to (ORGANIZED, PARTNERED_WITH, PARTICIPATED_IN, FUNDED, IMPLEMENTED), in id order.
// interlocks reads two actors' entries to find the people tied to both: walking both sides' events and their
// participants cost about 293,000 db hits for two hubs at a million nodes (Musa'ala: 14,088 people, 19,194 ties).
//
// Which pairs are counted again, each from the person's side (a person takes part in a few events; an actor may
// have thousands):
// - every pair of each actor of $actorIds, as the actor, and every entry it has (a bulk load, the start-up fill;
//   a loaded link joins loaded nodes, so the person of each new pair is an actor of the load too);
// - for each event of $links (an actor's link of those five types to it added or removed by a batch), every pair
//   of a changed actor with the event's participants and with its actors, and of each changed actor with the
//   others changed (a link the batch removed is no longer in the graph);
// - each pair of $positions (a HOLDS_POSITION added or removed).
// Only what differs is written; a pair left with no tie is retired for derived/delete-retired.
CALL () {
  UNWIND $actorIds AS id
  MATCH (x:Node:Actor {id: id})
  USING INDEX x:Node(id)
  CALL (x) {
    MATCH (x)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(:Event)<-[:PARTICIPATED_IN]-(p:Person)
    RETURN p.id AS personId
    UNION
    MATCH (p:Person)-[:HOLDS_POSITION]->(x)
    RETURN p.id AS personId
  }
  RETURN x.id AS actorId, personId
  UNION
  UNWIND $actorIds AS id
  MATCH (entry:ActorPerson)
  USING INDEX entry:ActorPerson(actorId, personId)
  WHERE entry.actorId = id AND entry.personId IS NOT NULL
  RETURN entry.actorId AS actorId, entry.personId AS personId
  UNION
  UNWIND $links AS link
  WITH link.eventId AS eventId, collect(DISTINCT link.actorId) AS changed
  OPTIONAL MATCH (e:Node {id: eventId})
  USING INDEX e:Node(id)
  CALL (e) {
    OPTIONAL MATCH (e)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(a)
    RETURN collect(DISTINCT a.id) AS actors
  }
  CALL (e) {
    OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(p:Person)
    RETURN collect(DISTINCT p.id) AS people
  }
  UNWIND changed AS one
  UNWIND [other IN people + changed | [one, other]] + [other IN actors | [other, one]] AS pair
  RETURN pair[0] AS actorId, pair[1] AS personId
  UNION
  UNWIND $positions AS position
  RETURN position.actorId AS actorId, position.personId AS personId
}
WITH actorId, personId
WHERE actorId <> personId
// In person order, the order of the locks below.
ORDER BY personId, actorId
OPTIONAL MATCH (a:Node:Actor {id: actorId})
OPTIONAL MATCH (p:Node:Person {id: personId})
// Two batches that change one person's ties take turns: the second counts after the first's commit, so a link
// each adds to the same event (the actor's in one, the person's in the other) is seen by one of them.
CALL (p) {
  WITH p WHERE p IS NOT NULL
  SET p.derivedLock = true
  REMOVE p.derivedLock
}
CALL (a, p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  WHERE a IS NOT NULL AND EXISTS { (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(e) }
  WITH DISTINCT e.id AS eventId
  ORDER BY eventId
  // An aggregate of no row is one row: a pair with no event (or a node gone) gets [].
  RETURN collect(eventId) AS eventIds
}
WITH actorId, personId, eventIds, coalesce(EXISTS { (p)-[:HOLDS_POSITION]->(a) }, false) AS position
OPTIONAL MATCH (entry:ActorPerson {actorId: actorId, personId: personId})
WITH actorId, personId, eventIds, position, entry
WHERE NOT coalesce(entry.eventIds = eventIds AND entry.position = position, size(eventIds) = 0 AND NOT position)
CALL (entry, eventIds, position) {
  WITH entry WHERE entry IS NOT NULL AND size(eventIds) = 0 AND NOT position
  REMOVE entry:ActorPerson
  SET entry:Retired
  RETURN count(entry) AS removed
}
CALL (actorId, personId, eventIds, position) {
  WITH actorId, personId, eventIds, position WHERE size(eventIds) > 0 OR position
  // MERGE on the unique (actorId, personId) (schema/constraint-actor-person), as analysis/refresh-actor-funders.
  MERGE (e:Derived:ActorPerson {actorId: actorId, personId: personId})
  SET e.eventIds = eventIds, e.position = position
  RETURN count(e) AS added
}
RETURN sum(removed) AS removed, sum(added) AS added
