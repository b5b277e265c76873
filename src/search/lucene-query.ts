/**
 * Turns a normalised search key into a Lucene query for the `node_search` full-text index.
 *
 * The user never writes Lucene: every word is escaped here, so a typed `"`, `(`, `~`, `*`, `AND` or `\`
 * is searched as text, never parsed as syntax (and never reaches Neo4j as a query it cannot parse, which
 * would be a 500). Pure and free of I/O, so every rule below is pinned by unit tests.
 *
 * The index tokenises on whitespace only (see cypher/schema/fulltext-node-search.cypher), so the words
 * of a key built by normalizeSearchKey are exactly the terms in the index: what this module splits on is
 * what Lucene split on.
 */

/** Every character the classic Lucene query parser gives a meaning to (`&&` and `||` are escaped char by char). */
export const LUCENE_SPECIAL_CHARACTERS = ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'] as const;

const SPECIAL = new RegExp(`[${LUCENE_SPECIAL_CHARACTERS.map((c) => `\\${c}`).join('')}]`, 'g');

/** The parser reads these words as operators only in upper case, and only as whole terms. */
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT']);

/**
 * Prefixes shorter than this are not expanded: a one-letter prefix matches most of the index and says
 * nothing about what the user wants. The word still matches as a whole term.
 */
export const MIN_PREFIX_LENGTH = 2;

/** The Arabic definite article, which names carry attached: «الاتحاد», «الشرطه». */
const ARABIC_ARTICLE = '\u0627\u0644';
const STARTS_WITH_ARABIC_LETTER = /^[\u0621-\u064A]/;

/**
 * Boosts of the clauses. They order Lucene's candidates; the final rank is decided by the match tiers
 * of cypher/search/search-nodes.cypher, whose candidate pool these boosts keep the best matches inside.
 */
const BOOST = { phrase: 8, allWords: 4, word: 2 } as const;

/** A search, ready for the repository. */
export interface SearchQuery {
  /** The normalised key of the whole text: `الاتحاد الاوروبي`. */
  readonly key: string;
  /** Its words in order, repeats kept: the phrase a name must contain to rank as a phrase match. */
  readonly phrase: readonly string[];
  /** Its distinct words: a node holding them all ranks above one holding only some or prefixes. */
  readonly words: readonly string[];
  /** The Lucene query string, every user word escaped. */
  readonly lucene: string;
}

/** Escapes one word so that the classic query parser reads it as a plain term, whatever it contains. */
export function escapeLuceneTerm(word: string): string {
  const escaped = word.replace(SPECIAL, (c) => `\\${c}`);
  // `\AND` is the term AND, not the operator; the analyzer sees the unescaped word.
  return OPERATOR_WORDS.has(escaped) ? `\\${escaped}` : escaped;
}

/**
 * The Lucene query for a normalised key (the output of normalizeSearchKey; empty when it has no words).
 *
 * Clauses, all optional (OR), so that any of them finds a node and those that match more rank higher:
 * - the exact phrase, when there are several words: `"الاتحاد الاوروبي"^8`;
 * - every word, when there are several distinct ones: `(+الاتحاد +الاوروبي)^4`;
 * - each word as a term `undp^2`, and as a prefix `undp*` when at least MIN_PREFIX_LENGTH long, so that
 *   «safer» finds Saferworld and «مساء» finds «مساءله»;
 * - for an Arabic word without the definite article, the word with it as a prefix (`الاتحاد*` for
 *   «اتحاد»): names carry the article attached, and a user typing the bare noun means the same entity.
 */
export function buildSearchQuery(key: string): SearchQuery {
  const phrase = key.split(/\s+/).filter((w) => w !== '');
  const words = [...new Set(phrase)];
  const clauses: string[] = [];
  if (phrase.length > 1) clauses.push(`"${phrase.map(escapeLuceneTerm).join(' ')}"^${BOOST.phrase}`);
  if (words.length > 1) clauses.push(`(${words.map((w) => `+${escapeLuceneTerm(w)}`).join(' ')})^${BOOST.allWords}`);
  for (const word of words) {
    const term = escapeLuceneTerm(word);
    clauses.push(`${term}^${BOOST.word}`);
    if ([...word].length >= MIN_PREFIX_LENGTH) clauses.push(`${term}*`);
    if (STARTS_WITH_ARABIC_LETTER.test(word) && !word.startsWith(ARABIC_ARTICLE) && [...word].length >= MIN_PREFIX_LENGTH) {
      clauses.push(`${escapeLuceneTerm(ARABIC_ARTICLE + word)}*`);
    }
  }
  return { key: phrase.join(' '), phrase, words, lucene: clauses.join(' ') };
}
