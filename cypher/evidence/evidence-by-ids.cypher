// Batch lookup behind the per-request evidence loader. Each record comes with its source's metadata (never its
// text), so that `evidence { source { id title } }` costs no statement of its own.
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
OPTIONAL MATCH (s:Node {id: e.sourceId})
RETURN e {.id, .sourceId, .quote, .start, .end} AS evidence,
       s {.id, .version, .title, .outlet, .publishedOn, .publishedOnText, .language, .url} AS source
