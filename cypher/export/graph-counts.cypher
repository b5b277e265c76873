// Whole-graph export: how many nodes of the kinds Jisr knows ($labels) and relationships of its types
// ($types, RelationType values only) there are, for the progress display. The counts are read before the
// pages, so they may differ a little from what the pages find while editors write.
CALL () { MATCH (n:Node) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS nodes }
CALL () { MATCH (:Node)-[r:$any($types)]->(:Node) RETURN count(r) AS relationships }
RETURN nodes, relationships
