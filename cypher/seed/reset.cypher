// `jisr seed --reset`: removes every Jisr node and relationship (and nothing else) inside the load's own
// transaction, so a failed reload leaves the old graph in place.
MATCH (n)
WHERE n:Node OR n:Evidence
DETACH DELETE n
RETURN count(n) AS deleted
