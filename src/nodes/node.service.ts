import { parseNodeId } from '../common/node-id';
import type { Loaders } from '../context/loaders';
import type { Node } from './node.interface';

/** Resolves any id to its node, or null when the graph has no such node (a malformed id is an error). */
export async function findNode(id: string, loaders: Loaders): Promise<Node | null> {
  const { id: valid } = parseNodeId(id);
  return loaders.nodes.load(valid);
}
