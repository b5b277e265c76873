// The nodes a batch touches, every property included (a source's text too: its quotes are checked against it).
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
