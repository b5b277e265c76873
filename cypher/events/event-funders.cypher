// Who funded each event: directly (FUNDED → event) or through any chain of programs it is part of
// (FUNDED → program ← PART_OF* ← event). Program nesting in practice is 1–2 levels; 5 bounds the walk.
UNWIND $ids AS id
// The hint keeps the seek: on a small graph the planner may otherwise prefer scanning the whole id index.
MATCH (e:Node:Event {id: id})
USING INDEX e:Node(id)
CALL (e) {
  MATCH (f:Actor)-[:FUNDED]->(e)
  RETURN f
  UNION
  MATCH (e)-[:PART_OF*1..5]->(:Program)<-[:FUNDED]-(f:Actor)
  RETURN f
}
WITH id, f ORDER BY f.id
RETURN id, collect(f {.*}) AS funders, [f IN collect(f) | labels(f)] AS labels
