// The neighbourhood of one node, breadth first, level by level up to $depth (at most 3), keeping the
// nearest nodes: a level is only explored while the kept nodes leave room under $limit, and within a
// level nodes are taken in id order, so the same request always draws the same network.
// Each level collects its candidates and slices them, so work is bounded by the degrees of the kept
// frontier, never by the size of the graph. $types holds RelationType values only.
MATCH (center:Node {id: $centerId})
CALL (center) {
  OPTIONAL MATCH (center)-[:$any($types)]-(m:Node)
  WHERE m <> center
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS found1
}
WITH center, found1[0..$room] AS level1, size(found1) > $room AS cut1
CALL (center, level1, cut1) {
  WITH center, level1, cut1 WHERE $depth >= 2 AND NOT cut1
  UNWIND level1 AS n
  MATCH (n)-[:$any($types)]-(m:Node)
  WHERE m <> center AND NOT m IN level1
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS found2
}
WITH center, level1, cut1, found2[0..$room - size(level1)] AS level2, size(found2) > $room - size(level1) AS cut2
CALL (center, level1, level2, cut2) {
  WITH center, level1, level2, cut2 WHERE $depth >= 3 AND NOT cut2
  UNWIND level2 AS n
  MATCH (n)-[:$any($types)]-(m:Node)
  WHERE m <> center AND NOT m IN level1 AND NOT m IN level2
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS found3
}
WITH center, level1, level2, found3[0..$room - size(level1) - size(level2)] AS level3,
     cut1 OR cut2 OR size(found3) > $room - size(level1) - size(level2) AS truncated
WITH [center] + level1 + level2 + level3 AS kept, truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:$any($types)]->(b:Node)
  WHERE b IN kept
  WITH r, a, b ORDER BY r.id
  RETURN collect({id: r.id, source: a.id, target: b.id, type: type(r), props: properties(r)}) AS edges
}
RETURN [n IN kept | {node: n {.*, text: null}, labels: labels(n)}] AS nodes, edges, truncated
