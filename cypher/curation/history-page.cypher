// The changes of one node or relationship, newest first (ties, one batch's changes, by id), one page after a
// keyset cursor; an index seek on targetId.
MATCH (c:Change {targetId: $targetId})
WHERE $after IS NULL OR c.at < $after.at OR (c.at = $after.at AND c.id < $after.id)
RETURN properties(c) AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
