// Neighbours along outgoing relationships of the given types ($types holds RelationType values only),
// for a batch of nodes: one statement per resolver level, however many parents.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r:$any($types)]->(m:Node)
RETURN id, type(r) AS type, properties(r) AS rel, m {.*, text: null} AS node, labels(m) AS labels
ORDER BY id, r.id
