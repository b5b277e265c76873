import { roleOf, rolesOf } from '../../../src/analysis/who-works-where/who-works-where.roles';
import { RelationType } from '../../../src/common/enums';

describe('3W roles', () => {
  it('names the role each relationship to an event or program stands for', () => {
    expect([RelationType.ORGANIZED, RelationType.FUNDED, RelationType.IMPLEMENTED, RelationType.PARTNERED_WITH, RelationType.PARTICIPATED_IN].map(roleOf))
      .toEqual(['ORGANIZER', 'FUNDER', 'IMPLEMENTER', 'PARTNER', 'PARTICIPANT']);
  });

  it('lists each role once, in the 3W column order, whatever order the relationships came in', () => {
    expect(rolesOf([RelationType.PARTNERED_WITH, RelationType.IMPLEMENTED, RelationType.ORGANIZED, RelationType.PARTNERED_WITH])).toEqual(['ORGANIZER', 'IMPLEMENTER', 'PARTNER']);
    expect(rolesOf([])).toEqual([]);
  });

  it('refuses a relationship that puts no actor at an event', () => {
    expect(() => roleOf(RelationType.HELD_IN)).toThrow('HELD_IN is not a relationship an actor has to an event or program');
  });
});
