import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import type { RequestScope } from '../context/loaders';
import type { ProgramRepository } from './program.repository';
import type { Program } from './program.type';

/** Programs in id order: stable across requests, so cursors stay valid as the graph grows. */
export async function listPrograms(first: number, after: string | null | undefined, repository: ProgramRepository, scope: RequestScope): Promise<Page<Program>> {
  checkFirst(first);
  const afterId = after ? String(decodeCursor('program', after, 1)[0]) : null;
  const { totalCount, programs } = await repository.page(afterId, first + 1, scope.query);
  scope.loaders.prime(programs);
  return toPage(programs, first, totalCount, (p) => encodeCursor('program', [p.id]));
}
