import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode, httpStatusOf, JisrError, maskError } from '../../src/errors';

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

  it('gives the client the code Jisr chose when Apollo re-coded the error while validating, without the HTTP status', () => {
    const limit = new JisrError(ErrorCode.QUERY_TOO_COMPLEX, 'The operation nests 32 levels deep; the limit is 12.', { measure: 'depth', value: 32, limit: 12, http: { status: 400 } });
    // What Apollo's ValidationError makes of an error a validation rule reported.
    const wrapped = new GraphQLError(limit.message, { originalError: limit, extensions: { ...limit.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
    const logged: unknown[] = [];
    const formatted = maskError({ message: limit.message, locations: [{ line: 1, column: 1 }], extensions: { measure: 'depth', value: 32, limit: 12, code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped, (e) => logged.push(e));
    expect(formatted).toEqual({
      message: 'The operation nests 32 levels deep; the limit is 12.',
      locations: [{ line: 1, column: 1 }],
      extensions: { measure: 'depth', value: 32, limit: 12, code: 'QUERY_TOO_COMPLEX' },
    });
    expect(logged).toEqual([]);
  });

  it('passes the codes of graphql-js and Apollo through, without a stack trace', () => {
    const formatted = maskError({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at parse'] } }, new GraphQLError('Syntax Error'), () => undefined);
    expect(formatted).toEqual({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});

describe('HTTP status of the transport codes', () => {
  it.each([
    [ErrorCode.BAD_REQUEST, 400],
    [ErrorCode.QUERY_TOO_COMPLEX, 400],
    [ErrorCode.PAYLOAD_TOO_LARGE, 413],
    [ErrorCode.UNSUPPORTED_MEDIA_TYPE, 415],
    [ErrorCode.RATE_LIMITED, 429],
    [ErrorCode.NOT_FOUND, 404],
    [ErrorCode.INTERNAL_SERVER_ERROR, 500],
  ])('answers %s with %i', (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });
});
