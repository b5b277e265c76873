// The evidence record of each `evidenceId` row, with its source's metadata (never its text), as one map: the one
// projection of an evidence record that evidence/evidence-by-ids and the `…-with-evidence` statements share
// (src/neo4j/composed-statements.ts). An id without a record gives no row.
MATCH (record:Evidence {id: evidenceId})
OPTIONAL MATCH (source:Node {id: record.sourceId})
RETURN {evidence: record {.id, .sourceId, .quote, .start, .end},
  source: source {.id, .version, .title, .outlet, .publishedOn, .publishedOnText, .language, .url}} AS found
