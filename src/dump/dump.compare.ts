/**
 * The dump's proof that it is a backup: the seed graph its files load back into, compared with the graph
 * it was read from. Every fact written must come back with the same properties, quotes (in the same
 * order) and ids; a difference is listed in words. Properties the seed format does not know (a curation
 * `version`, say) are not compared: they are left out on purpose.
 */
import { isDeepStrictEqual } from 'node:util';
import { NODE_LABELS, type RelationType } from '../model/vocabulary';
import { type SeedGraph, relationshipIdOf } from '../seeds/seed.model';
import type { SourceRecord } from '../sources/source.repository';
import type { StoredGraph, StoredProperties, StoredRelationship } from './dump.model';
import { type SeedDump, relationshipKey } from './dump.writer';

/** What `readValidatedSeeds` gives for the dump folder. */
export interface ReloadedSeeds {
  readonly graph: SeedGraph;
  readonly sources: readonly SourceRecord[];
}

const KNOWN_LABELS = new Set<string>(NODE_LABELS);
const json = (value: unknown): string => JSON.stringify(value) ?? 'nothing';

/** Every way the reloaded graph differs from the stored one, in the facts the dump wrote. */
export function reloadDifferences(stored: StoredGraph, written: SeedDump['written'], reloaded: ReloadedSeeds): string[] {
  const differences: string[] = [];
  const nodes = new Map(reloaded.graph.nodes.map((node) => [node.id, node]));
  for (const node of stored.nodes) {
    if (!written.nodes.has(node.id)) continue;
    const back = nodes.get(node.id);
    nodes.delete(node.id);
    if (!back) {
      differences.push(`node ${node.id} does not load back.`);
      continue;
    }
    const labels = node.labels.filter((label) => KNOWN_LABELS.has(label)).sort();
    if (!isDeepStrictEqual(labels, [...back.labels].sort())) {
      differences.push(`node ${node.id}: labels ${json(labels)} in the graph load back as ${json([...back.labels].sort())}.`);
    }
    differences.push(...propertyDifferences(`node ${node.id}`, node.properties, back.properties));
    differences.push(...evidenceDifferences(`node ${node.id}`, node.evidenceIds, back.evidenceIds));
  }
  for (const id of nodes.keys()) differences.push(`node ${id} appears on reload, but is not in the graph.`);

  const relationships = new Map(reloaded.graph.relationships.map((relationship) => [relationship.id, relationship]));
  for (const relationship of stored.relationships) {
    const key = relationshipKey(relationship);
    if (!written.relationships.has(key)) continue;
    const loaderId = loaderIdOf(relationship);
    const back = relationships.get(key) ?? relationships.get(loaderId);
    if (!back) {
      differences.push(`relationship ${key} does not load back.`);
      continue;
    }
    relationships.delete(back.id);
    if (relationship.id === null) differences.push(`relationship ${key} has no id in the graph, and loads back with one.`);
    else if (back.id !== key) differences.push(`relationship ${key} loads back with the id ${back.id}.`);
    differences.push(...propertyDifferences(`relationship ${key}`, relationship.properties, back.properties));
    differences.push(...evidenceDifferences(`relationship ${key}`, relationship.evidenceIds, back.evidenceIds));
  }
  for (const id of relationships.keys()) differences.push(`relationship ${id} appears on reload, but is not in the graph.`);

  const evidence = new Map(stored.evidence.map((item) => [item.id, item]));
  for (const item of reloaded.graph.evidence) {
    const before = evidence.get(item.id);
    if (!before) differences.push(`quote ${item.id} appears on reload, but is not in the graph.`);
    else if (!isDeepStrictEqual({ ...before }, { ...item })) differences.push(`quote ${item.id} is ${json(before)} in the graph but loads back as ${json(item)}.`);
  }

  const sources = new Map(reloaded.sources.map((source) => [source.id, source]));
  for (const source of stored.sources) {
    const back = sources.get(source.id);
    if (!back) {
      differences.push(`source ${source.id} does not load back.`);
      continue;
    }
    // A source written without a file name (through the API, say) gets one in the dump, made from its id;
    // the reload storing that name is the point, not a difference.
    const { file, ...fields } = back;
    const compared: StoredProperties = source.properties.file === undefined ? fields : { ...fields, file: file ?? null };
    differences.push(...propertyDifferences(`source ${source.id}`, source.properties, compared));
  }
  return differences;
}

/** The id the loader gives a relationship (rel:<TYPE>:<from>:<to>[:<role>]). */
function loaderIdOf(relationship: StoredRelationship): string {
  const role = relationship.properties.role;
  return relationshipIdOf(relationship.type as RelationType, relationship.from, relationship.to, typeof role === 'string' ? role : undefined);
}

/** The reloaded properties that differ from the stored ones (absent and null are the same: Neo4j stores no null). */
function propertyDifferences(what: string, before: StoredProperties, after: Readonly<Record<string, unknown>>): string[] {
  const differences: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (key === 'id') continue;
    const was = before[key] ?? null;
    if (!isDeepStrictEqual(was, value ?? null)) differences.push(`${what}: ${key} is ${json(was)} in the graph but loads back as ${json(value)}.`);
  }
  return differences;
}

function evidenceDifferences(what: string, before: readonly string[], after: readonly string[]): string[] {
  if (isDeepStrictEqual([...before], [...after])) return [];
  const sameSet = before.length === after.length && before.every((id) => after.includes(id));
  return [sameSet
    ? `${what}: its quotes load back in another order (${json(after)}, not ${json(before)}); the seed files list a fact's quotes file by file.`
    : `${what}: its quotes ${json(before)} load back as ${json(after)}.`];
}
