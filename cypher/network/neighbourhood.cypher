// The neighbourhood of one node, breadth first, level by level up to $depth (at most 3), keeping the
// nearest nodes: a level is only explored while the kept nodes leave room under $limit, and within a
// level nodes are taken in id order, so the same request always draws the same network.
// Each level collects its candidates and slices them, so work is bounded by the degrees of the kept
// frontier, never by the size of the graph. $types holds RelationType values only; $allTypes says it holds
// every one of them (the default).
//
// The relationship types are written out (every type of the vocabulary, src/model/vocabulary.ts; a unit test
// keeps the list whole) rather than matched as `:$any($types)`: Neo4j expands every relationship of a node
// before it tests a dynamic type, and tests it, with the end's :Node label, at a cost per relationship; a
// static list lets it read only those types and test nothing. The ends of these types are always :Node
// (the vocabulary, checked on every write), so the label is not tested either. A narrower $types is a
// filter on the type, which costs nothing when $allTypes.
//
// Edges come from the expansions themselves: each relationship read while exploring the centre and the
// levels below it is kept when both its ends are kept, and only the nodes of the last level (never
// expanded) are expanded once more to find their edges with each other. Expanding every kept node again
// read a hub's thousands of relationships twice (57,646 → 11,769 db hits for a program's network at 100k
// nodes, the same answer).
//
// An expansion keeps each relationship with the node it reached, [r, m]: the node that was expanded is kept,
// so the relationship is kept when m is, which the level's cut decides, and each row is tested once against
// that level's short lists. Testing startNode(r) and endNode(r) of every relationship read against the whole
// kept list at the end took a third of the statement (a hub program's network at 100k nodes: 5,380
// relationships, 48 → 35 ms, the same answer on 333 of 333 networks). A level's candidates are cut with a
// Top of $room + 1 by id, never sorted whole: no level keeps more than $room.
//
// Nodes and edges bring the properties a drawing shows (src/network/graph-element.mapper.ts: GRAPH_NODE_PROPERTIES
// and GRAPH_EDGE_PROPERTIES, which a unit test holds to these lists), not every property: a node's search keys,
// aliases, dates and evidence ids were a quarter of a hub's network.
MATCH (center:Node {id: $centerId})
CALL (center) {
  MATCH (center)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
  WHERE $allTypes OR type(r) IN $types
  RETURN collect([r, m]) AS rows0
}
CALL (center, rows0) {
  UNWIND rows0 AS row
  WITH DISTINCT row[1] AS m WHERE m <> center
  WITH m ORDER BY m.id LIMIT $room + 1
  RETURN collect(m) AS found1
}
WITH center, rows0, found1[0..$room] AS level1, size(found1) > $room AS cut1
WITH center, level1, cut1, [row IN rows0 WHERE row[1] = center OR row[1] IN level1 | row[0]] AS read0
CALL (level1, cut1) {
  WITH level1 WHERE $depth >= 2 AND NOT cut1
  UNWIND level1 AS n
  MATCH (n)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
  WHERE $allTypes OR type(r) IN $types
  RETURN collect([r, m]) AS rows1
}
CALL (center, level1, rows1) {
  UNWIND rows1 AS row
  WITH DISTINCT row[1] AS m WHERE m <> center AND NOT m IN level1
  WITH m ORDER BY m.id LIMIT $room + 1
  RETURN collect(m) AS found2
}
WITH center, level1, cut1, read0, rows1, found2[0..$room - size(level1)] AS level2, size(found2) > $room - size(level1) AS cut2
WITH center, level1, cut1, level2, cut2, read0 + [row IN rows1 WHERE row[1] = center OR row[1] IN level1 OR row[1] IN level2 | row[0]] AS read1
CALL (level2, cut1, cut2) {
  WITH level2 WHERE $depth >= 3 AND NOT cut1 AND NOT cut2
  UNWIND level2 AS n
  MATCH (n)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
  WHERE $allTypes OR type(r) IN $types
  RETURN collect([r, m]) AS rows2
}
CALL (center, level1, level2, rows2) {
  UNWIND rows2 AS row
  WITH DISTINCT row[1] AS m WHERE m <> center AND NOT m IN level1 AND NOT m IN level2
  WITH m ORDER BY m.id LIMIT $room + 1
  RETURN collect(m) AS found3
}
WITH center, level1, level2, read1, rows2, found3[0..$room - size(level1) - size(level2)] AS level3,
     cut1 OR cut2 OR size(found3) > $room - size(level1) - size(level2) AS truncated,
     CASE WHEN $depth >= 2 AND NOT cut1 THEN CASE WHEN $depth >= 3 AND NOT cut2 THEN 3 ELSE 2 END ELSE 1 END AS expanded
WITH [center] + level1 + level2 + level3 AS kept, truncated,
     read1 + [row IN rows2 WHERE row[1] = center OR row[1] IN level1 OR row[1] IN level2 OR row[1] IN level3 | row[0]] AS read,
     CASE expanded WHEN 1 THEN level1 WHEN 2 THEN level2 ELSE level3 END AS unexpanded
CALL (kept, read, unexpanded) {
  CALL (kept, read, unexpanded) {
    UNWIND read AS r
    RETURN r
    UNION
    UNWIND unexpanded AS a
    MATCH (a)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(b)
    WHERE ($allTypes OR type(r) IN $types) AND b IN kept
    RETURN r
  }
  WITH DISTINCT r ORDER BY r.id
  WITH collect(r) AS edgesKept
  RETURN [r IN edgesKept | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), props: r {.id, .version, .role, .title, .evidenceIds}}] AS edges,
    COLLECT { UNWIND edgesKept AS r UNWIND coalesce(r.evidenceIds, []) AS evidenceId RETURN evidenceId } AS evidenceIds
}
RETURN [n IN kept | {node: n {.id, .kind, .name, .title, .nameAr, .titleAr, .nameEn, .titleEn}, labels: labels(n)}] AS nodes, edges, evidenceIds, truncated
