import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { StoredGraph, StoredNode } from '../../../src/dump/dump.model';
import { REPO_ROOT } from '../../../src/config';
import { articleFileOf, writeSeedDump } from '../../../src/dump/dump.writer';
import { readValidatedSeeds } from '../../../src/loading/seed-loader';
import type { SeedGraph } from '../../../src/seeds/seed.model';
import { NODE_SECTIONS, seedGraphFileSchema, sourcesFileSchema } from '../../../src/seeds/seed.schema';
import { ORIGIN, roundTrip, storedGraphOf } from './stored-graph';

const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
const seeds = readValidatedSeeds(SEEDS_DIR);
const stored = storedGraphOf(seeds);

/** A SeedGraph with every list in id order: equal when the graphs hold the same facts, whatever order files gave them in. */
function canonical(graph: SeedGraph): SeedGraph {
  const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sources: byId(graph.sources), nodes: byId(graph.nodes), relationships: byId(graph.relationships), evidence: byId(graph.evidence) };
}

function fileOf(dumpFiles: readonly { path: string; content: string }[], name: string): string {
  const file = dumpFiles.find((item) => item.path === name);
  if (!file) throw new Error(`the dump has no ${name}; it has ${dumpFiles.map((item) => item.path).join(', ')}`);
  return file.content;
}

/** One graph file's records by id (relationships by type, ends and role), with their quotes. */
function recordsOf(content: string): Map<string, Record<string, unknown>> {
  const data = seedGraphFileSchema.parse(parse(content));
  const records = new Map<string, Record<string, unknown>>();
  for (const section of NODE_SECTIONS) for (const record of data[section]) records.set(record.id, record);
  for (const rel of data.relationships) records.set(`${rel.type} ${rel.from} ${rel.to} ${rel.role ?? ''}`, rel);
  return records;
}

function withNode(graph: StoredGraph, node: StoredNode): StoredGraph {
  return { ...graph, nodes: [...graph.nodes, node] };
}

