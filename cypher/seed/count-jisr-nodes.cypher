// Whether the database already holds Jisr data; start-up seeds only an empty graph.
MATCH (n:Node)
RETURN count(n) AS nodes
