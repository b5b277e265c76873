// The bench's writes (src/bench/bench-writes.ts): the place directly in a country with the most beneath it (places,
// actors located there, events held there; place chains are at most 6 hops, then one to an actor or an event),
// with its LOCATED_IN's first quote.
MATCH (country:Node:Place {kind: 'COUNTRY'})<-[located:LOCATED_IN]-(place:Node:Place)
WITH country, located, place, COUNT { MATCH (place)<-[:LOCATED_IN|HELD_IN*1..7]-(x) RETURN DISTINCT x } AS beneath
ORDER BY beneath DESC, place.id
LIMIT 1
OPTIONAL MATCH (quoted:Evidence {id: located.evidenceIds[0]})
RETURN place.id AS placeId, country.id AS countryId, beneath, quoted {.sourceId, .quote, .start} AS evidence
