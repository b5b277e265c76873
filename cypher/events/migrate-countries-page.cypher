// Start-up migration of the derived countryId, one page of events in id order after $after (the node_id
// index's event range, so each page is a seek however large the graph): each event's country by the rule of
// events/refresh-countries, written only where the stored value is missing or stale.
MATCH (e:Node:Event)
USING INDEX e:Node(id)
WHERE e.id > $after AND e.id >= 'event:' AND e.id < 'event;'
WITH e ORDER BY e.id LIMIT $limit
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(c:Place {kind: 'COUNTRY'})
  RETURN min(c.id) AS countryId
}
WITH e, countryId, NOT coalesce(e.countryId = countryId, e.countryId IS NULL AND countryId IS NULL) AS stale
FOREACH (_ IN CASE WHEN stale THEN [true] ELSE [] END | SET e.countryId = countryId)
RETURN max(e.id) AS last, count(e) AS read, sum(CASE WHEN stale THEN 1 ELSE 0 END) AS refreshed
