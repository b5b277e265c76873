// The bench's writes: any quote, for a LOCATED_IN that has none.
MATCH (quoted:Evidence) RETURN quoted {.sourceId, .quote, .start} AS evidence ORDER BY quoted.id LIMIT 1
