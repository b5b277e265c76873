// Adds a write's differences to the EventCounts (events/count-keys tallied before and after it), each count
// MERGEd on its unique key (schema/constraint-event-count) and locked before it is read, in key order, so that
// two writes adding to one count both land. A count that falls to zero is retired (:Derived:Retired, out of
// every index), and derived/delete-retired deletes it with the write's other retired entries after the last
// refresh: deleting here would make every later index seek of the transaction pay for the deleted node.
UNWIND $tallies AS t
WITH t ORDER BY t.countryId, t.period, t.kind
MERGE (tally:Derived:EventCount {countryId: t.countryId, period: t.period, kind: t.kind})
SET tally.lock = true
WITH tally, t
SET tally.n = coalesce(tally.n, 0) + t.n
REMOVE tally.lock
WITH tally
FOREACH (_ IN CASE WHEN tally.n = 0 THEN [1] ELSE [] END | REMOVE tally:EventCount SET tally:Retired)
RETURN count(tally) AS written
