import { ErrorCode, JisrError } from '../../errors';

/** NOT_FOUND for an id that is well formed but names nothing in the graph; the message says how to find one. */
export function unknownId(argument: string, id: string, what: 'actor' | 'place'): JisrError {
  const article = what === 'actor' ? 'an' : 'a';
  return new JisrError(
    ErrorCode.NOT_FOUND,
    `Expected ${argument} to be the id of ${article} ${what} in the graph, but none has the id ${JSON.stringify(id)}. Look ids up with search(text:).`,
    { argument },
  );
}
