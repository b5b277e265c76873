// `jisr dump`: one page of sources with their texts, in id order after $after (the last id of the previous
// page, '' for the first). Texts are long, so pages are short; paging keeps every result small.
MATCH (s:Node:Source)
WHERE s.id > $after
RETURN s.id AS id, properties(s) AS properties
ORDER BY id
LIMIT $limit
