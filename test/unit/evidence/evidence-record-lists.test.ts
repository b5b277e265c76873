import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { REPO_ROOT } from '../../../src/config';
import { Evidence } from '../../../src/evidence/evidence.type';
import { EVIDENCE_RECORD_PROPERTIES, SOURCE_METADATA_PROPERTIES, evidenceWithSource } from '../../../src/graph/graph.repository';

// Evidence records travel as lists (an evidence record's values, then its source's), so the statements and the
// mapper must agree on one order; a property out of place would put a title where a quote belongs, with no error.
const statement = (name: string) => readFileSync(path.join(REPO_ROOT, 'cypher', `${name}.cypher`), 'utf8')
  .split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');

/** The property names of each `[v.a, v.b, …]` list of the variable `v` in the text. */
const listed = (text: string, variable: string) => [...text.matchAll(new RegExp(`\\[(${variable}\\.\\w+(?:,\\s*${variable}\\.\\w+)*)`, 'g'))]
  .map((m) => m[1]!.split(',').map((item) => item.trim().slice(variable.length + 1)));

describe('evidence records as statements list them', () => {
  it.each([['evidence/evidence-records', 'record', 'source'], ['graph/lookahead-of-node', 'e', 's']])(
    '%s lists the record, then its source, in the mapper\'s order', (name, record, source) => {
      const text = statement(name);
      expect(listed(text, record)).toEqual([[...EVIDENCE_RECORD_PROPERTIES]]);
      expect(listed(text, source)).toEqual([[...SOURCE_METADATA_PROPERTIES]]);
    });

  it('carry every field of Source that is stored, and every stored field of Evidence', () => {
    // Resolvers compute Evidence.source (from the stored sourceId) and Evidence.context; the rest is the record's.
    const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
    const fields = (type: string) => Object.keys((schema.getType(type) as { getFields(): object }).getFields()).sort();
    expect([...SOURCE_METADATA_PROPERTIES].sort()).toEqual(fields('Source'));
    expect([...EVIDENCE_RECORD_PROPERTIES.filter((key) => key !== 'sourceId'), 'source', 'context'].sort()).toEqual(fields('Evidence'));
  });

  it('map back to the record and its source, or to no source when it is gone', () => {
    const row = ['evidence:s-1:0-5', 'source:s-1', 'جسر', 0, 5, ['source:s-1', 3, 'عنوان', 'outlet', '2024-01-02', null, 'ar', null]];
    const { evidence, source } = evidenceWithSource(row);
    expect(evidence).toBeInstanceOf(Evidence);
    expect({ ...evidence }).toEqual({ id: 'evidence:s-1:0-5', sourceId: 'source:s-1', quote: 'جسر', start: 0, end: 5 });
    expect(source).toMatchObject({ id: 'source:s-1', version: 3, title: 'عنوان', outlet: 'outlet', publishedOn: '2024-01-02', language: 'ar' });
    expect(evidenceWithSource([...row.slice(0, 5), null]).source).toBeNull();
  });
});
