// The bench's writes: the version an editor reads (absent: never written since the seed load, which reads 1).
MATCH (n:Node {id: $id}) RETURN coalesce(n.version, 1) AS version
