// The shortest connections between two nodes, in either direction along any relationship of $types
// (RelationType values only). The search is bidirectional breadth first and stops at 6 hops, the
// largest maxHops allowed; longer shortest paths are dropped by $maxHops. Paths come in a stable order.
MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
MATCH p = allShortestPaths((a)-[:$any($types)*..6]-(b))
WHERE length(p) <= $maxHops
WITH p ORDER BY [n IN nodes(p) | n.id]
LIMIT $first
RETURN [n IN nodes(p) | {node: n {.*, text: null}, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}] AS edges
