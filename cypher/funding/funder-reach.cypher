// What one funder's support reached, as totals. Programs: those it FUNDED and every program inside them
// (PART_OF, ≤ 5 levels). Events: those it FUNDED and every event inside a funded program. Each event is
// counted once, so participant counts reached through two routes are never added twice. Organisations: those
// that implemented, organised or partnered in a program or an event reached (the funder aside); places: those the
// events are held in; countries: those the events list files each event under (an event held in places of two
// countries counts under the one with the least id). The lists are pages of funder-reach-page.
//
// The counts and sums are the funder's FunderTotal (funding/refresh-funder-totals, kept by every write that can
// change them), read with one seek: adding them up here read every FunderEvent entry of the funder (268,073 db
// hits for org:eu at a million nodes). A funder without one reaches nothing.
// The first and last dates are those of the earliest-starting and latest-ending dated events, ties to the
// lower id, read from the ends of the funder's entries in two indexes.
MATCH (f:Node:Actor {id: $funderId})
USING INDEX f:Node(id)
OPTIONAL MATCH (total:FunderTotal {funderId: f.id})
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
CALL (total) {
  UNWIND coalesce(total.countryIds, []) AS countryId
  MATCH (c:Node:Place {id: countryId})
  USING INDEX c:Node(id)
  RETURN collect(c {.*}) AS countries
}
RETURN f {.*} AS funder, labels(f) AS funderLabels,
  coalesce(total.programCount, 0) AS programCount, coalesce(total.eventCount, 0) AS eventCount,
  coalesce(total.organizationCount, 0) AS organizationCount, coalesce(total.placeCount, 0) AS placeCount, countries,
  coalesce(total.participantCount, 0) AS participantCount, coalesce(total.eventsWithParticipantCount, 0) AS eventsWithParticipantCount,
  firstDate, lastDate
