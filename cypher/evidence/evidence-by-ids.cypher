UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e {.id, .sourceId, .quote, .start, .end} AS evidence
