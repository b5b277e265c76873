// Whole-graph export: the relationships that start from one page of nodes (id order after $after), each with
// the quotes that state it, in the order the relationship cites them. A relationship is read once, with the
// node it starts from; $types holds RelationType values only.
MATCH (a:Node)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, COLLECT {
  MATCH (a)-[r:$any($types)]->(b:Node)
  WITH r, b ORDER BY r.id
  RETURN {
    id: r.id, target: b.id, type: type(r), role: r.role, title: r.title,
    quotes: COLLECT { UNWIND coalesce(r.evidenceIds, []) AS evidenceId MATCH (e:Evidence {id: evidenceId}) RETURN e.quote }
  }
} AS outgoing
ORDER BY id
