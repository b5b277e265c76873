// The quotes a batch's facts cite, created when missing. An existing one (same source and offsets, so the
// same words) is reused as it is.
UNWIND $evidence AS ev
MERGE (e:Evidence {id: ev.id})
ON CREATE SET e = ev
RETURN count(e) AS written
