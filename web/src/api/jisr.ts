import type { DocumentNode } from 'graphql';
import { createJisrClient, type TypedDocumentNode } from '../../../src/client';

/** The explorer asks the Jisr that serves it, through the typed client (`jisr/client`). */
export const jisr = createJisrClient({ url: '/graphql' });

/**
 * One operation of a web/operations/*.graphql file, typed with the shape the explorer reads from it. The build
 * checks the operations against the schema; the types here say which of their fields the explorer uses.
 */
export function operation<TData, TVariables extends Record<string, unknown>>(
  operations: Readonly<Record<string, DocumentNode>>,
  name: string,
): TypedDocumentNode<TData, TVariables> {
  const document = operations[name];
  if (!document) throw new Error(`No operation named ${name} in the explorer's operations.`);
  return document as TypedDocumentNode<TData, TVariables>;
}
