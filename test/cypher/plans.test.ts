import { int } from 'neo4j-driver';
import { RelationType } from '../../src/common/enums';
import type { CypherName } from '../../src/neo4j/cypher-registry';
import { TEST_DATABASE, useTestDatabase } from '../helpers/test-database';

const db = useTestDatabase();

interface PlanNode { operatorType: string; rows?: number; children: PlanNode[] }
const operators = (plan: PlanNode, acc: { op: string; rows: number }[] = []) => {
  acc.push({ op: plan.operatorType.replace(/@.*/, ''), rows: Number(plan.rows ?? 0) });
  for (const child of plan.children) operators(child, acc);
  return acc;
};

const ALL = Object.values(RelationType);

/** Statements whose answer is local to a node or two, with the parameters of a real request. */
const LOCAL: [CypherName, Record<string, unknown>][] = [
  ['graph/nodes-by-ids', { ids: ['org:undp', 'event:2009-06-18-jenin-open-meeting'] }],
  ['graph/outgoing', { ids: ['event:2009-06-18-jenin-open-meeting'], types: ['HELD_IN', 'PART_OF'] }],
  ['graph/incoming', { ids: ['program:saned-community-peace'], types: ['FUNDED'] }],
  ['graph/countries', { ids: ['org:dgsn-sidi-bernoussi-security-zone', 'place:ye-lahj-radfan'] }],
  ['events/event-funders', { ids: ['event:undated-psd-community-police-donors-conference'] }],
  ['evidence/evidence-by-ids', { ids: ['evidence:seed-000:322-353'] }],
  ['funding/funding-flows', {
    funderId: 'org:saferworld', eventKinds: null, countryId: null, fromStart: null, toEnd: null, directOnly: false,
    afterFunder: null, afterDate: null, afterEvent: null, limit: int(51),
  }],
  ['funding/funder-reach', { funderId: 'org:embassy-of-japan-jordan' }],
  ['network/neighbourhood', { centerId: 'program:saned-community-peace', depth: int(2), room: int(199), types: ALL }],
  ['network/shortest-paths', { fromId: 'org:saferworld', toId: 'org:marib-police', maxHops: int(4), first: int(3), types: ALL }],
  ['analysis/partners', { actorId: 'org:musaala', limit: int(21) }],
  ['analysis/interlocks', { actorId: 'org:musaala', otherId: 'org:sada' }],
  ['analysis/collaboration-links', { countryId: 'place:ye', limit: int(3001) }],
  ['analysis/who-works-where', { countryId: 'place:ye', limit: int(2001) }],
];

const SCANS = /AllNodesScan|NodeByLabelScan|IntersectionNodeByLabelsScan|UnionNodeByLabelsScan|RelationshipTypeScan|NodeIndexScan/;

describe('query plans of local questions', () => {
  it.each(LOCAL)('%s starts from an index seek and no scan does any work', async (name, params) => {
    const session = db.driver.session({ database: TEST_DATABASE });
    try {
      const result = await session.run(`PROFILE ${db.cypher.get(name)}`, params);
      const ops = operators(result.summary.profile as unknown as PlanNode);
      expect(ops.some((o) => o.op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
      // A scan may sit in a branch the parameters switch off; it must then produce nothing.
      expect(ops.filter((o) => SCANS.test(o.op) && o.rows > 0)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
