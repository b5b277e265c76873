// Nodes created or changed, with every property replaced as the seed loader writes them (version included
// when above 1). $nodes[].labels hold values of the fixed NodeLabel enum only (checked before sending).
UNWIND $nodes AS node
MERGE (n:Node {id: node.id})
SET n = node.properties, n.id = node.id
SET n:$(node.labels)
RETURN count(n) AS written
