// A page of funders, largest first: the actors whose support reached a program or an event, each with the one
// FunderTotal entry that every write keeps (funding/refresh-funder-totals), ordered by how many events its money
// reached, most first, then by id. Both keys descend, so the funder_total_rank index gives the whole order and the
// page is one seek that stops at $limit entries (a range index is read in one direction for all its keys).
// $afterCount and $afterId are the last funder of the previous page (keyset), both null for the first page.
// How many funders there are comes from the label's count, kept by Neo4j: no entry is read to count them.
CALL () {
  MATCH (t:FunderTotal)
  USING INDEX t:FunderTotal(eventCount, funderId)
  WHERE t.eventCount <= coalesce($afterCount, 9223372036854775807) AND t.funderId IS NOT NULL
    AND ($afterCount IS NULL OR t.eventCount < $afterCount OR t.funderId < $afterId)
  WITH t ORDER BY t.eventCount DESC, t.funderId DESC
  LIMIT $limit
  MATCH (f:Node:Actor {id: t.funderId})
  USING INDEX f:Node(id)
  WITH t, f ORDER BY t.eventCount DESC, t.funderId DESC
  RETURN collect({funder: properties(f), labels: labels(f), eventCount: t.eventCount, programCount: t.programCount}) AS page
}
RETURN COUNT { (:FunderTotal) } AS totalCount, page
