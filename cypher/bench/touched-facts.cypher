// The bench's writes: the touched nodes with their properties, and every relationship they have to the graph's
// nodes and quotes (what every revert must bring back).
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n)-[r]-(m) WHERE m:Node OR m:Evidence
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       collect(CASE WHEN r IS NULL THEN null ELSE [type(r), startNode(r) = n, m.id, properties(r)] END) AS relationships
