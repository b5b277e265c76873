// `jisr seed --reset`: removes every Jisr node and relationship (and nothing else) inside the load's own
// transaction, so a failed reload leaves the old graph in place. The derived entries go too: the load writes
// those of what it loads, and none may outlive its node.
MATCH (n)
WHERE n:Node OR n:Evidence OR n:Derived
DETACH DELETE n
RETURN count(n) AS deleted
