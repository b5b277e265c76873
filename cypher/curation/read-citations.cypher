// The facts whose evidence quotes a source: a source stays while any fact rests on its words. An evidence id
// starts with its source's name (evidence:<source>:<start>-<end>), so one scan of the facts finds them; it
// runs only when a source is deleted.
UNWIND $sources AS source
CALL (source) {
  MATCH (n:Node)
  WHERE any(e IN n.evidenceIds WHERE e STARTS WITH source.prefix)
  RETURN 'NODE' AS target, n.id AS id
  UNION
  MATCH ()-[r]->()
  WHERE any(e IN r.evidenceIds WHERE e STARTS WITH source.prefix)
  RETURN 'RELATIONSHIP' AS target, r.id AS id
}
RETURN source.id AS sourceId, target, id
