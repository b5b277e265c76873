import * as fs from 'node:fs';
import * as path from 'node:path';
import { readValidatedSeeds } from '../../../src/loading/seed-loader';
import { ID_PATTERN, NODE_LABELS } from '../../../src/model/vocabulary';
import { readSources } from '../../../src/seeds/seed.sources';
import { normalizeSearchKey } from '../../../src/text/arabic-normalize';
import { SEEDS_DIR, realSeedFiles } from './seed-fixtures';

const { graph } = readValidatedSeeds(SEEDS_DIR);
const articleText = new Map(
  graph.sources.map((source) => [source.id, fs.readFileSync(path.join(SEEDS_DIR, 'articles', source.file), 'utf8')]),
);
const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));

describe('the curated seed files', () => {
  it('validate with zero errors', () => {
    const files = realSeedFiles();
    expect(files.graphs.map((file) => path.basename(file.path))).toEqual([
      '000_2afb7b945ed686bc.yaml', '001_639097f22e724e9d.yaml', '002_c203e310aaacb586.yaml',
      '003_519500e86f7a6d5c.yaml', '004_a119cfdbeb6871cd.yaml',
    ]);
    expect(() => readValidatedSeeds(SEEDS_DIR)).not.toThrow();
  });

  it('cover every article of sources.yaml with one graph file', () => {
    const files = realSeedFiles();
    const { sources, errors } = readSources(files.sources, files.articles);
    expect(errors).toEqual([]);
    const stems = files.graphs.map((file) => path.basename(file.path, '.yaml'));
    expect([...sources.values()].map((entry) => entry.source.file.replace(/\.txt$/, ''))).toEqual(stems);
  });
});

describe('evidence', () => {
  it('has every quote at its offsets in its article (all of them)', () => {
    const misplaced = graph.evidence.filter((item) => articleText.get(item.sourceId)?.slice(item.start, item.end) !== item.quote);
    expect(misplaced).toEqual([]);
    expect(graph.evidence.length).toBeGreaterThan(100);
  });

  it('derives evidence ids from the source and the offsets', () => {
    for (const item of graph.evidence) {
      expect(item.id).toBe(`evidence:${item.sourceId.replace('source:', '')}:${item.start}-${item.end}`);
    }
  });

  it('backs every node and every relationship with at least one quote that exists', () => {
    const evidenceIds = new Set(graph.evidence.map((item) => item.id));
    const unbacked = [...graph.nodes, ...graph.relationships]
      .filter((record) => record.evidenceIds.length === 0 || record.evidenceIds.some((id) => !evidenceIds.has(id)))
      .map((record) => record.id);
    expect(unbacked).toEqual([]);
  });

  it('keeps quotes short: a clause, not a paragraph', () => {
    const long = graph.evidence.filter((item) => item.quote.length > 200).map((item) => item.quote);
    expect(long).toEqual([]);
  });
});

