// Idempotent: MERGE on the id, then overwrite every property so that a second load changes nothing.
UNWIND $sources AS source
MERGE (s:Node:Source {id: source.id})
SET s = source
RETURN count(s) AS merged
