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
// A level's expansions are grouped by the node they reach, m, with the relationships that reach it: a known m
// (the centre or a node of an earlier level) brings edges among kept nodes, and of the new ones the level keeps
// the first $room by id (a Top of $room + 2, never a whole sort: known nodes first, at most $room + 1 of them)
// with their relationships. Each group is tested once against the short lists of the levels before.
//
// Memory. Neo4j charges every row a Top or a Sort buffers with every value the row has ever held, a variable
// dropped by WITH or a subquery's inner one included, and a slice holds the whole list it was cut from. Keeping
// a level's expansions as a list, [r, m] per relationship, cut the next level with that list in each buffered
// row: a hub program's neighbourhood at 1M nodes (depth 2, 500 nodes) was charged 2.7 GB, and 1,000 nodes or
// depth 3 from 13 of 375 random nodes passed the 4.2 GB the server allows all transactions together. So the
// expansions are grouped before the cut (the groups are an aggregation's, never in a row), slices are copied by
// a comprehension, and after each level `count(*)` starts fresh rows holding only what the next needs: the same
// networks take 65 MB and 3 MB, and the largest a random node gave 0.8 GB (docs/benchmarks.md, 23rd round).
//
// Nodes and edges bring the properties a drawing shows (src/network/graph-element.mapper.ts: GRAPH_NODE_PROPERTIES
// and GRAPH_EDGE_PROPERTIES, which a unit test holds to these lists), not every property: a node's search keys,
// aliases, dates and evidence ids were a quarter of a hub's network.
MATCH (center:Node {id: $centerId})
CALL (center) {
  CALL (center) {
    MATCH (center)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
    WHERE $allTypes OR type(r) IN $types
    RETURN m, collect(r) AS rs
  }
  WITH m, rs, m = center AS known
  ORDER BY known DESC, m.id LIMIT $room + 2
  RETURN collect(CASE WHEN known THEN rs END) AS back1, collect(CASE WHEN NOT known THEN [m, rs] END) AS found1
}
// Each `count(*)` (always 1) is there to start fresh rows, holding only the variables beside it (Memory, above).
WITH center, [k IN found1[0..$room] | k[0]] AS level1, size(found1) > $room AS cut1, back1 + [k IN found1[0..$room] | k[1]] AS read1, count(*) AS one1
CALL (center, level1, cut1) {
  WITH center, level1 WHERE $depth >= 2 AND NOT cut1
  CALL (level1) {
    UNWIND level1 AS n
    MATCH (n)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
    WHERE $allTypes OR type(r) IN $types
    RETURN m, collect(r) AS rs
  }
  WITH m, rs, m = center OR m IN level1 AS known
  ORDER BY known DESC, m.id LIMIT $room + 2
  RETURN collect(CASE WHEN known THEN rs END) AS back2, collect(CASE WHEN NOT known THEN [m, rs] END) AS found2
}
WITH center, level1, cut1, read1, [k IN found2[0..$room - size(level1)] | k[0]] AS level2, size(found2) > $room - size(level1) AS cut2,
     back2 + [k IN found2[0..$room - size(level1)] | k[1]] AS read2, count(*) AS one2
CALL (center, level1, level2, cut1, cut2) {
  WITH center, level1, level2 WHERE $depth >= 3 AND NOT cut1 AND NOT cut2
  CALL (level2) {
    UNWIND level2 AS n
    MATCH (n)-[r:FUNDED|IMPLEMENTED|ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|PART_OF|HELD_IN|LOCATED_IN|HOLDS_POSITION|REPORTED_BY]-(m)
    WHERE $allTypes OR type(r) IN $types
    RETURN m, collect(r) AS rs
  }
  WITH m, rs, m = center OR m IN level1 OR m IN level2 AS known
  ORDER BY known DESC, m.id LIMIT $room + 2
  RETURN collect(CASE WHEN known THEN rs END) AS back3, collect(CASE WHEN NOT known THEN [m, rs] END) AS found3
}
WITH center, level1, level2, cut1, cut2, read1, read2, [k IN found3[0..$room - size(level1) - size(level2)] | k[0]] AS level3,
     size(found3) > $room - size(level1) - size(level2) AS cut3, back3 + [k IN found3[0..$room - size(level1) - size(level2)] | k[1]] AS read3, count(*) AS one3
WITH [center] + level1 + level2 + level3 AS kept, cut1 OR cut2 OR cut3 AS truncated, read1 + read2 + read3 AS read,
     CASE WHEN $depth < 2 OR cut1 THEN level1 WHEN $depth < 3 OR cut2 THEN level2 ELSE level3 END AS unexpanded, count(*) AS one
// UNION ALL, then DISTINCT r: a UNION's own distinct keys each row on every variable in scope, these lists
// included (1.1–2.0 GB for 2,000 nodes at depth 3).
CALL (kept, read, unexpanded) {
  CALL (kept, read, unexpanded) {
    UNWIND read AS rs
    UNWIND rs AS r
    RETURN r
    UNION ALL
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
