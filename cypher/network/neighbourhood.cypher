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
MATCH (center:Node {id: $centerId})
CALL (center) {
  OPTIONAL MATCH (center)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
  WHERE $allTypes OR type(r) IN $types
  WITH collect(r) AS rels, collect(DISTINCT m) AS found
  // The null row keeps one row when the centre has no relationship at all.
  UNWIND found + [null] AS m
  WITH rels, m WHERE m IS NULL OR m <> center
  WITH rels, m ORDER BY m.id
  RETURN rels AS rels0, [x IN collect(m) WHERE x IS NOT NULL] AS found1
}
WITH center, rels0, found1[0..$room] AS level1, size(found1) > $room AS cut1
CALL (center, level1, cut1) {
  WITH center, level1, cut1 WHERE $depth >= 2 AND NOT cut1
  UNWIND level1 AS n
  MATCH (n)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
  WHERE $allTypes OR type(r) IN $types
  WITH collect(r) AS rels, collect(DISTINCT m) AS found
  UNWIND found + [null] AS m
  WITH rels, m WHERE m IS NULL OR (m <> center AND NOT m IN level1)
  WITH rels, m ORDER BY m.id
  RETURN rels AS rels1, [x IN collect(m) WHERE x IS NOT NULL] AS found2
  UNION
  WITH center, level1, cut1 WHERE NOT ($depth >= 2 AND NOT cut1)
  RETURN [] AS rels1, [] AS found2
}
WITH center, rels0, level1, cut1, rels1, found2[0..$room - size(level1)] AS level2, size(found2) > $room - size(level1) AS cut2
CALL (center, level1, level2, cut1, cut2) {
  WITH center, level1, level2, cut1, cut2 WHERE $depth >= 3 AND NOT cut1 AND NOT cut2
  UNWIND level2 AS n
  MATCH (n)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
  WHERE $allTypes OR type(r) IN $types
  WITH collect(r) AS rels, collect(DISTINCT m) AS found
  UNWIND found + [null] AS m
  WITH rels, m WHERE m IS NULL OR (m <> center AND NOT m IN level1 AND NOT m IN level2)
  WITH rels, m ORDER BY m.id
  RETURN rels AS rels2, [x IN collect(m) WHERE x IS NOT NULL] AS found3
  UNION
  WITH center, level1, level2, cut1, cut2 WHERE NOT ($depth >= 3 AND NOT cut1 AND NOT cut2)
  RETURN [] AS rels2, [] AS found3
}
WITH center, level1, level2, found3[0..$room - size(level1) - size(level2)] AS level3,
     cut1 OR cut2 OR size(found3) > $room - size(level1) - size(level2) AS truncated,
     rels0 + rels1 + rels2 AS read,
     // The last level whose nodes were expanded: 1 the centre only, 2 the first level too, 3 the second too.
     CASE WHEN $depth >= 2 AND NOT cut1 THEN CASE WHEN $depth >= 3 AND NOT cut2 THEN 3 ELSE 2 END ELSE 1 END AS expanded
WITH [center] + level1 + level2 + level3 AS kept, truncated, read,
     CASE expanded WHEN 1 THEN level1 WHEN 2 THEN level2 ELSE level3 END AS unexpanded
CALL (kept, read, unexpanded) {
  CALL (kept, read, unexpanded) {
    UNWIND read AS r
    WITH r WHERE startNode(r) IN kept AND endNode(r) IN kept
    RETURN r
    UNION
    UNWIND unexpanded AS a
    MATCH (a)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(b)
    WHERE ($allTypes OR type(r) IN $types) AND b IN kept
    RETURN r
  }
  WITH DISTINCT r ORDER BY r.id
  WITH collect(r) AS edgesKept
  RETURN [r IN edgesKept | {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}] AS edges,
    // The edges' evidence ids, whose records network/neighbourhood-with-evidence adds: `edges { evidence }` then
    // costs no statement of its own.
    reduce(ids = [], r IN edgesKept | ids + coalesce(r.evidenceIds, [])) AS evidenceIds
}
RETURN [n IN kept | {node: n {.*, text: null}, labels: labels(n)}] AS nodes, edges, evidenceIds, truncated
