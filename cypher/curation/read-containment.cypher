// The PART_OF and LOCATED_IN chains above some nodes, all the way up: what a new one could close a cycle
// with. Every write is checked, so the chains have no cycle and the walk ends; 100 hops is only a guard, far
// above any real chain (places are at most six levels deep).
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH p = (n)-[:PART_OF*1..100]->(:Node)
  UNWIND relationships(p) AS r
  RETURN r
  UNION
  MATCH p = (n)-[:LOCATED_IN*1..100]->(:Node)
  UNWIND relationships(p) AS r
  RETURN r
}
RETURN DISTINCT type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
