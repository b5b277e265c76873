import { checkFirst } from '../common/connection';
import type { RequestScope } from '../context/loaders';
import { badUserInput } from '../errors';
import { normalizeSearchKey } from '../text/arabic-normalize';
import { buildSearchQuery } from './lucene-query';
import type { SearchRepository } from './search.repository';
import type { SearchHit } from './search.type';

/**
 * Bounds of a search. Names and titles are short (the longest in the seed graph, a Marib meeting's title,
 * has 104 characters and 15 words), so 200 characters and 32 words leave room for any name or title.
 * The word cap matters because NFKC can expand a character into several words (ﷺ becomes «صلى الله عليه وسلم»): it keeps the
 * Lucene query small (about three clauses a word, far below Lucene's 1024-clause limit) whatever is pasted in.
 */
export const SEARCH_BOUNDS = { maxTextLength: 200, maxWords: 32, maxFirst: 50 } as const;

/** How many of Lucene's best matches are re-ranked by match tier before the page is cut (at least 4 × maxFirst). */
const CANDIDATE_POOL = 200;

/**
 * Ranked hits across actors, events, programs and places. The text is normalised as the stored keys
 * are (src/text/arabic-normalize.ts), so spelling variants of Arabic and Latin case meet; the hits are
 * primed into the node loader so that fields resolved on them batch with the rest of the request.
 */
export async function searchNodes(text: string, first: number, search: SearchRepository, scope: RequestScope): Promise<SearchHit[]> {
  checkFirst(first, SEARCH_BOUNDS.maxFirst, 'Refine the text to narrow the hits.');
  const query = buildSearchQuery(checkedKeyOf(text));
  if (query.words.length > SEARCH_BOUNDS.maxWords) {
    throw badUserInput(
      `Expected text to have at most ${SEARCH_BOUNDS.maxWords} words, but got ${query.words.length}. Search for a name, an acronym or a few words of a title.`,
      { argument: 'text' },
    );
  }
  const ranked = await search.search(query, first, CANDIDATE_POOL, scope.query);
  scope.loaders.prime(ranked.map((hit) => hit.node));
  return ranked;
}

/** The normalised key of the text, or BAD_USER_INPUT when there is nothing to search for or too much. */
function checkedKeyOf(text: string): string {
  if (text.trim() === '') {
    throw badUserInput(`Expected text to be words to search for, such as a name, an acronym or part of a title, but got ${JSON.stringify(text)}.`, { argument: 'text' });
  }
  if (text.length > SEARCH_BOUNDS.maxTextLength) {
    throw badUserInput(
      `Expected text to be at most ${SEARCH_BOUNDS.maxTextLength} characters, but got ${text.length}. Search for a name, an acronym or a few words of a title.`,
      { argument: 'text' },
    );
  }
  const key = normalizeSearchKey(text);
  if (key === '') {
    throw badUserInput(`Expected text to contain a letter or a digit to search for, but got ${JSON.stringify(text)}. Punctuation and symbols are ignored.`, { argument: 'text' });
  }
  return key;
}
