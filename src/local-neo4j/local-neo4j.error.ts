/** What went wrong with the local Neo4j, so callers can branch without parsing messages. */
export const LocalNeo4jErrorCode = {
  JAVA_NOT_FOUND: 'JAVA_NOT_FOUND',
  JAVA_TOO_OLD: 'JAVA_TOO_OLD',
  MAVEN_NOT_FOUND: 'MAVEN_NOT_FOUND',
  PREPARE_FAILED: 'PREPARE_FAILED',
  PORT_IN_USE: 'PORT_IN_USE',
  DATA_DIR_IN_USE: 'DATA_DIR_IN_USE',
  START_FAILED: 'START_FAILED',
  START_TIMEOUT: 'START_TIMEOUT',
} as const;
export type LocalNeo4jErrorCode = (typeof LocalNeo4jErrorCode)[keyof typeof LocalNeo4jErrorCode];

/** A failure to prepare or run the local Neo4j; the message names the problem and the fix. */
export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

/** The fallback every message can offer: Jisr runs against any Neo4j, not only the local one. */
export const USE_EXISTING_NEO4J = 'or set NEO4J_URI to use an existing Neo4j';

/** The end of a tool's output, which is where Maven and Java say what failed. */
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
