UNWIND $ids AS id
MATCH (c:Change {id: id})
RETURN properties(c) AS change
