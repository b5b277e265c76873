import { GraphQLError } from 'graphql';
import { badUserInput, maskError } from '../../src/errors';

describe('error masking', () => {
  it('passes a Jisr error through with its code and message', () => {
    const error = badUserInput('Expected first to be at most 100, but got 500.');
    const formatted = maskError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error, () => undefined);
    expect(formatted).toEqual({ message: 'Expected first to be at most 100, but got 500.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and hands the original to the logger', () => {
    const original = new Error('Neo.ClientError.Statement.SyntaxError: Invalid input MATCH (n:Secret)');
    const logged: unknown[] = [];
    const formatted = maskError({ message: original.message, path: ['node'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(original.message, { originalError: original }), (e) => logged.push(e));
    expect(formatted).toEqual({ message: 'Internal server error', path: ['node'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toContain('MATCH');
    expect(logged).toEqual([original]);
  });
});
