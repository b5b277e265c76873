import { parseNodeId } from '../common/node-id';
import type { JisrContext } from '../context/context';
import type { Node } from './node.interface';

/** Resolves any id to its node, or null when the graph has no such node (a malformed id is an error). */
export async function findNode(id: string, ctx: JisrContext): Promise<Node | null> {
  const { id: valid } = parseNodeId(id);
  return ctx.loaders.nodes.load(valid);
}
