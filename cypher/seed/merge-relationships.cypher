// Idempotent relationship load: MERGE on (from, type, id, to), then replace every property.
// $rels[].type holds values of the fixed RelationType enum only (checked before sending).
// Both ends must exist; the caller compares the count with what it sent and rolls back on a difference.
UNWIND $rels AS rel
MATCH (a:Node {id: rel.from})
MATCH (b:Node {id: rel.to})
MERGE (a)-[r:$(rel.type) {id: rel.id}]->(b)
SET r = rel.properties, r.id = rel.id, r.evidenceIds = rel.evidenceIds
RETURN count(r) AS merged
