// Every relationship of the nodes a batch deletes, in either direction: what a delete refuses on, or cascades to.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-(m:Node)
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
