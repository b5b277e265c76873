import { NodeType } from '../../../src/common/enums';
import { parseNodeId, parseNodeIdOf } from '../../../src/common/node-id';
import { JisrError } from '../../../src/errors';

describe('node ids', () => {
  it('reads the node type from the id prefix', () => {
    expect(parseNodeId('org:undp')).toEqual({ id: 'org:undp', type: NodeType.ORGANIZATION });
    expect(parseNodeId('event:2009-06-18-jenin-open-meeting').type).toBe(NodeType.EVENT);
    expect(parseNodeId('source:seed-000').type).toBe(NodeType.SOURCE);
  });

  it.each(['42', 'undp', 'org:', 'ORG:undp', 'org:UNDP', 'team:x', 'org:undp; MATCH (n) DETACH DELETE n'])(
    'rejects the malformed id %j with BAD_USER_INPUT stating the expected form',
    (id) => {
      expect(() => parseNodeId(id)).toThrow(JisrError);
      expect(() => parseNodeId(id)).toThrow(`Expected id to be a node id like "event:2009-06-18-jenin-open-meeting" (prefix org:, person:, event:, program:, place:, source: then lower-case letters, digits and dashes), but got ${JSON.stringify(id)}.`);
    },
  );

  it('rejects an id of the wrong type, naming both types', () => {
    expect(() => parseNodeIdOf('place:ye', [NodeType.ORGANIZATION, NodeType.PERSON], 'funderId')).toThrow(
      'Expected funderId to be the id of an organization or person, but got "place:ye", the id of a place.',
    );
  });
});
