import type { CypherName } from '../../../src/neo4j/cypher-registry';
import { int } from 'neo4j-driver';
import { TEST_DATABASE, useTestDatabase } from '../../helpers/test-database';

const db = useTestDatabase();

interface PlanNode { operatorType: string; rows?: number; children: PlanNode[] }
const operators = (plan: PlanNode, acc: { op: string; rows: number }[] = []) => {
  acc.push({ op: plan.operatorType.replace(/@.*/, ''), rows: Number(plan.rows ?? 0) });
  for (const child of plan.children) operators(child, acc);
  return acc;
};

const SCANS = /AllNodesScan|NodeByLabelScan|IntersectionNodeByLabelsScan|UnionNodeByLabelsScan|RelationshipTypeScan|NodeIndexScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan/;

/**
 * The reads every curation batch runs inside its write transaction, while it holds write locks: they must
 * start from an index seek, however large the graph (the scans of citations, quotes and collected evidence
 * run only for the rare change that needs them). Read-only, so PROFILE may run them on the shared Neo4j.
 */
const READS: [CypherName, string, Record<string, unknown>][] = [
  ['curation/read-nodes', 'NodeUniqueIndexSeek', { ids: ['org:saferworld', 'source:seed-003'] }],
  ['curation/read-relationships', 'NodeUniqueIndexSeek', { relationships: [{ id: 'rel:FUNDED:org:saferworld:program:saned-community-peace', from: 'org:saferworld', to: 'program:saned-community-peace' }] }],
  ['curation/read-links', 'NodeUniqueIndexSeek', { ids: ['place:ye-marib'] }],
  ['curation/read-containment', 'NodeUniqueIndexSeek', { ids: ['place:ye-lahj-radfan', 'event:2022-11-marib-consultative-meeting'] }],
  ['curation/changes-by-ids', 'NodeUniqueIndexSeek', { ids: ['change:00000000-0000-0000-0000-000000000000:0000'] }],
  ['curation/changes-of-batch', 'NodeIndexSeek', { batchId: 'batch:00000000-0000-0000-0000-000000000000' }],
  ['curation/history-page', 'NodeIndexSeek', { targetId: 'org:saferworld', after: null, limit: int(21) }],
  ['curation/history-count', 'NodeIndexSeek', { targetId: 'org:saferworld' }],
];

/** The writes, planned only (EXPLAIN runs nothing): each finds what it writes by an index seek, never a scan. */
const WRITES: [CypherName, string][] = [
  ['curation/lock-nodes', 'NodeUniqueIndexSeek'],
  ['curation/update-nodes', 'NodeUniqueIndexSeek'],
  ['curation/delete-nodes', 'NodeUniqueIndexSeek'],
  ['curation/put-relationships', 'NodeUniqueIndexSeek'],
  ['curation/delete-relationships', 'NodeUniqueIndexSeek'],
  ['curation/merge-evidence', 'NodeUniqueIndexSeek'],
];

describe('query plans of curation reads', () => {
  it.each(READS)('%s starts from an index seek (%s) and no scan does any work', async (name, seek, params) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`PROFILE ${db.cypher.get(name)}`, db.cypher.paramsOf(name, params));
      const ops = operators(result.summary.profile as unknown as PlanNode);
      expect(ops.map((o) => o.op)).toContainEqual(expect.stringMatching(new RegExp(`^${seek}`)));
      expect(ops.filter((o) => SCANS.test(o.op) && o.rows > 0)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('query plans of curation writes', () => {
  it.each(WRITES)('%s finds its targets by an index seek (%s), with no scan in its plan', async (name, seek) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`EXPLAIN ${db.cypher.get(name)}`);
      const ops = operators(result.summary.plan as unknown as PlanNode);
      expect(ops.map((o) => o.op)).toContainEqual(expect.stringMatching(new RegExp(`^${seek}`)));
      expect(ops.filter((o) => SCANS.test(o.op))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
