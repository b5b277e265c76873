// Changed nodes (locked by the batch before it read them), every property replaced, version included when
// above 1. Labels stay: a node's kind never changes.
UNWIND $nodes AS node
MATCH (n:Node {id: node.id})
SET n = node.properties, n.id = node.id
RETURN count(n) AS written
