import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import type { RequestScope } from '../context/loaders';
import { type Lookahead, NOTHING_AHEAD } from '../graph/lookahead';
import type { ProgramRepository } from './program.repository';
import type { Program } from './program.type';

/**
 * Programs in id order: stable across requests, so cursors stay valid as the graph grows. What `lookahead` asks
 * of the page's programs (their links, evidence) is read in the page's statement and primes the loaders.
 */
export async function listPrograms(first: number, after: string | null | undefined, repository: ProgramRepository, scope: RequestScope, lookahead: Lookahead = NOTHING_AHEAD): Promise<Page<Program>> {
  checkFirst(first);
  const afterId = after ? String(decodeCursor('program', after, 1)[0]) : null;
  const ahead = scope.loaders.aheadOfPage(lookahead);
  const { totalCount, programs, lookahead: found } = await repository.page(afterId, first + 1, scope.query, ahead, first);
  scope.loaders.prime(programs);
  scope.loaders.primeAhead(found, ahead);
  return toPage(programs, first, totalCount, (p) => encodeCursor('program', [p.id]));
}
