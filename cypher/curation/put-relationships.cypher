// Relationships added or changed, every property replaced. $relationships[].type holds values of the fixed
// RelationType enum only (checked before sending); the caller compares the count with what it sent.
UNWIND $relationships AS rel
MATCH (a:Node {id: rel.from})
MATCH (b:Node {id: rel.to})
MERGE (a)-[r:$(rel.type) {id: rel.id}]->(b)
SET r = rel.properties, r.id = rel.id
RETURN count(r) AS written
