import { RelationType } from '../common/enums';
import { parseNodeId } from '../common/node-id';
import type { RequestScope } from '../context/loaders';
import { badUserInput, ErrorCode, JisrError } from '../errors';
import type { NetworkRepository } from './network.repository';
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

/**
 * The neighbourhood of a node. `withEvidence`: the request asks for the edges' evidence, which then comes in the
 * network's statement and is remembered by the request's evidence loader.
 */
export async function neighbourhood(
  centerId: string, depth: number, limit: number, types: readonly RelationType[] | null | undefined, withEvidence: boolean,
  network: NetworkRepository, scope: RequestScope,
): Promise<Network> {
  const { id } = parseNodeId(centerId, 'centerId');
  checkRange('depth', depth, 1, NETWORK_BOUNDS.maxDepth, 'Expand a node again to go further.');
  checkRange('limit', limit, 1, NETWORK_BOUNDS.maxLimit, 'For larger networks export the graph (GEXF) instead.');
  const prefetch = withEvidence && scope.loaders.lookahead;
  const around = async (center: string) => {
    const read = await network.neighbourhood(center, depth, limit, typesOrAll(types), prefetch, scope.query);
    if (read?.evidence) scope.loaders.primeEvidence(read.evidence);
    return read?.network ?? null;
  };
  const found = await around(id);
  if (found) return found;
  // No node has the id: it may be an actor merged away, whose id resolves (through the node loader's
  // redirects) to the actor it went into; its network is what a bookmark to the old id means.
  const current = await scope.loaders.nodes.load(id);
  const redirected = current && current.id !== id ? await around(current.id) : null;
  if (!redirected) throw notFound('centerId', id);
  return redirected;
}

/**
 * The shortest paths between two nodes. `withEvidence`: the request asks for the edges' evidence, which then comes
 * in the paths' statement and is remembered by the request's evidence loader.
 */
export async function shortestPaths(
  fromId: string, toId: string, maxHops: number, first: number, types: readonly RelationType[] | null | undefined, withEvidence: boolean,
  network: NetworkRepository, scope: RequestScope,
): Promise<Path[]> {
  const from = parseNodeId(fromId, 'fromId').id;
  const to = parseNodeId(toId, 'toId').id;
  checkRange('maxHops', maxHops, 1, NETWORK_BOUNDS.maxHops, 'Paths longer than that rarely mean a real connection.');
  checkRange('first', first, 1, NETWORK_BOUNDS.maxPaths, 'Ask for fewer paths.');
  if (from === to) throw badUserInput(`Expected fromId and toId to be two different nodes, but both are ${JSON.stringify(from)}.`, { argument: 'toId' });
  const prefetch = withEvidence && scope.loaders.lookahead;
  const pathsBetween = async (a: string, b: string) => {
    const read = await network.shortestPaths(a, b, maxHops, first, typesOrAll(types), prefetch, scope.query);
    if (read.evidence) scope.loaders.primeEvidence(read.evidence);
    return read;
  };
  const read = await pathsBetween(from, to);
  if (read.fromFound && read.toFound) return read.paths;
  // An id that names no node may be an actor merged away: the node loader follows merge redirects (load, not
  // loadMany: a database error must surface as itself, never as "no such node"), and the paths run between the
  // nodes the ids name now.
  const [a, b] = await Promise.all([scope.loaders.nodes.load(from), scope.loaders.nodes.load(to)]);
  if (!a) throw notFound('fromId', from);
  if (!b) throw notFound('toId', to);
  if (a.id === b.id) throw badUserInput(`Expected fromId and toId to be two different nodes, but ${JSON.stringify(from)} and ${JSON.stringify(to)} were merged into ${JSON.stringify(a.id)}.`, { argument: 'toId' });
  return (await pathsBetween(a.id, b.id)).paths;
}
