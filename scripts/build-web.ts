// `npm run build:web` (also run by `npm run build` and so by `npm start`): bundles the explorer served at `/`
// (web/) into dist/web/ with esbuild, everything from node_modules and nothing from a CDN. Skips the work when
// the inputs have not changed since the last build (their digest is kept in dist/web/manifest.json);
// `--force` rebuilds anyway.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import {
  buildSchema, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, parse, validate, visit,
} from 'graphql';

const ROOT = path.resolve(__dirname, '..');
const WEB_DIR = path.join(ROOT, 'web');
/** Where the bundle goes; src/server/explorer.router.ts serves it (dist/ is git-ignored). */
export const WEB_OUT_DIR = path.join(ROOT, 'dist', 'web');
const MANIFEST = 'manifest.json';

/** What dist/web/manifest.json records about a build. */
export interface WebManifest {
  /** Digest of every input (webInputsDigest); a different one means the bundle is stale. */
  readonly digest: string;
  /** The repository's files the bundle was made from beyond web/ (src/client, src/generated, …), as esbuild read them. */
  readonly sources: readonly string[];
  readonly builtAt: string;
  /** The HTML pages and the hashed asset names they load. */
  readonly pages: Readonly<Record<'explorer' | 'graphiql', string>>;
  /** Every file written, with its size in bytes. */
  readonly files: Readonly<Record<string, number>>;
  readonly totalBytes: number;
}

/** One ready example for GraphiQL: a README ```graphql block or a named query in operations/*.graphql. */
export interface GraphiQLExample {
  readonly name: string;
  /** `README` or the operations file it comes from (`operations/funding.graphql`). */
  readonly origin: string;
  /** The README heading it sits under, when it comes from the README. */
  readonly heading?: string;
  readonly query: string;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Everything the bundle is made from: web/, the README and operations (GraphiQL's examples), the schema, this
 * script, the lockfile (the packages), and the repository files the last build read beyond web/ (`sources`).
 */
function webInputs(sources: readonly string[]): string[] {
  return [...new Set([
    ...filesUnder(WEB_DIR),
    ...filesUnder(path.join(ROOT, 'operations')),
    path.join(ROOT, 'README.md'),
    path.join(ROOT, 'schema', 'schema.graphql'),
    path.join(ROOT, 'package-lock.json'),
    __filename,
    ...sources.map((source) => path.join(ROOT, source)),
  ])].filter((file) => existsSync(file)).sort();
}

/** A digest of the inputs' names and contents (not their times: a fresh clone of the same commit is not stale). */
export function webInputsDigest(sources: readonly string[] = readWebManifest()?.sources ?? []): string {
  const hash = createHash('sha256');
  for (const file of webInputs(sources)) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function readWebManifest(outDir = WEB_OUT_DIR): WebManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(outDir, MANIFEST), 'utf8')) as WebManifest;
  } catch {
    return undefined;
  }
}

/** True when dist/web is missing or was built from other inputs than those in the work tree. */
export function isWebBuildStale(outDir = WEB_OUT_DIR): boolean {
  const manifest = readWebManifest(outDir);
  return !manifest || manifest.digest !== webInputsDigest(manifest.sources);
}

const operationsOf = (document: DocumentNode) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');

/**
 * Each named operation of a document with the fragments it spreads, followed to the end (fragments may spread
 * fragments), so that it can be sent on its own.
 */
function standaloneOperations(document: DocumentNode): { operation: OperationDefinitionNode; definitions: DefinitionNode[] }[] {
  const fragments = new Map(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
    .map((d) => [d.name.value, d]));
  const spreadsIn = (node: DefinitionNode) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (spread) => { names.push(spread.name.value); } });
    return names;
  };
  return operationsOf(document).map((operation) => {
    const needed = new Set<string>();
    const pending = spreadsIn(operation);
    while (pending.length) {
      const name = pending.pop()!;
      const fragment = fragments.get(name);
      if (!fragment || needed.has(name)) continue;
      needed.add(name);
      pending.push(...spreadsIn(fragment));
    }
    return { operation, definitions: [operation, ...[...needed].map((name) => fragments.get(name)!)] };
  });
}

/**
 * GraphiQL's examples: the README's ```graphql blocks first (a test runs each against the seed graph), then the
 * named queries of operations/*.graphql that the README does not already show, each with the fragments it uses.
 */
