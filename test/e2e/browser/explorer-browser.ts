/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page.evaluate callbacks below run in the browser: their DOM types come from this reference.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildWeb } from '../../../scripts/build-web';
import { REPO_ROOT } from '../../../src/config';
import { buildJisrSchema } from '../../../src/schema/build-schema';
import { createLogger } from '../../../src/logger';
import { createServer } from '../../../src/server/server';
import { connect } from '../../helpers/test-database';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it): no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of every run, for people to look at (git-ignored). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts', 'browser');

/** The flags that keep a headless Chromium on a shared CI machine from reaching anything but the page's server. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExplorerServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The real Jisr server on a free port over the shared test Neo4j, serving the explorer from dist/web, which is
 * built first when it is missing or was built from other sources.
 */
export async function startExplorerServer(): Promise<ExplorerServer> {
  await buildWeb();
  const { executor, repositories, close } = connect();
  const server = await createServer({
    schema: await buildJisrSchema(),
    executor,
    repositories,
    logger: createLogger('silent'),
    introspection: true,
    maxBodyBytes: 102_400,
  });
  const url = await server.start(0, '127.0.0.1');
  return {
    url,
    stop: async () => {
      await server.stop();
      await close();
    },
  };
}

/** What a page did that a test asserts on: every request, the GraphQL variables it sent, CSP violations, uncaught errors. */
export interface PageRecord {
  readonly requests: string[];
  /** The variables of each GraphQL request, by operation name, in the order they were sent. */
  readonly graphql: { readonly operationName: string | undefined; readonly variables: Record<string, unknown> }[];
  readonly cspViolations: string[];
  readonly errors: string[];
}

export interface ExplorerBrowser {
  readonly context: BrowserContext;
  /** A new page whose requests, CSP violations and errors are recorded. */
  /** Opens `url` in a new page; `before` runs on the page first (say, to route its requests). */
  open(url: string, before?: (page: Page) => Promise<void>): Promise<{ page: Page; record: PageRecord }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<ExplorerBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}: run \`apt-get install chromium\` (.ci/run does), or set CHROMIUM_PATH.`);
  }
  // A fresh profile per run: nothing cached or remembered from another run (or another language choice).
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jisr-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
  });
  return {
    context,
    async open(url, before) {
      const page = await context.newPage();
      await before?.(page);
      const record: PageRecord = { requests: [], graphql: [], cspViolations: [], errors: [] };
      page.on('request', (request) => {
        record.requests.push(request.url());
        const body = new URL(request.url()).pathname === '/graphql' ? request.postData() : null;
        if (body) {
          const sent = JSON.parse(body) as { query?: string; operationName?: string; variables?: Record<string, unknown> };
          record.graphql.push({ operationName: sent.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(sent.query ?? '')?.[1], variables: sent.variables ?? {} });
        }
      });
      page.on('pageerror', (error) => record.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) record.cspViolations.push(message.text().slice(0, 300));
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(url);
      return { page, record };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}

/** Where a graph element is on the page: Cytoscape's rendered coordinates plus its container's offset. */
/**
 * Where an element is on the page, once it stays there: opening a panel (a selection does) resizes the graph's
 * container after the layout has settled, and a click aimed at a position read before that lands beside the
 * element on a busy machine. Reads until two readings 100 ms apart agree.
 */
export async function pagePositionOf(page: Page, graph: 'jisrGraph' | 'jisrFlows', selector: { node: string } | { edge: string }): Promise<{ x: number; y: number }> {
  let last = await positionNow(page, graph, selector);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const next = await positionNow(page, graph, selector);
    if (Math.abs(next.x - last.x) < 0.5 && Math.abs(next.y - last.y) < 0.5) return next;
    last = next;
  }
  return last;
}

