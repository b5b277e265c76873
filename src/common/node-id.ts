import { badUserInput } from '../errors';
import { ACTOR_NODE_TYPES, ID_MAX_LENGTH, ID_PREFIXES, NODE_KINDS, type NodeType, nodeTypeOfId } from '../model/vocabulary';

export { ACTOR_NODE_TYPES };

const EXAMPLE = NODE_KINDS.EVENT.example;
/** Echoed values are cut, so that a 90,000-character id does not come back whole in the error. */
const ECHO_MAX = 80;
const echo = (value: string) => JSON.stringify(value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}…` : value);

export interface ParsedNodeId {
  readonly id: string;
  readonly type: NodeType;
}

/** Parses a node id or throws BAD_USER_INPUT stating the expected form and what was received. */
export function parseNodeId(id: string, argument = 'id'): ParsedNodeId {
  const type = nodeTypeOfId(id);
  if (!type) {
    const prefixes = ID_PREFIXES.map((p) => `${p}:`).join(', ');
    const tooLong = id.length > ID_MAX_LENGTH ? ` (${id.length} characters; ids have at most ${ID_MAX_LENGTH})` : '';
    throw badUserInput(
      `Expected ${argument} to be a node id like "${EXAMPLE}" (prefix ${prefixes} then lower-case letters, digits and dashes), but got ${echo(id)}${tooLong}.`,
      { argument },
    );
  }
  return { id, type };
}

/** Like parseNodeId, and also requires one of the given types. */
export function parseNodeIdOf(id: string, types: readonly NodeType[], argument = 'id'): ParsedNodeId {
  const parsed = parseNodeId(id, argument);
  if (!types.includes(parsed.type)) {
    // "an organization or person": the first noun keeps its article, the others drop it.
    const wanted = types.map((t, i) => (i === 0 ? NODE_KINDS[t].noun : NODE_KINDS[t].noun.replace(/^an? /, ''))).join(' or ');
    throw badUserInput(
      `Expected ${argument} to be the id of ${wanted}, but got ${echo(id)}, the id of ${NODE_KINDS[parsed.type].noun}.`,
      { argument },
    );
  }
  return parsed;
}
