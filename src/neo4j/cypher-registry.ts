import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPOSED_STATEMENTS, CYPHER_PARTS } from './composed-statements';
import { compactCypher, inOneMap, mayWrite, PARAMETER_MAP } from './cypher-text';

/**
 * Every Cypher statement Jisr runs, by name; `cypher/<name>.cypher` holds its text, one statement per file.
 * Names are a closed list so that a typo is a compile error, and a missing file stops start-up. A few are composed
 * of other files' text instead (src/neo4j/composed-statements.ts).
 */
export const CYPHER_NAMES = [
  'schema/constraint-node-id',
  'schema/constraint-evidence-id',
  'schema/fulltext-node-search',
  'schema/constraint-api-key-id',
  'schema/constraint-api-key-name',
  'schema/constraint-change-id',
  'schema/constraint-redirect-id',
  'schema/index-change-target',
  'schema/index-change-batch',
  'schema/index-actor-kind',
  'schema/index-place-kind',
  'schema/index-event-kind',
  'schema/index-event-kind-date',
  'schema/index-event-date',
  'schema/index-event-country-date',
  'schema/index-event-country',
  'schema/index-event-precision',
  'schema/index-event-country-precision',
  'schema/index-event-region-date',
  'schema/index-event-region',
  'schema/index-event-region-precision',
  'schema/index-actor-country',
  'schema/index-actor-country-kind',
  'schema/constraint-actor-country',
  'schema/index-funder-event',
  'schema/index-funder-event-country',
  'schema/index-funder-event-region',
  'schema/index-funder-event-in-country',
  'schema/index-funder-event-in-region',
  'schema/index-funder-event-id',
  'schema/index-funder-event-end',
  'schema/constraint-funder-event',
  'schema/constraint-partner-pair',
  'schema/constraint-actor-funder',
  'schema/constraint-actor-person',
  'schema/constraint-actor-country-count',
  'schema/constraint-event-count',
  'schema/constraint-funder-total',
  'schema/index-funder-total-rank',
  'schema/index-partner-pair-rank',
  'schema/schema-objects',
  'health/ping',
  'auth/create-api-key',
  'auth/list-api-keys',
  'auth/api-key-credential',
  'auth/revoke-api-key',
  'graph/nodes-by-ids',
  'graph/outgoing',
  'graph/incoming',
  'graph/countries',
  'graph/lookahead',
  'events/event-funders',
  'evidence/evidence-contexts',
  'evidence/evidence-by-ids',
  'actors/actors-page',
  'actors/refresh-countries',
  'actors/rebuild-country-counts',
  'graph/node-ids-page',
  'events/events-page',
  'events/events-page-with-lookahead',
  'events/refresh-countries',
  'events/count-keys',
  'events/add-to-counts',
  'events/rebuild-counts',
  'derived/delete-retired',
  'bench/largest-place',
  'bench/other-country',
  'bench/any-evidence',
  'bench/hub-organiser',
  'bench/hub-funder',
  'bench/node-version',
  'bench/located-in-version',
  'bench/touched-facts',
  'analysis/refresh-partner-pairs',
  'analysis/refresh-partner-pairs-of-links',
  'analysis/refresh-actor-funders',
  'analysis/refresh-actor-people',
  'events/migration-done',
  'events/mark-migration-done',
  'programs/programs-page',
  'programs/programs-page-with-lookahead',
  'places/places-page',
  'places/places-page-with-lookahead',
  'search/search-nodes',
  'funding/funding-flows',
  'funding/funding-flows-with-evidence',
  'funding/refresh-funder-events',
  'funding/refresh-funder-event-areas',
  'funding/refresh-funder-totals',
  'funding/funder-total-candidates',
  'funding/funders-above',
  'funding/funder-reach',
  'funding/funder-reach-page',
  'funding/funders-page',
  'network/neighbourhood',
  'network/neighbourhood-with-evidence',
  'network/shortest-paths',
  'network/shortest-paths-with-evidence',
  'analysis/partners',
  'analysis/partners-with-evidence',
  'analysis/interlocks',
  'analysis/interlocks-with-evidence',
  'analysis/collaboration-links',
  'analysis/timeline',
  'analysis/who-works-where',
  'sources/merge-sources',
  'seed/count-jisr-nodes',
  'seed/merge-nodes',
  'seed/merge-relationships',
  'seed/merge-evidence',
  'seed/reset',
  'dump/counts',
  'dump/sources-page',
  'dump/nodes-page',
  'dump/evidence-page',
  'export/graph-counts',
  'export/nodes-page',
  'export/relationships-page',
  'curation/clock',
  'curation/lock-nodes',
  'curation/read-nodes',
  'curation/read-relationships',
  'curation/read-links',
  'curation/read-containment',
  'curation/read-citations',
  'curation/read-quotes',
  'curation/merge-evidence',
  'curation/create-nodes',
  'curation/update-nodes',
  'curation/delete-nodes',
  'curation/put-relationships',
  'curation/delete-relationships',
  'curation/collect-evidence',
  'curation/record-changes',
  'curation/history-page',
  'curation/history-count',
  'curation/changes-by-ids',
  'curation/changes-of-batch',
  'curation/merge-put-redirect',
  'curation/merge-redirects',
  'import/known-names',
] as const;

