// Relationships by id. A relationship id names its ends (rel:<TYPE>:<from>:<to>[:<role>]), so each one is an
// index seek on its start and an expand, never a scan (the hint keeps it so on a small graph too).
UNWIND $relationships AS rel
MATCH (a:Node {id: rel.from})-[r]->(b:Node {id: rel.to})
USING INDEX SEEK a:Node(id)
WHERE r.id = rel.id
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
