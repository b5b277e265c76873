// A page of places in id order, and how many match: those of $kinds (the place_kind index), those beneath
// $withinId (up to 6 LOCATED_IN levels, as the events filter walks them), both, or every place (the node_id
// index's run of place ids: place:… sort between org:… and program:…).
// An unknown $withinId matches nothing. Places are few beside events (933 at 100k nodes): the matching ones are
// counted as node references, and only the page's are projected.
OPTIONAL MATCH (within:Node:Place {id: $withinId})
USING INDEX within:Node(id)
CALL (within) {
  // Each branch runs behind a guard that unwinds nothing when it does not apply, so that no index is read for it.
  // Without kinds, the places beneath $withinId: a walk down through places only (actors are LOCATED_IN places
  // too, thousands of them beneath a country, and each is read to be left out).
  UNWIND CASE WHEN within IS NOT NULL AND $kinds IS NULL THEN [within] ELSE [] END AS area
  MATCH (area) (()<-[:LOCATED_IN]-(:Place)){1,6} (p)
  RETURN DISTINCT p
  UNION
  // With kinds, each kind's places from its index, and with $withinId each one's own chain up (one
  // LOCATED_IN a level): the governorates of Yemen read the governorates, not everything located in Yemen.
  UNWIND CASE WHEN $withinId IS NULL OR within IS NOT NULL THEN coalesce($kinds, []) ELSE [] END AS kind
  MATCH (p:Place)
  USING INDEX p:Place(kind, id)
  WHERE p.kind = kind AND p.id IS NOT NULL
    AND (within IS NULL OR EXISTS { MATCH (p)-[:LOCATED_IN*1..6]->(within) })
  RETURN p
  UNION
  UNWIND CASE WHEN $withinId IS NULL AND $kinds IS NULL THEN [true] ELSE [] END AS everyPlace
  MATCH (p:Node:Place)
  USING INDEX p:Node(id)
  WHERE p.id STARTS WITH 'place:'
  RETURN p
}
// $withEvents keeps the places whose events list (events(filter: { countryId })) is not empty, by its rule: a
// country's and a governorate's events are those filed under it (the events' stored countryId and regionId, one
// seek each), any other place's those held in it or beneath it. The subquery answers a row for a place kept and
// none for another; each branch is behind a guard that unwinds nothing when it does not apply, so that no branch
// reads anything for a place it does not test. (Tests as EXISTS in a CASE were evaluated place by place as nested
// plans, 0.3 ms each at 100k nodes; as an OR of EXISTS, the planner repeated each seek four times.)
CALL (p) {
  UNWIND CASE WHEN $withEvents THEN [] ELSE [true] END AS kept
  RETURN kept
  UNION
  UNWIND CASE WHEN $withEvents AND p.kind = 'COUNTRY' THEN [p.id] ELSE [] END AS countryId
  MATCH (e:Event)
  WHERE e.countryId = countryId AND e.id IS NOT NULL
  WITH e LIMIT 1
  RETURN true AS kept
  UNION
  UNWIND CASE WHEN $withEvents AND p.kind = 'GOVERNORATE' THEN [p.id] ELSE [] END AS regionId
  MATCH (e:Event)
  WHERE e.regionId = regionId AND e.id IS NOT NULL
  WITH e LIMIT 1
  RETURN true AS kept
  UNION
  UNWIND CASE WHEN $withEvents AND NOT p.kind IN ['COUNTRY', 'GOVERNORATE'] THEN [p] ELSE [] END AS area
  MATCH (area)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Event)
  WITH e LIMIT 1
  RETURN true AS kept
}
WITH p ORDER BY p.id
WITH collect(p) AS places
RETURN size(places) AS totalCount, [p IN [p IN places WHERE $after IS NULL OR p.id > $after][..$limit] | p {.*}] AS page
