// Whole-graph export: one page of nodes in id order after $after (the last id of the previous page, '' for
// the first), an index seek on the node-id constraint, so every page is small however large the graph.
// Sources travel without their text; nodes of no kind Jisr knows ($labels) are left out.
MATCH (n:Node)
WHERE n.id > $after AND any(label IN labels(n) WHERE label IN $labels)
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, n {.*, text: null} AS node, labels(n) AS labels
ORDER BY id
