// A page of programs in id order, and how many there are.
CALL () {
  MATCH (p:Node:Program)
  RETURN count(p) AS totalCount
}
CALL () {
  MATCH (p:Node:Program)
  WHERE $after IS NULL OR p.id > $after
  WITH p ORDER BY p.id LIMIT $limit
  RETURN collect(p {.*}) AS page
}
RETURN totalCount, page
