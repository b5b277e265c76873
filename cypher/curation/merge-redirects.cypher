// Where the ids that name no node went, when a merge took them (one hop; the caller follows chains a bounded
// number of times). A redirect holds only while no node has the id and no change was recorded on the id after
// the merge (a revert of the merge restores the duplicate and records so): history is what says the merge stands.
UNWIND $ids AS id
MATCH (r:Redirect {id: id})
WHERE NOT EXISTS { MATCH (:Node {id: id}) }
  AND NOT EXISTS { MATCH (c:Change {targetId: id}) WHERE datetime(c.at).epochMillis > r.batchAt }
OPTIONAL MATCH (n:Node {id: r.to})
RETURN id, r.to AS to, CASE WHEN n IS NULL THEN null ELSE n {.*, text: null} END AS node, CASE WHEN n IS NULL THEN null ELSE labels(n) END AS labels
