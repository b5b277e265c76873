// The quotes of sources whose text a batch changes: the new text must keep each at its offsets. Runs only then.
// An evidence id starts with its source's name (evidence:<source>:<start>-<end>, $sources' prefix), so a source's
// quotes are a prefix seek of the evidence id index. Matched on sourceId alone, which no index covers, every
// quote of the graph was read (553,100 at a million nodes) for each source.
UNWIND $sources AS source
MATCH (e:Evidence)
WHERE e.id STARTS WITH source.prefix AND e.sourceId = source.id
RETURN source.id AS sourceId, e.id AS id, e.quote AS quote, e.start AS start, e.end AS end
