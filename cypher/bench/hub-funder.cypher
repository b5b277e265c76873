// The bench's writes: the funder of a program with the most FUNDED edges, and its first program by id.
MATCH (funder:Node:Actor) WHERE EXISTS { (funder)-[:FUNDED]->(:Node:Program) }
WITH funder, COUNT { (funder)-[:FUNDED]->() } AS funded
ORDER BY funded DESC, funder.id
LIMIT 1
MATCH (funder)-[:FUNDED]->(program:Node:Program)
RETURN funder.id AS id, funded, program.id AS programId ORDER BY programId LIMIT 1
