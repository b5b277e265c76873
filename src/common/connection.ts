import { Field, Int, ObjectType } from 'type-graphql';

/** A thunk returning the (possibly abstract) class of a GraphQL object or interface type. */
type TypeThunk = () => abstract new (...args: never[]) => object;
import { badUserInput } from '../errors';

@ObjectType({ description: 'Where a page ends and whether another follows.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style edge and connection types for one node type, named as the contract names them. */
export function connectionTypes<T extends object>(nodeType: TypeThunk, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(nodeType, { description: `The ${name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name.toLowerCase()}s in a stable order.` })
  class ConnectionType implements Page<T> {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }

  return { EdgeType, ConnectionType };
}

/** Page sizes: large enough for a table view, small enough that one request stays cheap. */
export const MAX_PAGE_SIZE = 100;

/** Checks `first` against the cap; the message names the argument, the limit, the value and the way on. */
export function checkFirst(first: number, max = MAX_PAGE_SIZE, hint = 'Page with `after` to read more.', argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`Expected ${argument} to be between 1 and ${max}, but got ${first}. ${hint}`, { argument });
  }
  return first;
}

/**
 * Keyset cursors: the sort key of the last item, opaque to clients. Unlike offsets they stay correct
 * when items are added before the page, and the next page is one index range scan, however deep.
 */
export function encodeCursor(kind: string, key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, arity: number): (string | number | null)[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded[0] !== kind || decoded.length !== arity + 1) {
    throw badUserInput(`Expected after to be a cursor returned by this ${kind} connection (pageInfo.endCursor), but got ${JSON.stringify(cursor)}.`, { argument: 'after' });
  }
  return decoded.slice(1) as (string | number | null)[];
}

/** Builds a page from rows fetched with LIMIT first + 1: the extra row only says whether more follow. */
export function toPage<T>(rows: readonly T[], first: number, totalCount: number, cursorOf: (item: T) => string): Page<T> {
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
