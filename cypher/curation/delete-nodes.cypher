// DELETE, not DETACH DELETE: the plan removes (and records) every relationship first, so one left behind is
// a bug that must fail the transaction, never a relationship gone without a trace in history.
UNWIND $ids AS id
MATCH (n:Node {id: id})
DELETE n
RETURN count(*) AS written
