// Every relationship of the nodes a batch deletes, in either direction: what a delete refuses on, or cascades to.
// From each node outwards; relationships only ever join two Jisr nodes, so the other end needs no label check.
// The hint keeps the id lookup a seek: on a small graph the planner would rather scan the id index whole.
UNWIND $ids AS nodeId
MATCH (n:Node {id: nodeId})-[r]-()
USING INDEX SEEK n:Node(id)
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
