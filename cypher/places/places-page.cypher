// A page of places in id order, and how many match: those of $kinds (the place_kind index), those beneath
// $withinId (up to 6 LOCATED_IN levels, as the events filter walks them), both, or every place (the node_id
// index's run of place ids: place:… sort between org:… and program:…).
// An unknown $withinId matches nothing. Places are few beside events (587 at 100k nodes): the matching ones are
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
// seek each), any other place's those held in it or beneath it.
WITH p WHERE NOT $withEvents OR CASE p.kind
  WHEN 'COUNTRY' THEN EXISTS { MATCH (e:Event) WHERE e.countryId = p.id AND e.id IS NOT NULL }
  WHEN 'GOVERNORATE' THEN EXISTS { MATCH (e:Event) WHERE e.regionId = p.id AND e.id IS NOT NULL }
  ELSE EXISTS { MATCH (p)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(:Event) }
END
WITH p ORDER BY p.id
WITH collect(p) AS places
RETURN size(places) AS totalCount, [p IN [p IN places WHERE $after IS NULL OR p.id > $after][..$limit] | p {.*}] AS page
