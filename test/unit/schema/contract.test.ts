import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { REPO_ROOT } from '../../../src/config';

const contract = buildSchema(readFileSync(path.join(REPO_ROOT, '..', 'shared', 'contract.graphql'), 'utf8'));
const generated = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
const breaking = findBreakingChanges(contract, generated);

describe('contract (../shared/contract.graphql)', () => {
  it('shapes every type Jisr already serves exactly as the contract does', () => {
    // Types and root fields the schema does not have yet are the remaining work of later issues;
    // anything else (a changed field type, a missing field on a served type) breaks clients now.
    const served = new Set(Object.keys(generated.getTypeMap()));
    const pending = (description: string) =>
      /^[A-Za-z]+ was removed\.$/.test(description) ||
      /^Query\.\w+ was removed\.$/.test(description) ||
      [...description.matchAll(/\b([A-Z]\w+)\b/g)].some(([, name]) => name !== undefined && !served.has(name) && contract.getType(name) !== undefined);
    expect(breaking.filter((change) => !pending(change.description)).map((c) => c.description)).toEqual([]);
  });

  it.todo('contains the whole contract with 0 breaking changes (the network-queries issue makes every query real)');
});
