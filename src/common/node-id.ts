import { badUserInput } from '../errors';
import { NodeType } from './enums';

/** Id prefixes and the node type each one addresses: `org:undp`, `event:2009-06-18-jenin-open-meeting`. */
export const ID_PREFIXES: Readonly<Record<string, NodeType>> = {
  org: NodeType.ORGANIZATION,
  person: NodeType.PERSON,
  event: NodeType.EVENT,
  program: NodeType.PROGRAM,
  place: NodeType.PLACE,
  source: NodeType.SOURCE,
};

const ID_PATTERN = /^([a-z]+):([a-z0-9][a-z0-9-]*)$/;
const EXAMPLE = 'event:2009-06-18-jenin-open-meeting';

/** What an actor id may address: an organisation or a person. */
export const ACTOR_NODE_TYPES: readonly NodeType[] = [NodeType.ORGANIZATION, NodeType.PERSON];

export interface ParsedNodeId {
  readonly id: string;
  readonly type: NodeType;
}

/** Parses a node id or throws BAD_USER_INPUT stating the expected form and what was received. */
export function parseNodeId(id: string, argument = 'id'): ParsedNodeId {
  const match = ID_PATTERN.exec(id);
  const type = match ? ID_PREFIXES[match[1]!] : undefined;
  if (!type) {
    const prefixes = Object.keys(ID_PREFIXES).map((p) => `${p}:`).join(', ');
    throw badUserInput(
      `Expected ${argument} to be a node id like "${EXAMPLE}" (prefix ${prefixes} then lower-case letters, digits and dashes), but got ${JSON.stringify(id)}.`,
      { argument },
    );
  }
  return { id, type };
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** Like parseNodeId, and also requires one of the given types. */
export function parseNodeIdOf(id: string, types: readonly NodeType[], argument = 'id'): ParsedNodeId {
  const parsed = parseNodeId(id, argument);
  if (!types.includes(parsed.type)) {
    throw badUserInput(
      `Expected ${argument} to be the id of ${withArticle(types.map((t) => t.toLowerCase()).join(' or '))}, but got ${JSON.stringify(id)}, the id of ${withArticle(parsed.type.toLowerCase())}.`,
      { argument },
    );
  }
  return parsed;
}
