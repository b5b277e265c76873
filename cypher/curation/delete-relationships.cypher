UNWIND $relationships AS rel
MATCH (:Node {id: rel.from})-[r]->(:Node {id: rel.to})
WHERE r.id = rel.id
DELETE r
RETURN count(*) AS written