export function graphiqlExamples(): GraphiQLExample[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const examples: GraphiQLExample[] = [];
  let heading: string | undefined;
  for (const [, title, block] of readme.matchAll(/^#{2,4} (.+)$|```graphql\n([\s\S]*?)```/gm)) {
    if (title !== undefined) heading = title.trim();
    if (block === undefined) continue;
    const [operation] = operationsOf(parse(block));
    examples.push({ name: operation?.name?.value ?? '(anonymous)', origin: 'README', heading, query: block.trimEnd() });
  }
  const shown = new Set(examples.map((example) => example.name));
  const operationsDir = path.join(ROOT, 'operations');
  for (const file of filesUnder(operationsDir).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = readFileSync(file, 'utf8');
    for (const { operation, definitions } of standaloneOperations(parse(text))) {
      // Mutations change the graph and need a key: GraphiQL offers them only when typed on purpose.
      if (operation.operation !== 'query' || !operation.name || shown.has(operation.name.value)) continue;
      shown.add(operation.name.value);
      // The operations file's own text, comments and layout kept.
      const query = definitions.map((d) => text.slice(d.loc!.start, d.loc!.end)).join('\n\n');
      examples.push({ name: operation.name.value, origin: path.relative(ROOT, file), query });
    }
  }
  return examples;
}

/** The explorer's own operations (web/operations/*.graphql) must be valid against the served schema: a drift fails the build, not a user. */
function checkExplorerOperations(schema: GraphQLSchema): void {
  const problems: string[] = [];
  for (const file of filesUnder(path.join(WEB_DIR, 'operations')).filter((f) => f.endsWith('.graphql'))) {
    const document = parse(readFileSync(file, 'utf8'));
    const errors = validate(schema, document);
    problems.push(...errors.map((error) => `${path.relative(ROOT, file)}: ${error.message}`));
    // The explorer imports them by name.
    if (operationsOf(document).some((operation) => !operation.name)) problems.push(`${path.relative(ROOT, file)}: every operation needs a name`);
  }
  if (problems.length) throw new Error(`The explorer's operations do not match schema/schema.graphql:\n${problems.join('\n')}`);
}

/** `import { examples } from 'jisr:graphiql-examples'` in web/ gets graphiqlExamples(), read at build time. */
const examplesPlugin: Plugin = {
  name: 'jisr-graphiql-examples',
  setup(builder) {
    builder.onResolve({ filter: /^jisr:graphiql-examples$/ }, () => ({ path: 'graphiql-examples', namespace: 'jisr' }));
    builder.onLoad({ filter: /.*/, namespace: 'jisr' }, () => ({ contents: JSON.stringify({ examples: graphiqlExamples() }), loader: 'json' }));
  },
};

/**
 * `import operations from '../../operations/graph.graphql'` in web/ gets each named operation of the file as a
 * DocumentNode of its own (with its fragments), for the typed client (jisr/client) to send.
 */
const operationsPlugin: Plugin = {
  name: 'jisr-explorer-operations',
  setup(builder) {
    builder.onLoad({ filter: /\.graphql$/ }, ({ path: file }) => {
      const documents = Object.fromEntries(standaloneOperations(parse(readFileSync(file, 'utf8'), { noLocation: true }))
        .map(({ operation, definitions }) => [operation.name!.value, { kind: 'Document', definitions }]));
      return { contents: JSON.stringify(documents), loader: 'json' };
    });
  },
};

/** Monaco's language workers (GraphiQL's editors), as plain scripts that `new Worker(url)` loads from this origin. */
const MONACO_WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;

/** An output's address on the server: its path below the assets folder's parent (`/assets/x-HASH.js`). */
const publicPath = (output: string) => `/assets/${path.basename(output)}`;

/** The script esbuild wrote for an entry point (entries from node_modules are recorded by their resolved path). */
function scriptOf(metafile: Metafile, entry: string): string {
  const [name] = Object.entries(metafile.outputs)
    .find(([out, info]) => (info.entryPoint === entry || info.entryPoint?.endsWith(`node_modules/${entry}`)) && out.endsWith('.js')) ?? [];
  if (!name) throw new Error(`esbuild wrote no script for ${entry}`);
  return name;
}

/**
 * Every stylesheet a page needs: its entry's and those of the chunks it loads, also lazily (Monaco's styles come
 * with the editor chunk, which GraphiQL imports on demand, and a chunk's CSS is never loaded by the chunk itself).
 */
function stylesheetsOf(metafile: Metafile, script: string): string[] {
  const seen = new Set<string>();
  const sheets: string[] = [];
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    const info = metafile.outputs[output];
    if (!info) return;
    if (info.cssBundle && !sheets.includes(publicPath(info.cssBundle))) sheets.push(publicPath(info.cssBundle));
    for (const imported of info.imports) if (!imported.external && imported.path.endsWith('.js')) visit(imported.path);
  };
  visit(script);
  return sheets;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The pages hold no inline script or style (the Content-Security-Policy forbids them): one stylesheet, one module,
 * and for GraphiQL a meta element naming the worker scripts.
 */
function page(options: { title: string; css: readonly string[]; js: string; meta?: Record<string, string> }): string {
  const meta = Object.entries(options.meta ?? {}).map(([name, content]) => `\n    <meta name="${name}" content="${escapeAttribute(content)}">`).join('');
  return `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${options.title}</title>${meta}
    <link rel="icon" href="data:,">
${options.css.map((href) => `    <link rel="stylesheet" href="${href}">`).join('\n')}
    <script type="module" src="${options.js}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Jisr's explorer needs JavaScript. The GraphQL API is at /graphql.</noscript>
  </body>
</html>
`;
}

export async function buildWeb(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<{ built: boolean; manifest: WebManifest }> {
  const log = options.log ?? (() => undefined);
  const previous = readWebManifest();
  if (!options.force && previous && !isWebBuildStale()) return { built: false, manifest: previous };

  const started = Date.now();
  checkExplorerOperations(buildSchema(readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8')));
  // Built beside the served folder and moved in at the end: a server (or a second build, say two test files)
  // never reads a half-written bundle.
  const staging = path.join(path.dirname(WEB_OUT_DIR), `.web-${process.pid}-${Date.now()}`);
  let manifest: WebManifest;
  try {
    manifest = await bundleInto(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(WEB_OUT_DIR, { recursive: true, force: true });
  try {
    renameSync(staging, WEB_OUT_DIR);
  } catch (error) {
    // Another build moved its bundle in first: built from the same inputs, it serves as well as this one.
    rmSync(staging, { recursive: true, force: true });
    if (readWebManifest()?.digest !== manifest.digest) throw error;
  }
  log(`built the explorer into ${path.relative(process.cwd(), WEB_OUT_DIR) || '.'} (${(manifest.totalBytes / 1e6).toFixed(1)} MB, ${Object.keys(manifest.files).length} files) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { built: true, manifest };
}

/** Bundles the workers, the two pages and their assets into `dir`, ending with its manifest. */
async function bundleInto(dir: string): Promise<WebManifest> {
  const assets = path.join(dir, 'assets');
  mkdirSync(assets, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'linked' as const,
    target: ['chrome115', 'firefox115', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning' as const,
    absWorkingDir: ROOT,
  };

  const workers = await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(MONACO_WORKERS).map(([name, entry]) => [`${name}.worker`, entry])),
    format: 'iife',
    outdir: assets,
    entryNames: '[name]-[hash]',
    metafile: true,
  });
  const workerUrls = Object.fromEntries(Object.entries(MONACO_WORKERS).map(([name, entry]) => [name, publicPath(scriptOf(workers.metafile, entry))]));

  const explorerEntry = 'web/src/explorer/explorer.main.tsx';
  const graphiqlEntry = 'web/src/graphiql/graphiql.main.tsx';
  const app = await build({
    ...common,
    entryPoints: [explorerEntry, graphiqlEntry],
    format: 'esm',
    splitting: true,
    outdir: assets,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    jsx: 'automatic',
    tsconfig: path.join(WEB_DIR, 'tsconfig.json'),
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
    plugins: [examplesPlugin, operationsPlugin],
    metafile: true,
  });

  const pages = { explorer: 'index.html', graphiql: 'graphiql.html' } as const;
  const explorerScript = scriptOf(app.metafile, explorerEntry);
  const graphiqlScript = scriptOf(app.metafile, graphiqlEntry);
  writeFileSync(path.join(dir, pages.explorer), page({
    title: 'Jisr explorer',
    css: stylesheetsOf(app.metafile, explorerScript),
    js: publicPath(explorerScript),
  }));
  writeFileSync(path.join(dir, pages.graphiql), page({
    title: 'Jisr · GraphiQL',
    css: stylesheetsOf(app.metafile, graphiqlScript),
    js: publicPath(graphiqlScript),
    meta: { 'jisr-monaco-workers': JSON.stringify(workerUrls) },
  }));

  const files = Object.fromEntries(filesUnder(dir).sort().map((file) => [path.relative(dir, file).split(path.sep).join('/'), statSync(file).size]));
  // What esbuild read from the repository outside web/ and node_modules: a change there makes the bundle stale too.
  const sources = Object.keys(app.metafile.inputs)
    .filter((input) => !input.includes('node_modules/') && !input.startsWith('web/') && !input.includes(':'))
    .sort();
  const manifest: WebManifest = {
    digest: webInputsDigest(sources),
    sources,
    builtAt: new Date().toISOString(),
    pages,
    files,
    totalBytes: Object.values(files).reduce((sum, size) => sum + size, 0),
  };
  writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force'), log: (line) => console.log(line) }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
