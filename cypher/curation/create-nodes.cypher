// New nodes (a create, or a revert restoring a deleted one), every property as the seed loader writes them.
// CREATE, never MERGE: there is no node yet for the batch to lock, so two batches creating one id at once both
// plan it; the unique constraint makes the second fail here (CONFLICT) instead of overwriting the first.
// $nodes[].labels hold values of the fixed NodeLabel enum only (checked before sending).
UNWIND $nodes AS node
CREATE (n:Node {id: node.id})
SET n = node.properties, n.id = node.id
SET n:$(node.labels)
RETURN count(n) AS written
