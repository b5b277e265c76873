import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { SEARCH_BOUNDS, searchNodes } from './search.service';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names and aliases in Arabic and English, tolerant of Arabic spelling variants: ranked hits across actors, ' +
      'events, programs and places, an exact name first. A word may be cut short (`safer`, `مساء`); Lucene syntax is not interpreted.',
  })
  search(
    @Arg('text', { description: `What to look for: a name, an acronym or words of a title, 1 to ${SEARCH_BOUNDS.maxTextLength} characters, at most ${SEARCH_BOUNDS.maxWords} words.` }) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: `How many hits at most, 1 to ${SEARCH_BOUNDS.maxFirst}.` }) first: number | null,
    @Ctx() ctx: JisrContext,
  ): Promise<SearchHit[]> {
    return searchNodes(text, first ?? 10, ctx.repositories.search, ctx);
  }
}
