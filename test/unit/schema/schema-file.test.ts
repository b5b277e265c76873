import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { buildJisrSchema, printJisrSchema } from '../../../src/schema/build-schema';

describe('generated schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run generate` after changing a type)', async () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(printJisrSchema(await buildJisrSchema())).toBe(committed);
  });
});