describe('dumping the seed graph', () => {
  const trip = roundTrip(stored);

  it('writes files that load back into the same seed graph: nodes, relationships, quotes and sources', () => {
    expect(trip.dump.problems).toEqual([]);
    expect(trip.dump.ignored).toEqual([]);
    expect(canonical(trip.reloaded.graph)).toEqual(canonical(seeds.graph));
    expect(trip.reloaded.sources).toEqual(seeds.sources);
    expect(trip.differences).toEqual([]);
  });

  it('counts what it wrote: the seed files own counts', () => {
    expect(trip.dump.count).toEqual({ sources: 5, nodes: 71, relationships: 117, evidence: 135 });
  });

  it('keeps the article files, byte for byte, under their names, and the entries of sources.yaml', () => {
    for (const source of seeds.graph.sources) {
      expect(fileOf(trip.dump.files, `articles/${source.file}`)).toBe(readFileSync(path.join(SEEDS_DIR, 'articles', source.file), 'utf8'));
    }
    const entries = sourcesFileSchema.parse(parse(fileOf(trip.dump.files, 'articles/sources.yaml')));
    expect(entries).toEqual(sourcesFileSchema.parse(parse(readFileSync(path.join(SEEDS_DIR, 'articles', 'sources.yaml'), 'utf8'))));
  });

  it('gives each article the records of its file in seeds/graph/ with the same quotes (aliases and basis as merged)', () => {
    for (const source of seeds.graph.sources) {
      const name = `${source.file.replace(/\.txt$/, '')}.yaml`;
      const dumped = recordsOf(fileOf(trip.dump.files, `graph/${name}`));
      const curated = recordsOf(readFileSync(path.join(SEEDS_DIR, 'graph', name), 'utf8'));
      expect([...dumped.keys()].sort()).toEqual([...curated.keys()].sort());
      for (const [key, record] of curated) {
        const { aliases: _aliases, basis: _basis, ...fields } = record;
        expect({ key, ...dumped.get(key) }).toMatchObject({ key, ...fields });
      }
    }
  });

  it('writes the same files twice over', () => {
    expect(writeSeedDump(stored, ORIGIN).files).toEqual(trip.dump.files);
  });

  it('heads every file with who dumped it, when and from where, and writes evidence one entry a line', () => {
    const file = fileOf(trip.dump.files, 'graph/003_519500e86f7a6d5c.yaml');
    expect(file.split('\n').slice(0, 4)).toEqual([
      '# Dumped by Jisr (jisr dump) at 2025-01-02T03:04:05.000Z from the database "neo4j" at bolt://127.0.0.1:7687.',
      '# Every fact that the source source:seed-003 (003_519500e86f7a6d5c.txt) gives evidence for, with that article\'s quotes',
      '# only; a fact that several articles state is in each of their files. Load with: jisr seed --reset --dir <this folder>',
      'source: source:seed-003',
    ]);
    expect(file).toContain('      - { quote: "نظمت منظمة مساءلة لحقوق الانسان", start: 770, end: 801 }\n');
    expect(file).toContain('    aliases: [ صدى, SADA, Sada, المنظمة الوطنية للإعلاميين اليمنيين ]\n');
    expect(fileOf(trip.dump.files, 'articles/sources.yaml')).toMatch(/^# Dumped by Jisr \(jisr dump\) at 2025-01-02T03:04:05.000Z/);
  });

  it('never writes a user name or password of the Neo4j URI', () => {
    const dump = writeSeedDump(stored, { ...ORIGIN, uri: 'neo4j+s://admin:secret@graph.example.org:7687' });
    expect(fileOf(dump.files, 'articles/sources.yaml')).toContain('at neo4j+s://graph.example.org:7687.');
    expect(dump.files.some((file) => file.content.includes('secret'))).toBe(false);
  });
});

describe('what the seed format does not hold', () => {
  const organization = stored.nodes.find((node) => node.id === 'org:musaala')!;
  const quoteOfSeed003 = organization.evidenceIds[0]!;

  it('leaves out properties it does not know (a curation version), and writes no default values', () => {
    const graph: StoredGraph = {
      ...stored,
      nodes: stored.nodes.map((node) => (node.id === 'org:musaala' ? { ...node, properties: { ...node.properties, version: 7 } } : node)),
    };
    const trip = roundTrip(graph);
    expect(trip.differences).toEqual([]);
    const file = fileOf(trip.dump.files, 'graph/003_519500e86f7a6d5c.yaml');
    expect(file).not.toContain('version');
    expect(file).not.toMatch(/searchKeys|basis: article|kind: PERSON|aliases: \[\s*\]/);
  });

  it('ignores nodes and relationships of labels and types Jisr does not know, and quotes no fact cites', () => {
    const graph: StoredGraph = {
      ...withNode(stored, { id: 'change:1', labels: ['Node', 'Change'], properties: { at: '2025-01-01' }, evidenceIds: [] }),
      relationships: [...stored.relationships, { id: 'x', type: 'CHANGED', from: 'change:1', to: 'org:musaala', properties: {}, evidenceIds: [] }],
      evidence: [...stored.evidence, { id: 'evidence:seed-003:0-5', sourceId: 'source:seed-003', quote: 'x', start: 0, end: 5 }],
    };
    const trip = roundTrip(graph);
    expect(trip.dump.ignored).toEqual([
      'node change:1 (labels Node, Change): not a kind of fact the seed files hold',
      'relationship x: CHANGED is not a Jisr relation type',
      'quote evidence:seed-003:0-5: no fact in the dump cites it',
    ]);
    expect(trip.dump.problems).toEqual([]);
    expect(trip.differences).toEqual([]);
  });

  it('says which node it leaves out for having no quote, and what falls with it', () => {
    const graph = withNode(stored, {
      id: 'org:no-evidence', labels: ['Node', 'Actor', 'Organization'],
      properties: { kind: 'NGO', name: 'No evidence', nameAr: 'بلا دليل', nameEn: 'No evidence', aliases: [], searchKeys: [] }, evidenceIds: [],
    });
    const withLink: StoredGraph = {
      ...graph,
      relationships: [...graph.relationships, {
        id: 'rel:LOCATED_IN:org:no-evidence:place:ye-marib', type: 'LOCATED_IN', from: 'org:no-evidence', to: 'place:ye-marib', properties: { basis: 'article' }, evidenceIds: [quoteOfSeed003],
      }],
    };
    expect(roundTrip(withLink).dump.problems).toEqual([
      'Organization org:no-evidence has no quote of a source in the graph, and every seed record needs one; it is left out.',
      'relationship rel:LOCATED_IN:org:no-evidence:place:ye-marib ends at org:no-evidence, which the dump leaves out; it is left out too.',
    ]);
  });

  it('reports a relationship stored without an id, which the loader gives one', () => {
    const graph: StoredGraph = {
      ...stored,
      relationships: stored.relationships.map((rel) => (rel.id === 'rel:FUNDED:org:saferworld:program:saned-community-peace' ? { ...rel, id: null } : rel)),
    };
    expect(roundTrip(graph).differences).toEqual(['relationship rel:FUNDED:org:saferworld:program:saned-community-peace has no id in the graph, and loads back with one.']);
  });

  it('reports quotes that would load back in another order than the stored one', () => {
    const event = stored.nodes.find((node) => node.id === 'event:2022-11-marib-consultative-meeting')!;
    const quoteOfSeed000 = stored.nodes.find((node) => node.id === 'org:ruwad-foundation')!.evidenceIds[0]!;
    // An editor added a quote of an earlier article after this event's own: the files list seed-000's first.
    const graph: StoredGraph = {
      ...stored,
      nodes: stored.nodes.map((node) => (node === event ? { ...node, evidenceIds: [...node.evidenceIds, quoteOfSeed000] } : node)),
    };
    expect(roundTrip(graph).differences).toEqual(expect.arrayContaining([
      expect.stringMatching(/^node event:2022-11-marib-consultative-meeting: its quotes load back in another order/),
      // The loader reports the event by the article it now also quotes.
      'relationship rel:REPORTED_BY:event:2022-11-marib-consultative-meeting:source:seed-000 appears on reload, but is not in the graph.',
    ]));
  });
});

describe('sources', () => {
  it('gives a source that no fact quotes yet, and that never was a file, its entry, its text and a graph file', () => {
    const text = 'نص مقال جديد لم يقتبس منه شيء بعد.\n';
    const graph: StoredGraph = {
      ...stored,
      sources: [...stored.sources, { id: 'source:radio-x-2024', properties: { title: 'خبر', language: 'ar', text } }],
    };
    const trip = roundTrip(graph);
    expect(trip.differences).toEqual([]);
    expect(fileOf(trip.dump.files, 'articles/radio-x-2024.txt')).toBe(text);
    expect(fileOf(trip.dump.files, 'graph/radio-x-2024.yaml')).toMatch(/\nsource: source:radio-x-2024\n$/);
    expect(trip.reloaded.sources.find((source) => source.id === 'source:radio-x-2024')).toEqual({
      id: 'source:radio-x-2024', file: 'radio-x-2024.txt', title: 'خبر', outlet: null, publishedOn: null, publishedOnText: null, language: 'ar', url: null, text,
    });
  });
});

describe('article file names', () => {
  const source = (properties: Record<string, string>) => ({ id: 'source:radio-x-2024', properties: { title: 't', language: 'ar', text: '', ...properties } });

  it('keeps the name the loader stored', () => {
    expect(articleFileOf(source({ file: '000_2afb7b945ed686bc.txt' }))).toBe('000_2afb7b945ed686bc.txt');
  });

  it('makes one from the id for a source that never was a file', () => {
    expect(articleFileOf(source({}))).toBe('radio-x-2024.txt');
  });

  it('never uses a stored name that is a path', () => {
    expect(articleFileOf(source({ file: '../../etc/cron.d/x.txt' }))).toBe('radio-x-2024.txt');
  });
});
