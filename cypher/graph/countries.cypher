// The country of a place (itself for a country), or of an organisation through where it is located
// or, for a unit, where its parent is. Place chains are at most venue → neighbourhood → city → district
// → governorate → country, so 6 hops bound the walk; unit chains are short, so 3.
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n)-[:PART_OF*0..3]->(:Node)-[:LOCATED_IN*0..6]->(c:Place {kind: 'COUNTRY'})
WITH id, c ORDER BY c.id
RETURN id, head(collect(c {.*})) AS country
