// The id of an actor merged away keeps resolving: a Redirect (bookkeeping, never a :Node, so it is never
// counted, searched, exported or dumped) names the actor it went into. Written in the merge's transaction, and
// stamped with that transaction's time: any change the duplicate's id records later (a revert of the merge
// restoring it, a new node of that id) outdates it (see merge-redirects). A later merge of the same id replaces it.
MERGE (r:Redirect {id: $id})
SET r.to = $to, r.batchAt = datetime.transaction().epochMillis
RETURN count(r) AS written
