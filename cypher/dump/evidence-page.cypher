// `jisr dump`: one page of quotes in id order after $after.
MATCH (e:Evidence)
WHERE e.id > $after
RETURN e.id AS id, e.sourceId AS sourceId, e.quote AS quote, e.start AS start, e.end AS end
ORDER BY id
LIMIT $limit
