// Batch lookup behind the per-request node loader: one index seek per id, any node type.
// A source's full text stays in the database; only its metadata travels.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.*, text: null} AS node, labels(n) AS labels
