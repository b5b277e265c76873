// A page of programs in id order, and how many there are: the count from the count store, the page from the
// node_id index's run of program ids in order (program:… sort between place:… and source:…), so a page costs
// the same whatever the size of the graph.
CALL () {
  MATCH (p:Program)
  RETURN count(p) AS totalCount
}
CALL () {
  MATCH (p:Node:Program)
  USING INDEX p:Node(id)
  WHERE p.id > coalesce($after, 'program:') AND p.id < 'program;'
  WITH p ORDER BY p.id LIMIT $limit
  RETURN collect(p {.*}) AS page
}
RETURN totalCount, page
