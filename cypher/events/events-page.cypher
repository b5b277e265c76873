// A page of events in date order (undated last), then id; keyset on (sortDate, id).
// A partial date compares by its bounds: an event matches from/to when its [dateStart, dateEnd]
// overlaps [$fromStart, $toEnd]; an event with an unknown date matches no date range.
// funderId follows the funding rule: FUNDED the event, or a program it is PART_OF (≤ 5 levels).
CALL () {
  MATCH (e:Node:Event)
  WHERE ($kinds IS NULL OR e.kind IN $kinds)
    AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
    AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
    AND ($countryId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) })
    AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
    AND ($funderId IS NULL OR EXISTS { (e)-[:PART_OF*0..5]->(:Node)<-[:FUNDED]-(:Actor {id: $funderId}) })
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Node:Event)
  WITH e, coalesce(e.dateStart, '9999-12-31') AS sortDate
  WHERE ($kinds IS NULL OR e.kind IN $kinds)
    AND ($afterDate IS NULL OR sortDate > $afterDate OR (sortDate = $afterDate AND e.id > $afterId))
    AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
    AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
    AND ($countryId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(:Place {id: $countryId}) })
    AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
    AND ($funderId IS NULL OR EXISTS { (e)-[:PART_OF*0..5]->(:Node)<-[:FUNDED]-(:Actor {id: $funderId}) })
  WITH e, sortDate ORDER BY sortDate, e.id LIMIT $limit
  RETURN collect(e {.*, sortDate: sortDate}) AS page
}
RETURN totalCount, page
