// `jisr dump`: one page of every node but the sources (dump/sources-page reads those), in id order after
// $after, each with its outgoing relationships of the types in $types (the vocabulary's). Paging on the
// node-id index keeps every result small however large the graph; a relationship is read once, with the
// node it starts from. Labels and types Jisr does not know come back too; the writer leaves them out.
MATCH (n:Node)
WHERE n.id > $after AND NOT n:Source
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]->(m:Node)
    WHERE type(r) IN $types
    RETURN {id: r.id, type: type(r), to: m.id, properties: properties(r)}
  } AS outgoing
ORDER BY id
