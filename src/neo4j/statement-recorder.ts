import type { CypherName } from './cypher-registry';

export interface RecordedStatement {
  readonly name: CypherName;
  readonly mode: 'READ' | 'WRITE';
}

/**
 * Counts the Cypher statements one request ran. Tests use it to prove batching (round trips, not timings),
 * and the server logs the count per request.
 */
export class StatementRecorder {
  readonly statements: RecordedStatement[] = [];

  record(statement: RecordedStatement): void {
    this.statements.push(statement);
  }

  get count(): number {
    return this.statements.length;
  }

  names(): CypherName[] {
    return this.statements.map((s) => s.name);
  }
}
