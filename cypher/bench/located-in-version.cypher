// The bench's writes: a LOCATED_IN's id and the version an editor reads.
MATCH (:Node {id: $from})-[r:LOCATED_IN]->(:Node {id: $to}) RETURN r.id AS id, coalesce(r.version, 1) AS version
