// One page of node ids in id order after $after, among the ids from $from (inclusive) to $to (exclusive): the
// node_id index's run of one or more kinds' prefixes, so each page is a seek however large the graph. For the
// start-up migrations and bulk refreshes of derived entries, which go through a kind's nodes page by page.
MATCH (n:Node)
USING INDEX n:Node(id)
WHERE n.id > $after AND n.id >= $from AND n.id < $to
WITH n.id AS id ORDER BY id LIMIT $limit
RETURN collect(id) AS ids
