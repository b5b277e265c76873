// The shortest connections between two nodes, in either direction along any relationship of $types
// (RelationType values only). The search is bidirectional breadth first and stops at 6 hops, the
// largest maxHops allowed; longer shortest paths are dropped by $maxHops. Paths come in a stable order.
//
// One statement answers the whole question: the ends are found here (fromFound, toFound: an id that names no
// node, unknown or merged away, is left to the service, which follows merge redirects), and
// network/shortest-paths-with-evidence adds the evidence records of `evidenceIds`, every listed relationship's.
// Before, the ends, the paths and the evidence were three statements, one after the other.
// Nodes and edges bring the properties a drawing shows, as network/neighbourhood's do.
OPTIONAL MATCH (a:Node {id: $fromId})
OPTIONAL MATCH (b:Node {id: $toId})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[:$any($types)*..6]-(b))
  WHERE length(p) <= $maxHops
  WITH p ORDER BY [n IN nodes(p) | n.id]
  LIMIT $first
  RETURN collect(p) AS found
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  [p IN found | {
    nodes: [n IN nodes(p) | {node: n {.id, .kind, .name, .title, .nameAr, .titleAr, .nameEn, .titleEn}, labels: labels(n)}],
    edges: [r IN relationships(p) | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), props: r {.id, .version, .role, .title, .evidenceIds}}]
  }] AS paths,
  reduce(ids = [], p IN found | ids + reduce(ofPath = [], r IN relationships(p) | ofPath + coalesce(r.evidenceIds, []))) AS evidenceIds
