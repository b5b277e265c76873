// Whether a start-up migration of derived properties ran to its end in this database already. Markers are
// Migration nodes, apart from the graph (neither Node nor Evidence): no dump, export or reset reads them.
OPTIONAL MATCH (m:Migration {id: $id})
RETURN m IS NOT NULL AS done
