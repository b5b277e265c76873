import { LUCENE_SPECIAL_CHARACTERS, buildSearchQuery, escapeLuceneTerm } from '../../../src/search/lucene-query';
import { normalizeSearchKey } from '../../../src/text/arabic-normalize';

/** The query Jisr sends for what a user typed: normalised first, as the service does. */
const queryFor = (text: string) => buildSearchQuery(normalizeSearchKey(text));

/**
 * The terms of a Lucene query string as the classic parser's lexer would split them: whitespace outside
 * quotes separates, a backslash escapes the next character. Enough to check that no user character
 * escaped its term.
 */
function unescapedSpecials(lucene: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < lucene.length; i += 1) {
    const c = lucene[i]!;
    if (c === '\\') i += 1;
    else if ((LUCENE_SPECIAL_CHARACTERS as readonly string[]).includes(c)) found.push(c);
  }
  return found;
}

describe('escapeLuceneTerm', () => {
  it.each([...LUCENE_SPECIAL_CHARACTERS])('escapes %s with a backslash', (c) => {
    expect(escapeLuceneTerm(`a${c}b`)).toBe(`a\\${c}b`);
  });

  it('escapes && and || character by character', () => {
    expect(escapeLuceneTerm('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
  });

  it('escapes every special character of a word made only of them', () => {
    const all = LUCENE_SPECIAL_CHARACTERS.join('');
    expect(escapeLuceneTerm(all)).toBe(LUCENE_SPECIAL_CHARACTERS.map((c) => `\\${c}`).join(''));
  });

  it('turns the operators AND, OR and NOT into plain terms', () => {
    expect(escapeLuceneTerm('AND')).toBe('\\AND');
    expect(escapeLuceneTerm('OR')).toBe('\\OR');
    expect(escapeLuceneTerm('NOT')).toBe('\\NOT');
  });

  it('leaves words that only contain an operator, and lower-case operators, alone', () => {
    expect(escapeLuceneTerm('ANDROID')).toBe('ANDROID');
    expect(escapeLuceneTerm('and')).toBe('and');
  });

  it('leaves Arabic letters and digits alone', () => {
    expect(escapeLuceneTerm('الاتحاد')).toBe('الاتحاد');
    expect(escapeLuceneTerm('2014')).toBe('2014');
  });
});

describe('buildSearchQuery', () => {
  it('asks for the exact phrase, every word, each word and each prefix, in that order of weight', () => {
    expect(buildSearchQuery('undp jordan').lucene).toBe('"undp jordan"^8 (+undp +jordan)^4 undp^2 undp* jordan^2 jordan*');
  });

  it('sends one word as a term and a prefix, without a phrase or a conjunction of one', () => {
    expect(buildSearchQuery('safer').lucene).toBe('safer^2 safer*');
  });

  it('finds «مساءله» from the prefix «مساء», keeping its bare hamza', () => {
    expect(queryFor('مساء').lucene).toBe('مساء^2 مساء* المساء*');
  });

  it('does not expand a one-letter prefix, which would match most of the index', () => {
    expect(buildSearchQuery('u').lucene).toBe('u^2');
  });

  it('also looks for an Arabic word with the definite article names carry attached', () => {
    expect(buildSearchQuery('اتحاد').lucene).toBe('اتحاد^2 اتحاد* الاتحاد*');
    expect(buildSearchQuery('الاتحاد').lucene).toBe('الاتحاد^2 الاتحاد*');
  });

  it('keeps repeated words in the phrase but asks for each distinct word once', () => {
    const query = buildSearchQuery('امن امن عام');
    expect(query.phrase).toEqual(['امن', 'امن', 'عام']);
    expect(query.words).toEqual(['امن', 'عام']);
    expect(query.lucene).toBe('"امن امن عام"^8 (+امن +عام)^4 امن^2 امن* الامن* عام^2 عام* العام*');
  });

  it('gives every spelling of «الاتحاد الأوروبي» the query of the published «الاتحاد الاوروبي»', () => {
    const published = queryFor('الاتحاد الاوروبي');
    for (const variant of ['الاتحاد الأوروبي', 'الاتحاد الاوروبى', 'الإتحاد الأوروبي', 'الاتّحاد الأوروبيّ', 'الاتحـــاد الأوروبـي']) {
      expect(queryFor(variant)).toEqual(published);
    }
    expect(published.key).toBe('الاتحاد الاوروبي');
  });

  it('folds Latin case, so UNDP and undp send the same query', () => {
    expect(queryFor('UNDP')).toEqual(queryFor('undp'));
    expect(queryFor('UNDP').key).toBe('undp');
  });

  it('treats AND, OR and NOT typed by a user as the plain words and, or, not', () => {
    expect(queryFor('police AND ngo').lucene).toBe('"police and ngo"^8 (+police +and +ngo)^4 police^2 police* and^2 and* ngo^2 ngo*');
    expect(queryFor('OR NOT').lucene).toBe('"or not"^8 (+or +not)^4 or^2 or* not^2 not*');
  });

  describe('hostile text never leaves a Lucene operator unescaped', () => {
    const hostile = ['"', '"abc', 'abc"', '(', 'a)', '~', 'x~2', '*', '?', 'a:b', '\\', '/regex/', '+a -b', 'a && b || !c', '{a TO b}', '[a TO b]', 'a^10', 'AND', 'OR NOT', 'NOT', 'title:"x" OR id:*'];

    it.each(hostile)('escapes every word of %j even without normalisation', (text) => {
      const { words, lucene } = buildSearchQuery(text);
      for (const word of words) {
        expect(unescapedSpecials(escapeLuceneTerm(word))).toEqual([]);
        expect(lucene).toContain(`${escapeLuceneTerm(word)}^2`);
      }
      expect(lucene).not.toMatch(/(^|[\s(+])(AND|OR|NOT)(\s|$)/);
    });

    it('searches an unbalanced quote as a character of the word', () => {
      expect(buildSearchQuery('"abc').lucene).toBe('\\"abc^2 \\"abc*');
    });

    it('searches field names, operators and wildcards as words', () => {
      expect(buildSearchQuery('title:"x" OR id:*').lucene).toBe(
        '"title\\:\\"x\\" \\OR id\\:\\*"^8 (+title\\:\\"x\\" +\\OR +id\\:\\*)^4 title\\:\\"x\\"^2 title\\:\\"x\\"* \\OR^2 \\OR* id\\:\\*^2 id\\:\\**',
      );
    });

    it.each(hostile)('normalises %j to words or to nothing, never to syntax', (text) => {
      const query = queryFor(text);
      expect(unescapedSpecials(query.words.join(' '))).toEqual([]);
      expect(query.words.every((w) => /^[\p{L}\p{M}\p{N}]+$/u.test(w))).toBe(true);
    });
  });

  it('has no words for text made only of punctuation, so the service can reject it', () => {
    expect(queryFor('"(~*)"').words).toEqual([]);
    expect(queryFor('   ').words).toEqual([]);
  });
});
