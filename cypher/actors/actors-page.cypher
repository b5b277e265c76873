// A page of actors in id order, and how many match in all.
// countryId keeps actors based in the country (their own place chain, a unit's parent's, or for a
// person their organisation's) or active there (organising, partnering in or attending an event held
// in it). Chains are bounded: units 3 levels, places 6 levels (venue … country).
//
// With a country, the actors are found walking down from its index entry (its places, then what is located
// or held in them), never by testing every actor; they are counted as found and only the page is
// projected. Without one, the count comes from the count store (or the Actor.kind index) and the page from
// the node_id index in id order, so a page costs the same whatever the size of the graph.
// Each case is a subquery behind an UNWIND guard: it runs (and aggregates) only when its case applies, so
// exactly one row comes back, or none for an unknown place.
CALL () {
  UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
  MATCH (country:Node:Place {id: placeId})
  USING INDEX country:Node(id)
  CALL (country) {
    CALL (country) {
      MATCH (country)<-[:LOCATED_IN*0..6]-(:Place)<-[:LOCATED_IN]-(:Actor)<-[:PART_OF*0..3]-(:Actor)<-[:HOLDS_POSITION*0..1]-(a:Node:Actor)
      RETURN a
      UNION
      // A country's events from the event_country index (their derived countryId), not down its places.
      WITH country WHERE country.kind = 'COUNTRY'
      MATCH (e:Event)
      USING INDEX e:Event(countryId, id)
      WHERE e.countryId = country.id AND e.id IS NOT NULL
      MATCH (e)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]-(a:Node:Actor)
      RETURN a
      UNION
      WITH country WHERE coalesce(country.kind <> 'COUNTRY', true)
      MATCH (country)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(:Event)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]-(a:Node:Actor)
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
      UNWIND CASE WHEN $kinds IS NULL THEN [true] ELSE [] END AS anyKind
      // A subquery of its own, so that the count comes from the count store.
      CALL () { MATCH (a:Actor) RETURN count(a) AS all }
      RETURN all AS counted
      UNION ALL
      UNWIND coalesce($kinds, []) AS kind
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
