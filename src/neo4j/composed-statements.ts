import type { CypherName } from './cypher-registry';

/** Files under cypher/ that are parts of composed statements: never run on their own, so never EXPLAINed alone. */
export const CYPHER_PARTS = ['graph/lookahead-of-node', 'evidence/evidence-records'] as const;

export type CypherPart = (typeof CYPHER_PARTS)[number];

type TextOf = (name: CypherName | CypherPart) => string;

/**
 * A page statement (one row: `totalCount, page`, the page a list of node maps) with the lookahead of its nodes
 * in the same statement: the page as a subquery, then graph/lookahead-of-node for each of its first
 * $lookaheadFirst nodes (a page reads one node more than it shows, to know whether another page follows),
 * collected into the page's row as `lookahead`. One round trip instead of two, and the page's row stays one
 * row when the page is empty.
 */
const withLookahead = (page: string, text: TextOf): string => [
  'CALL () {',
  page,
  '}',
  'CALL (page) {',
  '  CALL (page) {',
  '    UNWIND [node IN page[..$lookaheadFirst] | node.id] AS id',
  text('graph/lookahead-of-node'),
  '  }',
  '  RETURN collect(lookahead) AS lookahead',
  '}',
  'RETURN totalCount, page, lookahead',
].join('\n');

/**
 * A statement whose one row names the evidence of the facts it lists (`evidenceIds`), with those evidence records
 * and their sources' metadata in the same row as `evidence` (evidence/evidence-records, once per id): what a
 * request that reads those facts' evidence would otherwise fetch with a statement of its own, after this one.
 *
 * A CALL subquery, not a COLLECT expression: in a COLLECT expression Neo4j keys the DISTINCT on every outer
 * variable it reads as well, so each distinct id kept a copy of the whole `evidenceIds` list in the transaction's
 * memory (Musa'ala's partners with every shared activity at a million nodes: 3,706 ids, 2.3 GB of the 4.2 GB all
 * transactions share; 12 MB as a CALL, the same answer).
 */
const withEvidence = (statement: string, text: TextOf): string => [
  'CALL () {',
  statement,
  '}',
  'CALL (evidenceIds) {',
  '  CALL (evidenceIds) {',
  '    UNWIND evidenceIds AS evidenceId',
  '    WITH DISTINCT evidenceId',
  text('evidence/evidence-records'),
  '  }',
  // An aggregation alone in its subquery answers one row, also when no record is found.
  '  RETURN collect(found) AS evidence',
  '}',
  'RETURN *',
].join('\n');

/**
 * The statements composed of other files' text, all in this one place; every other statement is one file.
 * Only statement text is joined, never a value: every value stays a $parameter, and the composed texts are
 * checked as every statement is (test/cypher/statements.test.ts compiles each name of the registry).
 */
export const COMPOSED_STATEMENTS: Partial<Record<CypherName, (text: TextOf) => string>> = {
  // Nodes by id with what the selection asks of them (node(id:), and the card of an entity).
  'graph/lookahead': (text) => `UNWIND $ids AS id\n${text('graph/lookahead-of-node')}`,
  'programs/programs-page-with-lookahead': (text) => withLookahead(text('programs/programs-page'), text),
  'events/events-page-with-lookahead': (text) => withLookahead(text('events/events-page'), text),
  'places/places-page-with-lookahead': (text) => withLookahead(text('places/places-page'), text),
  // Evidence records by id, behind the request's evidence loader.
  'evidence/evidence-by-ids': (text) => `UNWIND $ids AS evidenceId\n${text('evidence/evidence-records')}`,
  // Answers with the evidence of what they list, for requests that read it.
  'network/neighbourhood-with-evidence': (text) => withEvidence(text('network/neighbourhood'), text),
  'network/shortest-paths-with-evidence': (text) => withEvidence(text('network/shortest-paths'), text),
  'funding/funding-flows-with-evidence': (text) => withEvidence(text('funding/funding-flows'), text),
  'analysis/partners-with-evidence': (text) => withEvidence(text('analysis/partners'), text),
  'analysis/interlocks-with-evidence': (text) => withEvidence(text('analysis/interlocks'), text),
};
