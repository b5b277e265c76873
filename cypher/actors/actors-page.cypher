// A page of actors in id order, and how many match in all.
// countryId keeps actors based in the country (their own place chain, a unit's parent's, or for a
// person their organisation's) or active there (organising, partnering in or attending an event held
// in it). Chains are bounded: units 3 levels, places 6 levels (venue … country).
CALL () {
  MATCH (a:Node:Actor)
  WHERE ($kinds IS NULL OR a.kind IN $kinds)
    AND ($countryId IS NULL
      OR EXISTS { (a)-[:HOLDS_POSITION*0..1]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) }
      OR EXISTS { (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) })
  RETURN count(a) AS totalCount
}
CALL () {
  MATCH (a:Node:Actor)
  WHERE ($kinds IS NULL OR a.kind IN $kinds)
    AND ($after IS NULL OR a.id > $after)
    AND ($countryId IS NULL
      OR EXISTS { (a)-[:HOLDS_POSITION*0..1]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) }
      OR EXISTS { (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) })
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(a {.*}) AS page, collect(labels(a)) AS labels
}
RETURN totalCount, page, labels