function positionNow(page: Page, graph: 'jisrGraph' | 'jisrFlows', selector: { node: string } | { edge: string }): Promise<{ x: number; y: number }> {
  return page.evaluate(([name, target]) => {
    const cy = window[name]!;
    const element = cy.getElementById('node' in target ? target.node : target.edge);
    if (element.empty()) throw new Error(`${JSON.stringify(target)} is not drawn`);
    let point = 'node' in target ? (element as NodeSingular).renderedPosition() : (element as EdgeSingular).renderedMidpoint();
    if (!('node' in target)) {
      // A click must land on the edge, not on a node or its label that the (randomised) layout happened to put over
      // the edge's midpoint: walk out from the middle of the drawn curve to the first point outside every node's
      // box. The curve is Cytoscape's own (its rendering scratch: two points for a straight edge, three for the
      // bezier of parallel edges), in model coordinates.
      const pts = (element as unknown as { _private: { rscratch: { allpts?: number[] } } })._private.rscratch.allpts ?? [];
      const zoom = cy.zoom();
      const pan = cy.pan();
      const at = (t: number) => {
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0] = pts;
        const model = pts.length === 4
          ? { x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }
          : { x: (1 - t) ** 2 * x0 + 2 * (1 - t) * t * x1 + t ** 2 * x2, y: (1 - t) ** 2 * y0 + 2 * (1 - t) * t * y1 + t ** 2 * y2 };
        return { x: model.x * zoom + pan.x, y: model.y * zoom + pan.y };
      };
      const boxes = cy.nodes().map((node) => node.renderedBoundingBox({ includeLabels: true }));
      const free = (p: { x: number; y: number }) => boxes.every((b) => p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2);
      if ((pts.length === 4 || pts.length === 6) && !free(point)) {
        point = [0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8].map(at).find(free) ?? point;
      }
    }
    const box = (cy.container() as HTMLElement).getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, [graph, selector] as const);
}

/**
 * How much the pixels under each node's label vary (luminance variance, 0–65025), read from the canvases the label
 * was drawn on. A label drawn in a font the page lacks, or not at all, leaves a flat (near zero) region.
 */
export async function labelVariances(page: Page, graph: 'jisrGraph' | 'jisrFlows'): Promise<Record<string, { label: string; variance: number; width: number }>> {
  return page.evaluate((name) => {
    const cy = window[name]!;
    const container = cy.container() as HTMLElement;
    const canvases = [...container.querySelectorAll('canvas')];
    const ratio = canvases[0] ? canvases[0].width / canvases[0].clientWidth : 1;
    const result: Record<string, { label: string; variance: number; width: number }> = {};
    cy.nodes().forEach((node) => {
      const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const x = Math.max(0, Math.floor(box.x1 * ratio));
      const y = Math.max(0, Math.floor(box.y1 * ratio));
      const w = Math.max(1, Math.floor(box.w * ratio));
      const h = Math.max(1, Math.floor(box.h * ratio));
      // Each layer composited over white, as the page shows it.
      const luminance = new Float64Array(w * h).fill(255);
      for (const canvas of canvases) {
        const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
        for (let i = 0; i < w * h; i += 1) {
          const alpha = data[i * 4 + 3]! / 255;
          const value = 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!;
          luminance[i] = alpha * value + (1 - alpha) * luminance[i]!;
        }
      }
      const mean = luminance.reduce((sum, v) => sum + v, 0) / luminance.length;
      const variance = luminance.reduce((sum, v) => sum + (v - mean) ** 2, 0) / luminance.length;
      result[node.id()] = { label: String(node.data('display')), variance, width: box.w };
    });
    return result;
  }, graph);
}

/** Waits until the graph view has nothing in flight (a neighbourhood being fetched or laid out). */
export async function graphSettled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph-canvas"][data-busy="false"]');
}

declare global {
  interface Window {
    /** Set by the explorer's graph view (web/src/graph/graph.view.tsx). */
    jisrGraph?: Core;
    /** Set by the funder view's flow diagram (web/src/funders/flow.diagram.tsx). */
    jisrFlows?: Core;
  }
}
