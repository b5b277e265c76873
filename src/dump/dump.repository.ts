import { int } from 'neo4j-driver';
import { RELATION_TYPES } from '../model/vocabulary';
import type { CypherName } from '../neo4j/cypher-registry';
import type { CypherParams, Neo4jExecutor, QueryContext } from '../neo4j/executor';
import type {
  StoredEvidence, StoredNode, StoredProperties, StoredRelationship, StoredSource, StoredValue,
} from './dump.model';

/** How many rows one page reads: sources carry whole article texts, so their pages are short. */
export interface DumpPageSizes {
  readonly sources: number;
  readonly nodes: number;
  readonly evidence: number;
}

export const DEFAULT_PAGE_SIZES: DumpPageSizes = { sources: 25, nodes: 500, evidence: 2_000 };

export interface DumpCounts {
  readonly sources: number;
  readonly nodes: number;
  readonly evidence: number;
}

/** One page of nodes, with the relationships that start from them. */
export interface NodePage {
  readonly nodes: StoredNode[];
  readonly relationships: StoredRelationship[];
}

// Bulk work: each page is small, but a busy server may take longer than an API request is allowed.
const CTX: QueryContext = { operation: 'dump', timeoutMs: 120_000 };

interface NodeRow {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  outgoing: { id: unknown; type: string; to: string; properties: Record<string, unknown> }[];
}
interface SourceRow {
  id: string;
  properties: Record<string, unknown>;
}

/**
 * Reads the whole graph for `jisr dump`, page by page in id order (an index seek from the last id of the
 * previous page), so that no statement returns the whole graph at once. Each page is its own read
 * transaction: a dump taken while editors write may see some of their changes and not others, which the
 * dump's reload check then reports.
 */
export class DumpRepository {
  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly pageSizes: DumpPageSizes = DEFAULT_PAGE_SIZES,
  ) {}

  async counts(): Promise<DumpCounts> {
    const [row] = await this.executor.read<DumpCounts>('dump/counts', {}, CTX);
    return row ?? { sources: 0, nodes: 0, evidence: 0 };
  }

  async *sourcePages(): AsyncGenerator<StoredSource[]> {
    for await (const rows of this.pages<SourceRow>('dump/sources-page', {}, this.pageSizes.sources)) {
      yield rows.map((row) => ({ id: row.id, properties: storedProperties(row.properties, ['id']) }));
    }
  }

  async *nodePages(): AsyncGenerator<NodePage> {
    for await (const rows of this.pages<NodeRow>('dump/nodes-page', { types: RELATION_TYPES }, this.pageSizes.nodes)) {
      yield {
        nodes: rows.map((row) => ({
          id: row.id,
          labels: row.labels,
          properties: storedProperties(row.properties, ['id', 'evidenceIds']),
          evidenceIds: stringsOf(row.properties.evidenceIds),
        })),
        relationships: rows.flatMap((row) => row.outgoing.map((rel) => ({
          id: typeof rel.id === 'string' ? rel.id : null,
          type: rel.type,
          from: row.id,
          to: rel.to,
          properties: storedProperties(rel.properties, ['id', 'evidenceIds']),
          evidenceIds: stringsOf(rel.properties.evidenceIds),
        }))),
      };
    }
  }

  async *evidencePages(): AsyncGenerator<StoredEvidence[]> {
    yield* this.pages<StoredEvidence>('dump/evidence-page', {}, this.pageSizes.evidence);
  }

  private async *pages<Row extends { id: string }>(name: CypherName, params: CypherParams, limit: number): AsyncGenerator<Row[]> {
    // Ids are non-empty strings, so '' sorts before every one of them.
    let after = '';
    for (;;) {
      const rows = await this.executor.read<Row>(name, { ...params, after, limit: int(limit) }, CTX); // LIMIT needs an integer, not a JS float
      if (rows.length > 0) yield rows;
      const last = rows.at(-1);
      if (rows.length < limit || !last) return;
      after = last.id;
    }
  }
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function storedProperties(properties: Record<string, unknown>, leaveOut: readonly string[]): StoredProperties {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !leaveOut.includes(key)).map(([key, value]) => [key, storedValue(value)]));
}

/** Jisr stores strings, numbers, booleans and lists of them; anything else (a temporal, say) reads as its text. */
function storedValue(value: unknown): StoredValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(storedValue);
  return String(value);
}
