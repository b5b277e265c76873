// The totals of funderReach for the funders of $funderIds, kept as one (:Derived:FunderTotal {funderId, …}) each
// so that funding/funder-reach reads them with one seek: adding them up at read time read every entry of the funder
// (268,073 db hits for org:eu at a million nodes, 12 times its time on the seed graph). A write refreshes the
// totals of the funders whose FunderEvent entries it changed and of the funders above the programs whose chain,
// funding or organisations it changed; the bulk load and a start-up migration refresh every funder.
//
// The rule is funderReach's: programs are those the funder FUNDED and every program inside them (PART_OF, ≤ 5
// levels); events are its FunderEvent entries (funding/refresh-funder-events, brought up to date earlier in the
// same transaction), each counted once; organisations are those that implemented, organised or partnered in a
// program or an event reached (the funder aside); places are those the events are held in; countries those the
// events list files each event under.
//
// Each total is MERGEd on its unique key (schema/constraint-funder-total) and locked before the funder's reach
// is read, in id order, so that of two writes changing one funder's entries at once the second reads the first's
// committed entries. A funder that reaches nothing keeps no total (retired, and deleted by derived/delete-retired
// with the write's other retired entries). Answers how many funders it read, and how many totals it changed.
//
// The funders of $countryFunderIds (not also in $funderIds) only had entries' countries change, as when a place
// moves (funding/refresh-funder-event-areas): only their countries are recounted, from the funder_event_country
// index, and their other totals are kept (the 514 funders of a governorate's events at 100k nodes: 303,338 db hits
// recounted whole, 38,711 countries only). They are locked in the same id order as the others, in the same statement.
CALL () {
  UNWIND $funderIds AS funderId
  RETURN funderId, true AS whole
  UNION
  UNWIND $countryFunderIds AS funderId
  WITH funderId WHERE NOT funderId IN $funderIds
  RETURN funderId, false AS whole
}
WITH DISTINCT funderId, whole ORDER BY funderId
MERGE (total:Derived:FunderTotal {funderId: funderId})
ON CREATE SET total.fresh = true
SET total.lock = true
// A total that was not there yet is counted whole.
WITH total, funderId, whole OR total.fresh IS NOT NULL AS whole
OPTIONAL MATCH (f:Node:Actor {id: funderId})
USING INDEX f:Node(id)
// Each of these subqueries is an aggregation alone, so it answers one row also when its `whole` guard lets none in.
CALL (f, whole) {
  // Programs only, at every step: the chains' events (tens of thousands below a hub's programs) are not walked.
  WITH f WHERE whole
  OPTIONAL MATCH (f)-[:FUNDED]->(:Program)(()<-[:PART_OF]-(:Program)){0,5}(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
CALL (funderId, whole) {
  WITH funderId WHERE NOT whole
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, countryId, sortDate, eventId)
  WHERE entry.funderId = funderId AND entry.countryId IS NOT NULL AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
  WITH DISTINCT entry.countryId AS countryId ORDER BY countryId
  RETURN collect(countryId) AS onlyCountryIds
}
// One pass over the entries for the sums, the countries, and the places' and organisations' ids.
CALL (funderId, whole) {
  WITH funderId WHERE whole
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, eventId)
  WHERE entry.funderId = funderId AND entry.eventId IS NOT NULL
  WITH count(entry) AS eventCount, sum(entry.participantCount) AS participantCount, count(entry.participantCount) AS eventsWithParticipantCount,
    collect(DISTINCT entry.countryId) AS countryIds, collect(entry.placeIds) AS placeIds, collect(entry.organizationIds) AS organizationIds
  CALL (placeIds) {
    UNWIND placeIds AS ids
    UNWIND ids AS placeId
    RETURN count(DISTINCT placeId) AS placeCount
  }
  CALL (organizationIds) {
    UNWIND organizationIds AS ids
    UNWIND ids AS organizationId
    RETURN collect(DISTINCT organizationId) AS eventOrganizationIds
  }
  RETURN eventCount, participantCount, eventsWithParticipantCount, placeCount, eventOrganizationIds,
    COLLECT { UNWIND countryIds AS countryId WITH countryId WHERE countryId IS NOT NULL RETURN DISTINCT countryId ORDER BY countryId } AS countryIds
}
// Implementers and partners of the programs, organisers and partners of the events; not the funder itself.
CALL (programs) {
  UNWIND programs AS x
  MATCH (o:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(x)
  RETURN collect(DISTINCT o.id) AS programOrganizationIds
}
CALL (funderId, programOrganizationIds, eventOrganizationIds) {
  UNWIND programOrganizationIds + eventOrganizationIds AS organizationId
  WITH organizationId WHERE organizationId <> funderId
  RETURN count(DISTINCT organizationId) AS organizationCount
}
WITH total, whole, total.fresh IS NOT NULL AS fresh,
  [total.programCount, total.eventCount, total.organizationCount, total.placeCount, total.participantCount, total.eventsWithParticipantCount,
    total.countryIds] AS stored,
  [size(programs), eventCount, organizationCount, placeCount, participantCount, eventsWithParticipantCount, countryIds] AS counted,
  onlyCountryIds
WITH total, fresh, stored, CASE WHEN whole THEN counted ELSE stored[..6] + [onlyCountryIds] END AS wanted
WITH total, fresh, stored, wanted, wanted[1] > 0 OR wanted[0] > 0 AS reaches
SET total.programCount = wanted[0], total.eventCount = wanted[1], total.organizationCount = wanted[2], total.placeCount = wanted[3],
  total.participantCount = wanted[4], total.eventsWithParticipantCount = wanted[5], total.countryIds = wanted[6]
REMOVE total.lock, total.fresh
FOREACH (_ IN CASE WHEN reaches THEN [] ELSE [1] END | REMOVE total:FunderTotal SET total:Retired)
RETURN count(total) AS read,
  sum(CASE WHEN fresh THEN CASE WHEN reaches THEN 1 ELSE 0 END WHEN NOT reaches OR stored <> wanted THEN 1 ELSE 0 END) AS changed
