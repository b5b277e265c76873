import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { REPO_ROOT } from '../../../src/config';
import { buildJisrSchema } from '../../../src/schema/build-schema';

// schema/baseline.graphql is the API as last released, kept in this repository so that the check needs
// nothing beside it. An intended breaking change updates the baseline in the same commit, where review sees it.
describe('breaking changes against schema/baseline.graphql', () => {
  it('emits a schema that breaks nothing a client of the released API relies on', async () => {
    const baseline = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'baseline.graphql'), 'utf8'));
    const breaks = findBreakingChanges(baseline, await buildJisrSchema()).map((change) => `${change.type}: ${change.description}`);
    expect(breaks).toEqual([]);
  });
});
