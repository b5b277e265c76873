// Relationships removed, found from their start node (the hint keeps the id lookup a seek: on a small graph the planner may rather scan the id index whole).
UNWIND $relationships AS rel
MATCH (a:Node {id: rel.from})-[r]->(b:Node {id: rel.to})
USING INDEX SEEK a:Node(id)
WHERE r.id = rel.id
DELETE r
RETURN count(*) AS written
