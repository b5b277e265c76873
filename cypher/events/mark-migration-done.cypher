// Records that a start-up migration of derived properties ran to its end (see events/migration-done).
MERGE (m:Migration {id: $id})
SET m.at = datetime.transaction()
RETURN count(m) AS marked
