import { inLinkOrder } from '../../../src/analysis/common/activity.links';
import { RelationType } from '../../../src/common/enums';

describe('activity links', () => {
  it('orders one side\'s relationships to an activity by type, then role, whatever order the database gave', () => {
    const links = inLinkOrder([
      { type: RelationType.PARTICIPATED_IN, role: 'speaker', evidenceIds: ['evidence:seed-001:1-2'] },
      { type: RelationType.ORGANIZED, role: 'lead', evidenceIds: null },
      { type: RelationType.ORGANIZED, role: 'host', evidenceIds: ['evidence:seed-001:3-4'] },
    ]);
    expect(links.map((l) => [l.type, l.role])).toEqual([['ORGANIZED', 'host'], ['ORGANIZED', 'lead'], ['PARTICIPATED_IN', 'speaker']]);
  });

  it('puts a relationship without a role before one with a role of the same type', () => {
    const links = inLinkOrder([{ type: RelationType.FUNDED, role: 'x', evidenceIds: [] }, { type: RelationType.FUNDED, role: null, evidenceIds: [] }]);
    expect(links.map((l) => l.role)).toEqual([null, 'x']);
  });
});