export type CypherName = (typeof CYPHER_NAMES)[number];

/** The statements that create constraints and indexes, applied in this order at start-up (schema-objects only reads). */
export const SCHEMA_STATEMENTS: readonly CypherName[] = CYPHER_NAMES.filter((n) => n.startsWith('schema/') && n !== 'schema/schema-objects');

export class CypherRegistryError extends Error {
  override readonly name = 'CypherRegistryError';
}

/** A statement as it is sent: its text, and the names of the parameters it reads from its one map. */
interface SentStatement {
  readonly text: string;
  readonly parameters: readonly string[];
}

export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<CypherName, SentStatement>) {}

  /**
   * Reads every named statement from `dir`, and composes the composed ones; fails listing all missing or empty files.
   * Each is kept as it is sent: without its comments and indentation, and with its parameters read from one map
   * (src/neo4j/cypher-text.ts), so that `paramsOf` is what it is sent with.
   */
  static load(dir: string): CypherRegistry {
    const files = new Map<string, string>();
    const missing: string[] = [];
    for (const name of [...CYPHER_NAMES.filter((n) => !COMPOSED_STATEMENTS[n]), ...CYPHER_PARTS]) {
      const file = path.join(dir, `${name}.cypher`);
      const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
      if (text === '') missing.push(file);
      else files.set(name, text);
    }
    if (missing.length > 0) {
      throw new CypherRegistryError(`Missing or empty Cypher statement file(s):\n  ${missing.join('\n  ')}`);
    }
    const textOf = (name: string) => files.get(name) ?? '';
    return new CypherRegistry(new Map(CYPHER_NAMES.map((name) => [name, inOneMap(compactCypher(COMPOSED_STATEMENTS[name]?.(textOf) ?? textOf(name)))])));
  }

  get(name: CypherName): string {
    return this.statement(name).text;
  }

  /**
   * The parameters `name` is sent with: `params` in the one map its text reads. A value it names and `params`
   * lacks fails here, as Neo4j would fail a missing parameter: read from a map, it would silently be null.
   */
  paramsOf(name: CypherName, params: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const missing = this.statement(name).parameters.filter((p) => !(p in params));
    if (missing.length > 0) throw new CypherRegistryError(`Statement "${name}" needs parameter(s) ${missing.map((p) => `$${p}`).join(', ')}`);
    return { [PARAMETER_MAP]: params };
  }

  /** Every value `name` reads, each null: what it is run with when only its plan matters (src/neo4j/plan-warmup.ts). */
  nullValuesOf(name: CypherName): Record<string, null> {
    return Object.fromEntries(this.statement(name).parameters.map((p) => [p, null]));
  }

  names(): readonly CypherName[] {
    return [...this.statements.keys()];
  }

  /** The statements that only read (no updating clause), in the registry's order. */
  readNames(): readonly CypherName[] {
    return this.names().filter((name) => !mayWrite(this.statement(name).text));
  }

  private statement(name: CypherName): SentStatement {
    const statement = this.statements.get(name);
    // Unreachable after load(): every name was checked there.
    if (statement === undefined) throw new CypherRegistryError(`Unknown Cypher statement "${name}"`);
    return statement;
  }
}
