// The country and region that the FunderEvent entries copy from their event, brought up to date for every event
// held at or beneath a place of $chainIds within 6 LOCATED_IN levels (a place whose chain or kind changed), after
// events/refresh-countries has stored the events' own. A place's move or new kind changes nothing else an entry
// holds: its funders, dates, kind, places and organisations are the event's own links and properties, and an event
// whose own links or properties changed is refreshed whole by funding/refresh-funder-events. Recomputing every
// entry of every event beneath a moved governorate walked each one's program chain and links again: 322,920 db
// hits at 100k nodes, and two fifths of the move's time at a million. Only what differs is written.
UNWIND $chainIds AS chainId
MATCH (n:Node {id: chainId})
USING INDEX n:Node(id)
MATCH (n:Place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Event)
WITH DISTINCT e
MATCH (entry:FunderEvent)
USING INDEX entry:FunderEvent(eventId, funderId)
WHERE entry.eventId = e.id AND entry.funderId IS NOT NULL
  AND (coalesce(entry.countryId, '') <> coalesce(e.countryId, '') OR coalesce(entry.regionId, '') <> coalesce(e.regionId, ''))
SET entry.countryId = e.countryId, entry.regionId = e.regionId
RETURN count(entry) AS changed, collect(DISTINCT entry.funderId) AS funderIds
