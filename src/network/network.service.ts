import { RelationType } from '../common/enums';
import { parseNodeId } from '../common/node-id';
import type { JisrContext } from '../context/context';
import { badUserInput, ErrorCode, JisrError } from '../errors';
import type { Network, Path } from './network.type';

/** Bounds of the traversals, documented in the schema: depth 3 of a sparse graph already reaches most of it. */
export const NETWORK_BOUNDS = { maxDepth: 3, maxLimit: 2000, maxHops: 6, maxPaths: 20 } as const;

const ALL_TYPES = Object.values(RelationType);

function checkRange(argument: string, value: number, min: number, max: number, hint: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`Expected ${argument} to be between ${min} and ${max}, but got ${value}. ${hint}`, { argument });
  }
}

function typesOrAll(types: readonly RelationType[] | null | undefined): readonly RelationType[] {
  return types && types.length > 0 ? [...new Set(types)] : ALL_TYPES;
}

function notFound(argument: string, id: string): JisrError {
  return new JisrError(ErrorCode.NOT_FOUND, `No node has the id ${JSON.stringify(id)} (${argument}). Find ids with \`search\`.`, { argument });
}

export async function neighbourhood(centerId: string, depth: number, limit: number, types: readonly RelationType[] | null | undefined, ctx: JisrContext): Promise<Network> {
  const { id } = parseNodeId(centerId, 'centerId');
  checkRange('depth', depth, 1, NETWORK_BOUNDS.maxDepth, 'Expand a node again to go further.');
  checkRange('limit', limit, 1, NETWORK_BOUNDS.maxLimit, 'For larger networks export the graph (GEXF) instead.');
  const network = await ctx.repositories.network.neighbourhood(id, depth, limit, typesOrAll(types), ctx.query);
  if (!network) throw notFound('centerId', id);
  return network;
}

export async function shortestPaths(
  fromId: string, toId: string, maxHops: number, first: number, types: readonly RelationType[] | null | undefined, ctx: JisrContext,
): Promise<Path[]> {
  const from = parseNodeId(fromId, 'fromId').id;
  const to = parseNodeId(toId, 'toId').id;
  checkRange('maxHops', maxHops, 1, NETWORK_BOUNDS.maxHops, 'Paths longer than that rarely mean a real connection.');
  checkRange('first', first, 1, NETWORK_BOUNDS.maxPaths, 'Ask for fewer paths.');
  if (from === to) throw badUserInput(`Expected fromId and toId to be two different nodes, but both are ${JSON.stringify(from)}.`, { argument: 'toId' });
  const [a, b] = await ctx.loaders.nodes.loadMany([from, to]);
  if (!a || a instanceof Error) throw notFound('fromId', from);
  if (!b || b instanceof Error) throw notFound('toId', to);
  return ctx.repositories.network.shortestPaths(from, to, maxHops, first, typesOrAll(types), ctx.query);
}
