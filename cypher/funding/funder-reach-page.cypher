// Pages of the lists of a funder's reach, one per request in $requests ({list, after, limit}: PROGRAMS,
// EVENTS, ORGANIZATIONS or PLACES, by id after the id `after`, at most `limit` items, the caller's page + 1 to
// say whether more follow). The lists are those funder-reach counts: programs the funder FUNDED and every
// program inside them (PART_OF, ≤ 5 levels); events it FUNDED and every event inside a funded program;
// organisations (not the funder) that implemented, organised or partnered in any of those; places where the
// events were held. $maxLimit is the largest request's limit: LIMIT cannot read a request's own, so each
// request's list stops at $maxLimit and is cut to its limit after.
//
// The events are the funder's FunderEvent entries (derived by funding/refresh-funder-events by this very rule):
// a page of events is read in id order from the funder_event_id index and stops at the page, whatever the
// portfolio. Organisations and places must be ranked by id over the whole portfolio, so their pages stream the
// entries' lists of organisation and place ids (no event is read) and keep only the distinct ids and the best
// $maxLimit of them: never a list of the portfolio, which ran out of transaction memory for the largest funder
// at a million nodes. Programs are walked down the
// funded chains once and held as a list (a funder's programs run in the hundreds, its events in the hundred
// thousands).
// Properties are projected for the page alone, so an answer's size and memory follow the limits.
MATCH (f:Node:Actor {id: $funderId})
USING INDEX f:Node(id)
// The programs are walked once for the lists that need them (PROGRAMS, ORGANIZATIONS).
CALL (f) {
  UNWIND CASE WHEN any(r IN $requests WHERE r.list IN ['PROGRAMS', 'ORGANIZATIONS']) THEN [f] ELSE [] END AS funder
  MATCH (funder)-[:FUNDED]->(:Program)<-[:PART_OF*0..5]-(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
UNWIND $requests AS request
CALL (f, programs, request) {
  UNWIND CASE WHEN request.list = 'PROGRAMS' THEN programs ELSE [] END AS x
  WITH x WHERE request.after IS NULL OR x.id > request.after
  WITH x ORDER BY x.id LIMIT $maxLimit
  RETURN collect(x) AS items
  UNION ALL
  UNWIND CASE WHEN request.list = 'EVENTS' THEN [f] ELSE [] END AS funder
  // Ordered by the index's own columns, funderId (fixed) first: ordered by eventId alone, the planner sorted
  // every entry past the cursor (a Top over 28,644 entries for org:eu at 1M) instead of reading the index in
  // order and stopping at the page (22).
  CALL (request) {
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(funderId, eventId)
    WHERE entry.funderId = $funderId AND entry.eventId > coalesce(request.after, '')
    WITH entry ORDER BY entry.funderId, entry.eventId LIMIT $maxLimit
    MATCH (x:Node:Event {id: entry.eventId})
    RETURN x
  }
  RETURN collect(x) AS items
  UNION ALL
  UNWIND CASE WHEN request.list = 'ORGANIZATIONS' THEN [f] ELSE [] END AS funder
  // The programs' organisations are read from their links, the events' from their entries' lists (the ids of
  // the organisations that organised or partnered in each): ids are ranked, and only the page's are read.
  CALL (funder, programs) {
    UNWIND programs AS activity
    MATCH (o:Organization)-[:IMPLEMENTED|ORGANIZED|PARTNERED_WITH]->(activity)
    RETURN o.id AS id
    UNION ALL
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(funderId, eventId)
    WHERE entry.funderId = funder.id AND entry.eventId IS NOT NULL
    UNWIND entry.organizationIds AS id
    RETURN id
  }
  WITH funder, request, id WHERE id <> funder.id AND (request.after IS NULL OR id > request.after)
  WITH DISTINCT id ORDER BY id LIMIT $maxLimit
  MATCH (x:Node:Organization {id: id})
  USING INDEX x:Node(id)
  WITH x ORDER BY x.id
  RETURN collect(x) AS items
  UNION ALL
  UNWIND CASE WHEN request.list = 'PLACES' THEN [f] ELSE [] END AS funder
  // The events' places are their entries' lists of place ids.
  MATCH (entry:FunderEvent)
  USING INDEX entry:FunderEvent(funderId, eventId)
  WHERE entry.funderId = funder.id AND entry.eventId IS NOT NULL
  UNWIND entry.placeIds AS id
  WITH request, id WHERE request.after IS NULL OR id > request.after
  WITH DISTINCT id ORDER BY id LIMIT $maxLimit
  MATCH (x:Node:Place {id: id})
  USING INDEX x:Node(id)
  WITH x ORDER BY x.id
  RETURN collect(x) AS items
}
// Every branch answers one row (an aggregate always does), the request's list and empty lists from the others.
WITH request, reduce(all = [], items IN collect(items) | all + items) AS items
RETURN request.list AS list, request.after AS after, request.limit AS limit, [x IN items[..request.limit] | x {.*}] AS items
