// New nodes (a create, or a revert restoring a deleted one), every property as the seed loader writes them.
// CREATE, never MERGE: the batch's lock already holds the id, and should anything create it all the same, the
// unique constraint fails this write (CONFLICT) rather than letting it overwrite a node it never read.
// $nodes[].labels hold values of the fixed NodeLabel enum only (checked before sending).
UNWIND $nodes AS node
CREATE (n:Node {id: node.id})
SET n = node.properties, n.id = node.id
SET n:$(node.labels)
RETURN count(n) AS written
