import { parseNodeId } from '../common/node-id';
import type { Loaders } from '../context/loaders';
import { asksNothing, type Lookahead } from '../graph/lookahead';
import type { NodeType } from '../model/vocabulary';
import type { Node } from './node.interface';

/**
 * Resolves any id to its node, or null when the graph has no such node (a malformed id is an error). When the
 * selection asks for more of the node (`ahead`, told the node's type by its id), the node comes with its links
 * and evidence in one statement that primes the request's loaders.
 */
export async function findNode(id: string, loaders: Loaders, ahead: (type: NodeType) => Lookahead): Promise<Node | null> {
  const { id: valid, type } = parseNodeId(id);
  const plan = ahead(type);
  if (asksNothing(plan)) return loaders.nodes.load(valid);
  // A merged-away id finds no node here; the node loader follows its redirect.
  return (await loaders.prefetch([valid], plan)).get(valid) ?? loaders.nodes.load(valid);
}