describe('nodes', () => {
  it('use readable ids typed by prefix and only the fixed label sets', () => {
    const labelSets = new Set(graph.nodes.map((node) => node.labels.join('+')));
    expect([...labelSets].sort()).toEqual(['Actor+Organization', 'Actor+Person', 'Event', 'Place', 'Program']);
    for (const node of graph.nodes) {
      expect(node.id).toMatch(ID_PATTERN);
      for (const label of node.labels) expect(NODE_LABELS).toContain(label);
    }
  });

  it('merges an entity named in several articles into one node: Yemen', () => {
    const yemen = graph.nodes.filter((node) => node.id === 'place:ye');
    expect(yemen).toHaveLength(1);
    const sourcesOfYemen = new Set(yemen[0]?.evidenceIds.map((id) => id.split(':')[1]));
    expect(sourcesOfYemen).toEqual(new Set(['seed-000', 'seed-003']));
    // The Radfan article only implies Yemen; the Marib article names it, so the merged node rests on an article.
    expect(yemen[0]?.properties).toMatchObject({ kind: 'COUNTRY', nameAr: 'اليمن', nameEn: 'Yemen', basis: 'article' });
  });

  it('stores only Neo4j-storable property values, never null or undefined', () => {
    for (const record of [...graph.nodes, ...graph.relationships]) {
      for (const [key, value] of Object.entries(record.properties)) {
        const storable = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
        expect({ id: record.id, key, storable }).toEqual({ id: record.id, key, storable: true });
      }
    }
  });

  it('carries search keys for nameAr, nameEn and every alias', () => {
    const eu = nodeById.get('org:eu');
    expect(eu?.properties.searchKeys).toEqual(expect.arrayContaining([
      normalizeSearchKey('الاتحاد الأوروبي'), 'european union', 'eu',
    ]));
    expect(nodeById.get('org:undp')?.properties.searchKeys).toContain('undp');
    expect(nodeById.get('org:saferworld')?.properties.searchKeys).toContain('saferworld');
    expect(nodeById.get('org:dgsn')?.properties.searchKeys).toContain('direction generale de la surete nationale');
  });

  it('gives every event inclusive date bounds matching its precision', () => {
    const bounds = Object.fromEntries(graph.nodes.filter((node) => node.labels[0] === 'Event').map((node) => {
      const properties = node.properties as { datePrecision: string; dateStart?: string; dateEnd?: string };
      return [node.id, [properties.datePrecision, properties.dateStart, properties.dateEnd]];
    }));
    expect(bounds).toEqual({
      'event:undated-al-habilayn-discussion-session': ['UNKNOWN', undefined, undefined],
      'event:2014-08-07-sidi-bernoussi-meeting': ['DAY', '2014-08-07', '2014-08-07'],
      'event:2014-08-07-hay-hassani-meeting': ['DAY', '2014-08-07', '2014-08-07'],
      'event:undated-sidi-bernoussi-school-awareness-campaigns': ['UNKNOWN', undefined, undefined],
      'event:undated-psd-community-police-donors-conference': ['UNKNOWN', undefined, undefined],
      'event:undated-psd-undp-community-police-field-survey': ['UNKNOWN', undefined, undefined],
      'event:2022-11-marib-consultative-meeting': ['MONTH', '2022-11-01', '2022-11-30'],
      'event:2022-11-marib-journalists-consultative-meeting': ['MONTH', '2022-11-01', '2022-11-30'],
      'event:2009-06-18-jenin-open-meeting': ['DAY', '2009-06-18', '2009-06-18'],
      'event:2008-jenin-security-campaign': ['YEAR', '2008-01-01', '2008-12-31'],
    });
  });

  it('starts every event id with its date as known, or "undated"', () => {
    for (const node of graph.nodes.filter((item) => item.labels[0] === 'Event')) {
      const { date } = node.properties as { date?: string };
      expect(node.id.startsWith(`event:${date ?? 'undated'}-`)).toBe(true);
    }
  });
});

describe('relationships', () => {
  it('have stable ids: type, ends, and the role when the type has one', () => {
    for (const relationship of graph.relationships) {
      const role = relationship.properties.role;
      expect(relationship.id).toBe(`rel:${relationship.type}:${relationship.from}:${relationship.to}${role ? `:${role}` : ''}`);
    }
    expect(new Set(graph.relationships.map((relationship) => relationship.id)).size).toBe(graph.relationships.length);
  });

  it('report every event by the source its file is written from', () => {
    const events = graph.nodes.filter((node) => node.labels[0] === 'Event').map((node) => node.id);
    const reported = graph.relationships.filter((relationship) => relationship.type === 'REPORTED_BY');
    expect(reported.map((relationship) => relationship.from).sort()).toEqual([...events].sort());
    expect(reported.find((relationship) => relationship.from === 'event:2009-06-18-jenin-open-meeting')?.to).toBe('source:seed-004');
  });

  it('connect only ids that exist', () => {
    const ids = new Set([...graph.nodes.map((node) => node.id), ...graph.sources.map((source) => source.id)]);
    const dangling = graph.relationships.filter((relationship) => !ids.has(relationship.from) || !ids.has(relationship.to));
    expect(dangling).toEqual([]);
  });

  it('mark place links that rest on geography rather than the article', () => {
    const lahjInYemen = graph.relationships.find((relationship) => relationship.id === 'rel:LOCATED_IN:place:ye-lahj:place:ye');
    expect(lahjInYemen?.properties.basis).toBe('gazetteer');
    const habilaynInRadfan = graph.relationships.find((relationship) => relationship.id === 'rel:LOCATED_IN:place:ye-lahj-radfan-al-habilayn:place:ye-lahj-radfan');
    expect(habilaynInRadfan?.properties.basis).toBe('article');
  });
});

describe('the graph as a whole', () => {
  it('has the counts the curated files hold', () => {
    const count = (values: string[]): Record<string, number> =>
      values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
    expect(count(graph.nodes.map((node) => node.labels.join('+')))).toEqual({
      'Actor+Organization': 24, 'Actor+Person': 10, Event: 10, Program: 6, Place: 21,
    });
    expect(count(graph.relationships.map((relationship) => relationship.type))).toEqual({
      FUNDED: 5, IMPLEMENTED: 9, ORGANIZED: 15, PARTNERED_WITH: 3, PARTICIPATED_IN: 13, PART_OF: 15,
      HELD_IN: 8, LOCATED_IN: 29, HOLDS_POSITION: 10, REPORTED_BY: 10,
    });
    expect(graph.sources.map((source) => source.id)).toEqual(['source:seed-000', 'source:seed-001', 'source:seed-002', 'source:seed-003', 'source:seed-004']);
  });
});
