import { NodeType } from '../common/enums';
import { parseNodeId } from '../common/node-id';
import type { JisrContext } from '../context/context';
import type { Node } from './node.interface';

/** Resolves any id to its node, or null when the graph has no such node (a malformed id is an error). */
export async function findNode(id: string, ctx: JisrContext): Promise<Node | null> {
  const parsed = parseNodeId(id);
  switch (parsed.type) {
    case NodeType.SOURCE:
      return ctx.loaders.sources.load(parsed.id);
    case NodeType.ORGANIZATION:
    case NodeType.PERSON:
    case NodeType.EVENT:
    case NodeType.PROGRAM:
    case NodeType.PLACE:
      // Well-formed ids of types the graph does not hold yet resolve to nothing, as unknown ids do.
      return null;
    default:
      return unreachable(parsed.type);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unhandled node type ${String(value)}`);
}
