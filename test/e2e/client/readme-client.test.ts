import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../../src/config';
import { freePort } from '../../helpers/free-port';
import { useServer } from '../export/use-server';

// The README's "A typed client" example and its "Generate your own client" recipe, run as written against a
// real server, so that neither can go stale. Each runs ts-node, graphql-codegen or tsc: room for a loaded machine.
jest.setTimeout(180_000);

const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** The first code block of a language after a heading of the README. */
function block(heading: string, language: string): string {
  const section = README.slice(README.indexOf(`\n${heading}\n`));
  const match = section.match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``));
  if (!match) throw new Error(`README: no \`\`\`${language} block after "${heading}"`);
  return match[1]!;
}

interface Run { readonly code: number; readonly stdout: string; readonly stderr: string }
async function run(file: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'jisr-readme-client-'));
// Generated files and examples import packages as an application would: from this repository's node_modules.
symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const server = useServer();

describe('the README\'s typed client example', () => {
  const example = path.join(scratch, 'example.ts');
  beforeAll(() => {
    // `jisr/client` is this package's export of src/client (built into dist/ by npm run build).
    writeFileSync(example, block('## A typed client', 'ts').replace("from 'jisr/client'", `from ${JSON.stringify(path.join(REPO_ROOT, 'src/client'))}`));
  });
  const node = (env: NodeJS.ProcessEnv) => run(process.execPath, ['-r', 'ts-node/register/transpile-only', example], {
    cwd: REPO_ROOT, env: { TS_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.json'), ...env },
  });

  it('prints Saferworld\'s flows with their dates, titles and programs', async () => {
    const result = await node({ JISR_URL: `${server().url}/graphql` });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^2022-11 .+ program:saned-community-peace$/m);
  });

  it('prints the typed error code when nothing answers, and exits 1', async () => {
    const result = await node({ JISR_URL: `http://127.0.0.1:${await freePort()}/graphql` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^NETWORK_ERROR: No answer from http:\/\/127\.0\.0\.1:\d+\/graphql/);
  });
});

describe('the README\'s codegen recipe', () => {
  const codegen = path.join(REPO_ROOT, 'node_modules/.bin/graphql-codegen');
  const tsc = path.join(REPO_ROOT, 'node_modules/.bin/tsc');

  /** Generates with a codegen.yml in a folder of its own, from the served schema, then compiles the result. */
  async function generateAndCompile(name: string, config: string): Promise<{ generate: Run; compile: Run }> {
    const dir = path.join(scratch, name);
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    writeFileSync(path.join(dir, 'codegen.yml'), config.replace('http://localhost:4000/graphql', `${server().url}/graphql`));
    writeFileSync(path.join(dir, 'src/network.graphql'), 'query Neighbours($centerId: ID!, $types: [RelationType!]) {\n  network(centerId: $centerId, relationTypes: $types) { nodes { id type label } truncated }\n}\n');
    writeFileSync(path.join(dir, 'src/use.ts'), [
      "import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';",
      "import { NeighboursDocument } from './generated/jisr';",
      "export const type: ResultOf<typeof NeighboursDocument>['network']['nodes'][number]['type'] = 'ORGANIZATION';",
      "export const variables: VariablesOf<typeof NeighboursDocument> = { centerId: 'org:saferworld', types: ['FUNDED'] };",
      '',
    ].join('\n'));
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'commonjs', target: 'es2022', types: [], skipLibCheck: true }, include: ['src'] }));
    const generate = await run(codegen, ['--config', 'codegen.yml', '--silent'], { cwd: dir, env: { CI: 'true' } });
    const compile = generate.code === 0 ? await run(tsc, ['-p', '.'], { cwd: dir }) : { code: -1, stdout: '', stderr: '' };
    return { generate, compile };
  }

  it('generates typed documents from the served schema that compile', async () => {
    const { generate, compile } = await generateAndCompile('recipe', block('### Generate your own client', 'yaml'));
    expect(generate).toMatchObject({ code: 0 });
    expect(compile).toMatchObject({ code: 0, stdout: '' });
  });

  it('says why the typescript plugin is left out: with it the file declares the enums and inputs twice', async () => {
    const old = block('### Generate your own client', 'yaml').replace('    plugins:\n', '    plugins:\n      - typescript\n');
    const { generate, compile } = await generateAndCompile('old-recipe', old);
    expect(generate.code).toBe(0);
    expect(compile.code).not.toBe(0);
    expect(compile.stdout).toMatch(/error TS2300: Duplicate identifier 'RelationType'/);
  });
});
