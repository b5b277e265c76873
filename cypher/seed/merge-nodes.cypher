// Idempotent node load: MERGE on the id, then replace every property, so that loading twice leaves the
// same properties. $nodes[].labels hold values of the fixed NodeLabel enum only (checked before sending).
UNWIND $nodes AS node
MERGE (n:Node {id: node.id})
SET n = node.properties, n.id = node.id, n.evidenceIds = node.evidenceIds
SET n:$(node.labels)
RETURN count(n) AS merged
