/**
 * Merging duplicate actors, as one curation batch: locked, read, planned (merge.plan.ts) and written like any
 * other, with its redirect in the same transaction, so history holds it as one batch that revertBatch undoes.
 */
import { requireRole, type Viewer } from '../auth/viewer';
import type { RequestScope } from '../context/loaders';
import { badUserInput } from '../errors';
import { nodeTypeOfId } from '../model/vocabulary';
import { type CurationRepository } from './curation.repository';
import { lockAndRead, runBatch } from './curation.service';
import { type CurationResult } from './curation.type';
import { type MergeRequest, mergeReadSpecOf, planMerge } from './merge.plan';
import { putRedirect } from './merge.repository';

/** Merges the duplicate into the kept actor; the answer shows the kept actor and the relationships it gained. */
export function mergeActors(request: MergeRequest, viewer: Viewer | null, repository: CurationRepository, scope: RequestScope): Promise<CurationResult> {
  const editor = requireRole(viewer, 'editor', 'merge actors');
  for (const argument of ['keepId', 'duplicateId'] as const) {
    const id = request[argument];
    if (!nodeTypeOfId(id)) {
      throw badUserInput(`Expected ${argument} to be an actor id like "org:undp" or "person:waheeb-al-dhibani", but got ${JSON.stringify(id.slice(0, 80))}.`, { argument });
    }
  }
  return runBatch(repository, scope, editor, async (tx) => {
    const planned = planMerge(request, await lockAndRead(tx, mergeReadSpecOf(request)));
    if (planned.ok) await putRedirect(tx, request.duplicateId, request.keepId);
    return planned;
  });
}
