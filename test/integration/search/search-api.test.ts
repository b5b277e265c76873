import { SearchNodesDocument, type SearchNodesQuery } from '../../../src/generated/operations';
import { buildSearchQuery } from '../../../src/search/lucene-query';
import { SearchRepository } from '../../../src/search/search.repository';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

type Hit = SearchNodesQuery['search'][number];

const search = async (text: string, first?: number): Promise<Hit[]> => {
  const { result } = await client.run(SearchNodesDocument, { text, first });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
};
const idsOf = (hits: readonly Hit[]) => hits.map((h) => h.node.id);
const errorOf = async (text: string, first?: number) => {
  const { result } = await client.run(SearchNodesDocument, { text, first });
  return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message, data: result.data };
};

describe('search', () => {
  describe('Arabic spelling variants', () => {
    it.each([
      ['as published', 'الاتحاد الاوروبي'],
      ['with hamza on the alef', 'الاتحاد الأوروبي'],
      ['with alef maqsura for the final yaa', 'الاتحاد الاوروبى'],
      ['with hamza below in «الإتحاد»', 'الإتحاد الأوروبي'],
      ['with diacritics', 'الاتِّحادُ الأوروبيُّ'],
      ['with tatweel', 'الاتحـــاد الأوروبـــي'],
    ])('finds the European Union first when it is written %s', async (_how, text) => {
      const [first] = await search(text);
      expect(first!.node).toMatchObject({ __typename: 'Organization', id: 'org:eu', name: 'European Union' });
    });

    it('finds «منظمة مساءلة» written with haa for taa marbuta', async () => {
      expect(idsOf(await search('منظمه مساءله لحقوق الانسان'))[0]).toBe('org:musaala');
    });

    it('finds «الملتقى المدني» written with yaa for alef maqsura', async () => {
      expect(idsOf(await search('الملتقي المدني'))[0]).toBe('org:civil-forum');
    });

    it('finds «مؤسسة رواد التنمية» typed without the hamza on its seat', async () => {
      expect(idsOf(await search('موسسه رواد التنميه'))[0]).toBe('org:ruwad-foundation');
    });

    it('finds a name typed without its definite article', async () => {
      expect(idsOf(await search('اتحاد اوروبي'))).toContain('org:eu');
    });
  });

  describe('Latin script', () => {
    it.each(['UNDP', 'undp', 'Undp'])('finds UNDP first for %j, whatever the case', async (text) => {
      expect(idsOf(await search(text))[0]).toBe('org:undp');
    });

    it.each(['Saferworld', 'saferworld', 'SAFERWORLD', 'سيفيرورلد'])('finds Saferworld first for %j', async (text) => {
      expect(idsOf(await search(text))[0]).toBe('org:saferworld');
    });
  });

  describe('partial words', () => {
    it.each([
      ['safer', 'org:saferworld'],
      ['مساء', 'org:musaala'],
      ['jeni', 'place:ps-jenin-jenin'],
    ])('finds something from the prefix %j', async (text, id) => {
      expect(idsOf(await search(text))).toContain(id);
    });
  });

  describe('ranking', () => {
    it('puts the node whose name is exactly the text first, above names that contain it', async () => {
      const hits = await search('UNDP');
      expect(hits[0]!.node.id).toBe('org:undp');
      expect(hits[0]!.score).toBeGreaterThanOrEqual(3);
      expect(idsOf(hits.slice(1))).toEqual(expect.arrayContaining(['program:undp-psd-community-policing-cooperation', 'program:psd-undp-community-police-mou']));
      expect(hits.slice(1).every((h) => h.score >= 2 && h.score < 3)).toBe(true);
    });

    it('ranks an exact phrase above all words apart, and all words above some words', async () => {
      const hits = await search('security zone', 50);
      const tierOf = (id: string) => Math.floor(hits.find((h) => h.node.id === id)!.score);
      expect(tierOf('org:dgsn-sidi-bernoussi-security-zone')).toBe(2);
      expect(tierOf('event:undated-sidi-bernoussi-school-awareness-campaigns')).toBe(1);
      expect(tierOf('org:dgsn')).toBe(0);
      const ids = idsOf(hits);
      expect(ids.indexOf('org:dgsn-sidi-bernoussi-security-zone')).toBeLessThan(ids.indexOf('event:undated-sidi-bernoussi-school-awareness-campaigns'));
      expect(ids.indexOf('event:undated-sidi-bernoussi-school-awareness-campaigns')).toBeLessThan(ids.indexOf('org:dgsn'));
    });

    it('orders hits by score, then by id, the same way on every request', async () => {
      const hits = await search('ال', 50);
      expect(hits.length).toBeGreaterThan(10);
      for (let i = 1; i < hits.length; i += 1) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.score > b.score || (a.score === b.score && a.node.id < b.node.id)).toBe(true);
      }
      // Asked again, the hits of both answers come in the same order with the same scores (another test may
      // add or remove a node that matches in between: only the hits both answers hold are compared).
      const again = await search('ال', 50);
      const inBoth = (list: Hit[], other: Hit[]) => list.filter((h) => other.some((o) => o.node.id === h.node.id));
      expect(inBoth(again, hits)).toEqual(inBoth(hits, again));
      expect(inBoth(hits, again).length).toBeGreaterThan(10);
    });

    it.each([
      ['Organization', 'saferworld', 'org:saferworld'],
      ['Person', 'وهيب الذيباني', 'person:waheeb-al-dhibani'],
      ['Event', 'الحملة الامنية في محافظة جنين', 'event:2008-jenin-security-campaign'],
      ['Program', 'معا نحمي حقوقنا', 'program:together-we-protect-our-rights'],
      ['Place', 'مأرب', 'place:ye-marib'],
    ])('finds the %s named by the text', async (typename, text, id) => {
      expect((await search(text))[0]!.node).toMatchObject({ __typename: typename, id });
    });

    it('returns at most `first` hits', async () => {
      expect(await search('ال', 3)).toHaveLength(3);
      expect((await search('ال')).length).toBe(10);
    });

    it('answers an empty list when nothing matches', async () => {
      expect(await search('zzqxv')).toEqual([]);
    });
  });

  describe('round trips', () => {
    it('costs one statement, and primes the hits so nested fields batch', async () => {
      const { result, context } = await client.run(SearchNodesDocument, { text: 'jenin', first: 50 });
      expect(result.errors).toBeUndefined();
      // The places' countries are one batch; the hits themselves are never fetched again by id.
      expect(context.recorder.names()).toEqual(['search/search-nodes', 'graph/countries']);
      const place = result.data!.search.find((h) => h.node.id === 'place:ps-jenin-jenin')!.node;
      expect(place).toMatchObject({ __typename: 'Place', country: { id: 'place:ps' } });
      expect(await context.loaders.nodes.load('place:ps-jenin-jenin')).toMatchObject({ id: 'place:ps-jenin-jenin' });
      expect(context.recorder.names()).not.toContain('graph/nodes-by-ids');
    });
  });

  describe('hostile text', () => {
    it.each([
      ['a double quote', '"'],
      ['an opening parenthesis', '('],
      ['a tilde', '~'],
      ['an asterisk', '*'],
      ['the operator AND', 'AND'],
      ['the operators OR NOT', 'OR NOT'],
      ['a backslash', '\\'],
      ['an unbalanced quote', '"abc'],
      ['a field query', 'title:"x" OR id:*'],
      ['a fuzzy query', 'saferworld~2'],
      ['a range', '[a TO z]'],
      ['a boost', 'undp^100'],
      ['a regular expression', '/.*/'],
      ['10 000 characters', 'x'.repeat(10_000)],
      ['nothing', ''],
      ['blanks', '   \t\n'],
    ])('answers %s with data or BAD_USER_INPUT, never an internal error', async (_what, text) => {
      const { result } = await client.run(SearchNodesDocument, { text });
      if (result.errors) {
        expect(result.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      } else {
        expect(Array.isArray(result.data!.search)).toBe(true);
      }
    });

    it('searches the words around Lucene syntax as text', async () => {
      expect(idsOf(await search('saferworld~2'))[0]).toBe('org:saferworld');
      expect(idsOf(await search('(UNDP)'))[0]).toBe('org:undp');
      expect(idsOf(await search('"UNDP'))[0]).toBe('org:undp');
    });

    it('treats AND, OR and NOT as plain words, not operators', async () => {
      // As operators, «NOT undp» would exclude UNDP and «undp AND zzz» would require zzz.
      expect(idsOf(await search('NOT undp'))).toContain('org:undp');
      expect(idsOf(await search('undp AND zzz'))).toContain('org:undp');
    });

    it('rejects blank text, naming the argument', async () => {
      expect(await errorOf('  ')).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Expected text to be words to search for, such as a name, an acronym or part of a title, but got "  ".',
        data: null,
      });
    });

    it('rejects text made only of punctuation and symbols', async () => {
      expect(await errorOf('"(~*)"')).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Expected text to contain a letter or a digit to search for, but got "\\"(~*)\\"". Punctuation and symbols are ignored.',
      });
    });

    it('rejects text over 200 characters, saying how long it was', async () => {
      expect(await errorOf('x'.repeat(10_000))).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Expected text to be at most 200 characters, but got 10000. Search for a name, an acronym or a few words of a title.',
      });
      expect((await client.run(SearchNodesDocument, { text: 'undp '.repeat(40) })).result.errors).toBeUndefined();
    });

    it('rejects more than 32 distinct words', async () => {
      const text = Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ');
      expect(await errorOf(text)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Expected text to have at most 32 words, but got 33. Search for a name, an acronym or a few words of a title.',
      });
    });

    it.each([[0], [51], [-1]])('rejects first: %d with BAD_USER_INPUT naming the cap', async (first) => {
      expect(await errorOf('undp', first)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: `Expected first to be between 1 and 50, but got ${first}. Refine the text to narrow the hits.`,
      });
    });
  });

  describe('the Lucene query builder on the real parser', () => {
    // Normalisation already strips syntax; this proves the builder's escaping holds without it.
    it.each(['"', '"abc', '(', ')', '~', '*', '?', ':', '\\', '/', '+', '-', '&&', '||', '!', '{', '}', '[', ']', '^', 'AND', 'OR NOT', 'a:b OR c~2 AND (d*)'])(
      'sends %j unnormalised without a parse error',
      async (raw) => {
        const repository = new SearchRepository(client.executor);
        await expect(repository.search(buildSearchQuery(raw), 10, 200, { operation: 'test' })).resolves.toEqual(expect.any(Array));
      },
    );
  });

  describe('README example', () => {
    it('finds the European Union from «الإتحاد الأوروبى»', async () => {
      const [first] = await search('الإتحاد الأوروبى', 5);
      expect(first).toMatchObject({ node: { __typename: 'Organization', id: 'org:eu', kind: 'INTERNATIONAL_ORGANIZATION', nameAr: 'الاتحاد الاوروبي' } });
      expect(first!.score).toBeGreaterThanOrEqual(3);
    });
  });
});
