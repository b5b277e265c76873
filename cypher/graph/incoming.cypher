// Neighbours along incoming relationships of the given types ($types holds RelationType values only).
// One branch per relationship type of the vocabulary, behind a guard on $types, rather than `:$any($types)`:
// Neo4j expands every relationship of a node before it tests a dynamic type, so a hub would be read whole
// (see graph/lookahead-of-node; test/unit/graph/relation-type-branches.test.ts keeps the branches whole). Each
// branch names its type, which type(r) would read again per relationship.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  WITH n WHERE 'FUNDED' IN $types
  MATCH (n)<-[r:FUNDED]-(m)
  RETURN r, m, 'FUNDED' AS type
  UNION ALL
  WITH n WHERE 'IMPLEMENTED' IN $types
  MATCH (n)<-[r:IMPLEMENTED]-(m)
  RETURN r, m, 'IMPLEMENTED' AS type
  UNION ALL
  WITH n WHERE 'ORGANIZED' IN $types
  MATCH (n)<-[r:ORGANIZED]-(m)
  RETURN r, m, 'ORGANIZED' AS type
  UNION ALL
  WITH n WHERE 'PARTNERED_WITH' IN $types
  MATCH (n)<-[r:PARTNERED_WITH]-(m)
  RETURN r, m, 'PARTNERED_WITH' AS type
  UNION ALL
  WITH n WHERE 'PARTICIPATED_IN' IN $types
  MATCH (n)<-[r:PARTICIPATED_IN]-(m)
  RETURN r, m, 'PARTICIPATED_IN' AS type
  UNION ALL
  WITH n WHERE 'PART_OF' IN $types
  MATCH (n)<-[r:PART_OF]-(m)
  RETURN r, m, 'PART_OF' AS type
  UNION ALL
  WITH n WHERE 'HELD_IN' IN $types
  MATCH (n)<-[r:HELD_IN]-(m)
  RETURN r, m, 'HELD_IN' AS type
  UNION ALL
  WITH n WHERE 'LOCATED_IN' IN $types
  MATCH (n)<-[r:LOCATED_IN]-(m)
  RETURN r, m, 'LOCATED_IN' AS type
  UNION ALL
  WITH n WHERE 'HOLDS_POSITION' IN $types
  MATCH (n)<-[r:HOLDS_POSITION]-(m)
  RETURN r, m, 'HOLDS_POSITION' AS type
  UNION ALL
  WITH n WHERE 'REPORTED_BY' IN $types
  MATCH (n)<-[r:REPORTED_BY]-(m)
  RETURN r, m, 'REPORTED_BY' AS type
}
RETURN id, type, properties(r) AS rel, m {.*, text: null} AS node, labels(m) AS labels
ORDER BY id, r.id
