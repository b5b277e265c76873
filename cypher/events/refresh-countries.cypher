// The derived countryId and regionId of the events under the nodes a write touched, brought up to date in the
// write's own transaction: each event among $ids, and every event held at a place among $ids or anywhere beneath it.
// An event's country is the rule of graph/countries: the COUNTRY place its HELD_IN place lies in (itself
// included) within 6 LOCATED_IN hops, the least id when there are several; absent when it has none. Its region is
// the GOVERNORATE place (any first-level division) by the same rule. Only a value that differs is written, so a
// refresh that changes nothing takes no lock.
UNWIND $ids AS id
MATCH (n:Node {id: id})
USING INDEX n:Node(id)
CALL (n) {
  MATCH (n:Event)
  RETURN n AS e
  UNION
  MATCH (n:Place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Event)
  RETURN e
}
WITH DISTINCT e
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..6]->(c:Place)
  WHERE c.kind IN ['COUNTRY', 'GOVERNORATE']
  RETURN min(CASE c.kind WHEN 'COUNTRY' THEN c.id END) AS countryId,
    min(CASE c.kind WHEN 'GOVERNORATE' THEN c.id END) AS regionId
}
WITH e, countryId, regionId
WHERE NOT coalesce(e.countryId = countryId, e.countryId IS NULL AND countryId IS NULL)
  OR NOT coalesce(e.regionId = regionId, e.regionId IS NULL AND regionId IS NULL)
SET e.countryId = countryId, e.regionId = regionId
RETURN count(e) AS refreshed
