// What one funder's support reached, as totals. Programs: those it FUNDED and every program inside them
// (PART_OF, ≤ 5 levels). Events: those it FUNDED and every event inside a funded program. Each event is
// counted once, so participant counts reached through two routes are never added twice.
// The totals are exact over the whole reach and are aggregated here, in the database: no program, event,
// organisation or place is projected (the lists are pages of funder-reach-page). Only the countries are
// listed in full: there are a handful of them, however large the portfolio.
//
// The events are the funder's FunderEvent entries (funding/refresh-funder-events derives them by this very rule,
// one per event, kept by every write), which carry what the totals add up: the event's dates, participantCount,
// the ids of the places it is held in and of the organisations that organised or partnered in it, and its stored
// country: no event is read. Walking down the funded chains to every event and reading each event, its links, its
// places and their countries cost 1,388,108 db hits (252 ms) for org:eu at a million nodes.
// The countries are those of the events as the events list has them (an event held in places of two countries
// counts under the one with the least id).
// The first and last dates are those of the earliest-starting and latest-ending dated events, ties to the
// lower id.
MATCH (f:Node:Actor {id: $funderId})
USING INDEX f:Node(id)
CALL (f) {
  // Programs only, at every step: the chains' events (tens of thousands below a hub's programs) are not walked.
  OPTIONAL MATCH (f)-[:FUNDED]->(:Program)(()<-[:PART_OF]-(:Program)){0,5}(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
// One pass over the entries for the sums, the countries, and the places' and organisations' ids (lists on
// the entries, a few ids each).
CALL (f) {
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, eventId)
  WHERE entry.funderId = f.id AND entry.eventId IS NOT NULL
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
  RETURN eventCount, participantCount, eventsWithParticipantCount, countryIds, placeCount, eventOrganizationIds
}
// The first date: the first dated entry in the funder_event index's order (sortDate: dateStart, then eventId).
CALL (f) {
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
  WHERE entry.funderId = f.id AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL AND entry.date IS NOT NULL
  WITH entry ORDER BY entry.funderId, entry.sortDate, entry.eventId LIMIT 1
  RETURN entry.date AS firstDate
}
// The last: the latest end from the funder_event_end index (funderId, dateEnd, eventId), read backwards, then
// the lowest id that ends then. (Sorting the entries by their end cost 58 ms for org:eu at a million nodes.)
CALL (f) {
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, dateEnd, eventId)
  WHERE entry.funderId = f.id AND entry.dateEnd IS NOT NULL AND entry.eventId IS NOT NULL
  WITH entry ORDER BY entry.funderId DESC, entry.dateEnd DESC, entry.eventId DESC LIMIT 1
  RETURN entry.dateEnd AS lastEnd
}
CALL (f, lastEnd) {
  OPTIONAL MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, dateEnd, eventId)
  WHERE entry.funderId = f.id AND entry.dateEnd = lastEnd AND entry.eventId IS NOT NULL
  WITH entry ORDER BY entry.funderId, entry.dateEnd, entry.eventId LIMIT 1
  RETURN entry.date AS lastDate
}
// Implementers and partners of the programs, organisers and partners of the events; not the funder itself.
CALL (programs) {
  UNWIND programs AS x
  MATCH (o:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(x)
  RETURN collect(DISTINCT o.id) AS programOrganizationIds
}
// One list, counted by its distinct ids alone (a UNION would compare rows that carry both lists).
CALL (f, programOrganizationIds, eventOrganizationIds) {
  UNWIND programOrganizationIds + eventOrganizationIds AS organizationId
  WITH organizationId WHERE organizationId <> f.id
  RETURN count(DISTINCT organizationId) AS organizationCount
}
CALL (countryIds) {
  UNWIND countryIds AS countryId
  MATCH (c:Node:Place {id: countryId})
  USING INDEX c:Node(id)
  RETURN collect(c {.*}) AS countries
}
RETURN f {.*} AS funder, labels(f) AS funderLabels,
  size(programs) AS programCount, eventCount, organizationCount, placeCount, countries,
  participantCount, eventsWithParticipantCount, firstDate, lastDate
