// The evidence record of each `evidenceId` row, with its source's metadata (never its text): the one projection of
// an evidence record that evidence/evidence-by-ids and the `…-with-evidence` statements share
// (src/neo4j/composed-statements.ts). An id without a record gives no row.
// A list, not a map: the record's properties, then its source's as a list of their own (null when the source is
// gone), in the orders of EVIDENCE_RECORD_PROPERTIES and SOURCE_METADATA_PROPERTIES (src/graph/graph.repository.ts).
// A page lists hundreds of records, and the driver decodes a map's every key as a string of its own.
MATCH (record:Evidence {id: evidenceId})
OPTIONAL MATCH (source:Node {id: record.sourceId})
RETURN [record.id, record.sourceId, record.quote, record.start, record.end,
  CASE WHEN source IS NULL THEN null
    ELSE [source.id, source.version, source.title, source.outlet, source.publishedOn, source.publishedOnText, source.language, source.url] END] AS found
