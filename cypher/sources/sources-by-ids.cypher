// Batch lookup for the per-request source loader: one round trip for any number of ids.
UNWIND $ids AS id
MATCH (s:Node:Source {id: id})
RETURN s {.id, .title, .outlet, .publishedOn, .publishedOnText, .language, .url} AS source
