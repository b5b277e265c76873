import * as fs from 'node:fs';
import * as path from 'node:path';
import { locateQuotesInYaml } from '../../../src/seeds/locate-quotes';
import { locateQuote, occurrencesOf } from '../../../src/seeds/seed.quotes';
import { GRAPH_FILES, realSeedFiles } from './seed-fixtures';

const article = 'نفذت المؤسسة اليوم حلقة نقاش. وشارك في حلقة نقاش (20) من القيادات.';

describe('locating quotes', () => {
  it('finds every occurrence of a quote, as UTF-16 offsets', () => {
    expect(occurrencesOf(article, 'حلقة نقاش')).toEqual([19, 39]);
    expect(article.slice(19, 19 + 'حلقة نقاش'.length)).toBe('حلقة نقاش');
  });

  it('anchors an ambiguous quote only with a hint, at the nearest occurrence', () => {
    expect(locateQuote(article, 'حلقة نقاش')).toEqual({ kind: 'ambiguous', starts: [19, 39] });
    expect(locateQuote(article, 'حلقة نقاش', 40)).toEqual({ kind: 'found', start: 39, end: 48 });
    expect(locateQuote(article, 'غير موجود')).toEqual({ kind: 'missing' });
  });
});

describe('locate-quotes CLI', () => {
  const yaml = [
    '# a comment the curator wrote',
    'source: source:seed-x',
    'events:',
    '  - id: event:undated-x',
    '    evidence:',
    '      - { quote: "نفذت المؤسسة" }  # why this quote',
    '      - { quote: "حلقة نقاش", start: 40, end: 0 }',
    'relationships:',
    '  - type: ORGANIZED',
    '    evidence:',
    '      - { quote: "(20) من القيادات", start: 999, end: 1000 }',
    '',
  ].join('\n');

  it('fills in missing offsets and repairs wrong ones, keeping comments and layout', () => {
    const result = locateQuotesInYaml(yaml, article);
    expect(result.problems).toEqual([]);
    expect(result.fixes.map((fix) => [fix.where, fix.to])).toEqual([
      ['events[0] (event:undated-x).evidence[0]', { start: 0, end: 12 }],
      ['events[0] (event:undated-x).evidence[1]', { start: 39, end: 48 }],
      ['relationships[0].evidence[0]', { start: 49, end: 65 }],
    ]);
    expect(result.content).toContain('# a comment the curator wrote');
    expect(result.content).toContain('# why this quote');
    expect(result.content).toContain('- { quote: "نفذت المؤسسة", start: 0, end: 12 }');
  });

  it('reports a quote that is not in the article, and an ambiguous quote without a start', () => {
    const result = locateQuotesInYaml('events:\n  - id: event:x\n    evidence:\n      - { quote: "حلقة نقاش" }\n      - { quote: "نقاش مفتوح" }\n', article);
    expect(result.problems).toEqual([
      'events[0] (event:x).evidence[0]: quote "حلقة نقاش" occurs 2 times (at 19, 39); set start to the one you mean, or lengthen the quote',
      'events[0] (event:x).evidence[1]: quote "نقاش مفتوح" is not in the article; copy it verbatim from the article',
    ]);
  });

  it('finds nothing to change in the curated seed files', () => {
    const files = realSeedFiles();
    for (const file of Object.values(GRAPH_FILES)) {
      const content = fs.readFileSync(file, 'utf8');
      const articleFile = files.articles.find((item) => path.basename(item.path, '.txt') === path.basename(file, '.yaml'));
      const result = locateQuotesInYaml(content, articleFile?.content ?? '');
      expect({ file, fixes: result.fixes, problems: result.problems }).toEqual({ file, fixes: [], problems: [] });
    }
  });
});
