import { checkFirst, decodeCursor, encodeCursor, type Page, toPage } from '../common/connection';
import type { JisrContext } from '../context/context';
import type { Program } from './program.type';

export async function listPrograms(first: number, after: string | null | undefined, ctx: JisrContext): Promise<Page<Program>> {
  checkFirst(first);
  const afterId = after ? String(decodeCursor('program', after, 1)[0]) : null;
  const { totalCount, programs } = await ctx.repositories.programs.page(afterId, first + 1, ctx.query);
  for (const program of programs) ctx.loaders.nodes.prime(program.id, program);
  return toPage(programs, first, totalCount, (p) => encodeCursor('program', [p.id]));
}
