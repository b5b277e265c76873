MATCH (c:Change {targetId: $targetId})
RETURN count(c) AS total
