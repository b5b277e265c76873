// The quotes of sources whose text a batch changes: the new text must keep each at its offsets. Runs only then.
UNWIND $ids AS id
MATCH (e:Evidence)
WHERE e.sourceId = id
RETURN id AS sourceId, e.id AS id, e.quote AS quote, e.start AS start, e.end AS end
