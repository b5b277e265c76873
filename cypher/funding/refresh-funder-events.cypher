// The derived FunderEvent entries of the events a write may have moved, brought up to date in the write's own
// transaction. One entry per (funder, event) pair of fundingFlows: the funder FUNDED the event itself, or a
// program the event is PART_OF through up to 5 levels; direct when any of its routes is direct. The entry
// carries the event's sort date (dateStart, undated last) and what the flows' filters read (kind, dateStart,
// dateEnd, and the event's stored countryId and regionId, which events/refresh-countries has brought up to date
// earlier in the same transaction), so that a funder's page is read and filtered in order from the funder_event
// index, in a country from funder_event_country and in a governorate from funder_event_region; and what funderReach's totals add up (the event's date, participantCount, the
// ids of the places it is held in and of the organisations that organised or partnered in it), so that they read
// the funder's entries instead of its events.
//
// Whose entries: the events of $eventIds (written, deleted, or whose links changed: funding, an organiser's), every event at or below
// a node of $anchorIds (a program or event whose PART_OF or FUNDED edges changed) within 5 PART_OF levels, and
// the events among $chainIds (re-placed: their places and country may have changed). The events beneath a place of
// $chainIds only take its new country and region, which funding/refresh-funder-event-areas copies. An id without an
// event keeps no entry. Only what differs is written, so a refresh that changes nothing takes no lock.
// Answers how many entries it rewrote, retired or added, and the ids of their funders.
CALL () {
  UNWIND $eventIds AS id
  RETURN id
  UNION
  UNWIND $anchorIds AS anchorId
  MATCH (n:Node {id: anchorId})
  USING INDEX n:Node(id)
  MATCH (e:Event)-[:PART_OF*0..5]->(n)
  RETURN e.id AS id
  UNION
  UNWIND $chainIds AS id
  RETURN id
}
OPTIONAL MATCH (e:Node:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:PART_OF*0..5]->(target:Node)<-[:FUNDED]-(f:Node:Actor)
  WITH f.id AS funderId, max(target = e) AS direct
  WHERE funderId IS NOT NULL
  RETURN collect({funderId: funderId, direct: direct}) AS funders
}
// The places the event is held in and the organisations that organised or partnered in it, for funderReach's
// places and organisations (in id order, so that entries compare as lists).
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_IN]->(place:Place)
  WITH place.id AS placeId ORDER BY placeId
  RETURN collect(placeId) AS placeIds
}
CALL (e) {
  OPTIONAL MATCH (e)<-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]-(o:Organization)
  WITH DISTINCT o.id AS organizationId ORDER BY organizationId
  RETURN collect(organizationId) AS organizationIds
}
WITH id, [x IN funders | x {.*, sortDate: coalesce(e.dateStart, '9999-12-31'), kind: e.kind, dateStart: e.dateStart, dateEnd: e.dateEnd, countryId: e.countryId,
  regionId: e.regionId, date: e.date, participantCount: e.participantCount, placeIds: placeIds, organizationIds: organizationIds}] AS wanted
// An entry's whole content as a list, absent values as empty: entries compare by it.
WITH id, wanted, [w IN wanted | [w.funderId, w.direct, w.sortDate, coalesce(w.kind, ''), coalesce(w.dateStart, ''), coalesce(w.dateEnd, ''), coalesce(w.countryId, ''),
  coalesce(w.regionId, ''), coalesce(w.date, ''), coalesce(w.participantCount, -1), w.placeIds, w.organizationIds]] AS wantedKeys
CALL (id, wanted, wantedKeys) {
  // The entry constraint's index (eventId, funderId) finds an event's entries, never a scan of the funders' ones.
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(eventId, funderId)
  WHERE entry.eventId = id AND entry.funderId IS NOT NULL
  WITH entry WHERE entry IS NOT NULL
    AND NOT [entry.funderId, entry.direct, entry.sortDate, coalesce(entry.kind, ''), coalesce(entry.dateStart, ''), coalesce(entry.dateEnd, ''), coalesce(entry.countryId, ''),
      coalesce(entry.regionId, ''), coalesce(entry.date, ''), coalesce(entry.participantCount, -1), coalesce(entry.placeIds, []), coalesce(entry.organizationIds, [])] IN wantedKeys
  WITH entry, [w IN wanted WHERE w.funderId = entry.funderId][0] AS w
  // An entry of a funder still wanted is rewritten in place (a moved event keeps its entries, with a new
  // country). One of a funder gone is retired, not deleted: every index seek later in a transaction copies the
  // set of nodes it deleted, so deleting thousands of entries one refresh statement at a time costs the square
  // of their number. derived/delete-retired deletes them all at once after the last refresh of the write.
  FOREACH (_ IN CASE WHEN w IS NULL THEN [] ELSE [1] END |
    SET entry.sortDate = w.sortDate, entry.direct = w.direct, entry.kind = w.kind, entry.dateStart = w.dateStart, entry.dateEnd = w.dateEnd,
      entry.countryId = w.countryId, entry.regionId = w.regionId, entry.date = w.date, entry.participantCount = w.participantCount,
      entry.placeIds = w.placeIds, entry.organizationIds = w.organizationIds)
  FOREACH (_ IN CASE WHEN w IS NULL THEN [1] ELSE [] END | REMOVE entry:FunderEvent SET entry:Retired)
  RETURN count(entry) AS removed, collect(entry.funderId) AS removedFunderIds
}
CALL (id, wanted) {
  // What is left of the event's entries is wanted as it is now; the rest is created.
  UNWIND wanted AS w
  WITH w WHERE NOT EXISTS { MATCH (entry:FunderEvent {eventId: id, funderId: w.funderId}) }
  // MERGE on the unique (eventId, funderId) (schema/constraint-funder-event): a batch that adds the same pair at
  // the same time waits for this one and then finds its entry instead of adding a second.
  MERGE (entry:Derived:FunderEvent {eventId: id, funderId: w.funderId})
  SET entry.sortDate = w.sortDate, entry.direct = w.direct, entry.kind = w.kind, entry.dateStart = w.dateStart, entry.dateEnd = w.dateEnd,
    entry.countryId = w.countryId, entry.regionId = w.regionId, entry.date = w.date, entry.participantCount = w.participantCount,
    entry.placeIds = w.placeIds, entry.organizationIds = w.organizationIds
  RETURN count(w) AS added, collect(w.funderId) AS addedFunderIds
}
// The funders whose entries changed, for their totals (funding/refresh-funder-totals); the caller keeps each once.
RETURN sum(removed + added) AS changed, reduce(ids = [], more IN collect(removedFunderIds + addedFunderIds) | ids + more) AS funderIds
