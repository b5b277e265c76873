// A page of actors in id order, and how many match in all when $withCount (the request reads totalCount).
// countryId keeps actors based in the country (their own place chain, a unit's parent's, or for a
// person their organisation's) or active there (organising, partnering in or attending an event held
// in it). Chains are bounded: units 3 levels, places 6 levels (venue … country).
//
// A COUNTRY's or a GOVERNORATE's actors are its ActorCountry entries (derived by actors/refresh-countries, by that
// very rule): the page is read in id order from the actor_country index, or for some kinds from
// actor_country_kind, each kind's first page merged, and stops at the page; the count, when asked, sums the
// place's counts of entries per kind. Another place (a district, a city) is found walking down from it (its
// places, then what is located or held in them), counted as found. Without a place, the count comes from the
// count store (or the Actor.kind index) and the page from the node_id index in id order, so a page costs the
// same whatever the size of the graph.
// Each case is a subquery behind an UNWIND guard: it runs (and aggregates) only when its case applies, so
// exactly one row comes back, or none for an unknown place.
CALL () {
  UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
  MATCH (country:Node:Place {id: placeId})
  USING INDEX country:Node(id)
  WITH country WHERE country.kind IN ['COUNTRY', 'GOVERNORATE']
  CALL (country) {
    CALL (country) {
      UNWIND CASE WHEN $kinds IS NULL THEN [true] ELSE [] END AS anyKind
      CALL () {
        MATCH (entry:ActorCountry)
        USING INDEX entry:ActorCountry(countryId, actorId)
        WHERE entry.countryId = $countryId AND entry.actorId > coalesce($after, '')
        // Ordered on every key of the index, so that the index's own order reaches the LIMIT (no sort).
        WITH entry ORDER BY entry.countryId, entry.actorId LIMIT $limit
        RETURN entry.actorId AS actorId
      }
      RETURN actorId
      UNION
      UNWIND coalesce($kinds, []) AS kind
      CALL (country, kind) {
        MATCH (entry:ActorCountry)
        USING INDEX entry:ActorCountry(countryId, kind, actorId)
        WHERE entry.countryId = $countryId AND entry.kind = kind AND entry.actorId > coalesce($after, '')
        WITH entry ORDER BY entry.countryId, entry.kind, entry.actorId LIMIT $limit
        RETURN entry.actorId AS actorId
      }
      RETURN actorId
    }
    WITH actorId ORDER BY actorId LIMIT $limit
    MATCH (a:Node {id: actorId})
    USING INDEX a:Node(id)
    WITH a ORDER BY a.id
    RETURN collect(a {.*}) AS page, collect(labels(a)) AS labels
  }
  CALL (country) {
    // The country's entries of each kind are counted on write (ActorCountryCount, actors/refresh-countries): the
    // total is the sum of a few counts, not one index entry per actor of the country.
    UNWIND CASE WHEN $withCount THEN [true] ELSE [] END AS counted
    MATCH (tally:ActorCountryCount)
    USING INDEX tally:ActorCountryCount(countryId, kind)
    WHERE tally.countryId = $countryId AND tally.kind IS NOT NULL AND ($kinds IS NULL OR tally.kind IN $kinds)
    RETURN coalesce(sum(tally.n), 0) AS totalCount
  }
  RETURN totalCount, page, labels
  UNION
  UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
  MATCH (place:Node:Place {id: placeId})
  USING INDEX place:Node(id)
  WITH place WHERE NOT coalesce(place.kind IN ['COUNTRY', 'GOVERNORATE'], false)
  CALL (place) {
    CALL (place) {
      MATCH (place)<-[:LOCATED_IN*0..6]-(:Place)<-[:LOCATED_IN]-(:Actor)<-[:PART_OF*0..3]-(:Actor)<-[:HOLDS_POSITION*0..1]-(a:Node:Actor)
      RETURN a
      UNION
      MATCH (place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(:Event)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]-(a:Node:Actor)
      RETURN a
    }
    WITH a WHERE $kinds IS NULL OR a.kind IN $kinds
    WITH collect(a) AS matched
    CALL (matched) {
      UNWIND matched AS a
      WITH a WHERE $after IS NULL OR a.id > $after
      WITH a ORDER BY a.id LIMIT $limit
      RETURN collect(a {.*}) AS page, collect(labels(a)) AS labels
    }
    RETURN size(matched) AS totalCount, page, labels
  }
  RETURN totalCount, page, labels
  UNION
  UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS everywhere
  CALL () {
    CALL () {
      UNWIND CASE WHEN $kinds IS NULL AND $withCount THEN [true] ELSE [] END AS anyKind
      // A subquery of its own, so that the count comes from the count store.
      CALL () { MATCH (a:Actor) RETURN count(a) AS all }
      RETURN all AS counted
      UNION ALL
      UNWIND CASE WHEN $withCount THEN coalesce($kinds, []) ELSE [] END AS kind
      MATCH (a:Actor {kind: kind})
      USING INDEX a:Actor(kind)
      RETURN count(a) AS counted
    }
    WITH sum(counted) AS totalCount
    CALL () {
      MATCH (a:Node:Actor)
      USING INDEX a:Node(id)
      // Actor ids are org:… and person:…, one run of the index (org < person < place): start there.
      WHERE a.id > coalesce($after, 'org:') AND ($kinds IS NULL OR a.kind IN $kinds)
      WITH a ORDER BY a.id LIMIT $limit
      RETURN collect(a {.*}) AS page, collect(labels(a)) AS labels
    }
    RETURN totalCount, page, labels
  }
  RETURN totalCount, page, labels
}
RETURN totalCount, page, labels
