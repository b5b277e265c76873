import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response, type Router } from 'express';
import { REPO_ROOT } from '../config';

/** Where `npm run build:web` (scripts/build-web.ts) writes the explorer. */
export const EXPLORER_BUILD_DIR = path.join(REPO_ROOT, 'dist', 'web');

/**
 * The one inline style the explorer's pages allow, by its hash: the rule Cytoscape.js inserts in <head> when it
 * starts (its base renderer gives containers `position: relative`). A Cytoscape release that changes it is caught by the
 * browser tests, which fail on any Content-Security-Policy violation.
 */
const CYTOSCAPE_CONTAINER_RULE = '.__________cytoscape_container { position: relative; }';
const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/**
 * Everything the explorer loads comes from this origin: its scripts, styles, fonts and Monaco's workers are
 * bundled files, and it talks to /graphql and /export here. No inline script anywhere. GraphiQL's page also
 * allows inline styles (Monaco inserts its own <style> elements) and data: fonts (GraphiQL's stylesheet carries
 * its fonts inline); neither is a source outside this origin.
 */
const policy = (style: string, font: string) => [
  "default-src 'self'",
  "script-src 'self'",
  `style-src ${style}`,
  "img-src 'self' data:",
  `font-src ${font}`,
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const EXPLORER_CSP = policy(`'self' ${styleHash(CYTOSCAPE_CONTAINER_RULE)}`, "'self'");
export const GRAPHIQL_CSP = policy("'self' 'unsafe-inline'", "'self' data:");

export interface ExplorerRouterOptions {
  /** The built explorer. Default EXPLORER_BUILD_DIR. */
  readonly dir?: string;
}

const securityHeaders = (contentSecurityPolicy: string): RequestHandler => (_req, res, next) => {
  res.set({
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  next();
};

/** What `/` answers when the bundle was never built (a checkout that ran `tsc` only, or tests that never built it). */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Jisr explorer: not built</title></head>
<body>
<h1>The Jisr explorer is not built</h1>
<p>Build it with <code>npm run build:web</code> (or <code>npm run build</code>, which <code>npm start</code> runs), then reload this page.</p>
<p>The GraphQL API is served at <code>/graphql</code> all the same.</p>
</body>
</html>
`;

function sendPage(res: Response, dir: string, file: string): void {
  const page = path.join(dir, file);
  if (!existsSync(page)) {
    res.status(503).type('html').set('Cache-Control', 'no-store').send(NOT_BUILT_PAGE);
    return;
  }
  // The page names hashed assets, so it must be revalidated; the assets themselves never change.
  res.set('Cache-Control', 'no-cache').sendFile(page);
}

/**
 * The explorer at `/` (graph, funder and timeline views) and GraphiQL at `/graphiql`, from the built bundle, with
 * a Content-Security-Policy that forbids every other origin. Paths it does not know fall through to the 404.
 * The bundle is looked up per request: building while the server runs needs no restart.
 */
export function explorerRouter(options: ExplorerRouterOptions = {}): Router {
  const dir = options.dir ?? EXPLORER_BUILD_DIR;
  const router = express.Router();
  router.get(['/', '/index.html'], securityHeaders(EXPLORER_CSP), (_req, res) => sendPage(res, dir, 'index.html'));
  router.get(['/graphiql', '/graphiql.html'], securityHeaders(GRAPHIQL_CSP), (_req, res) => sendPage(res, dir, 'graphiql.html'));
  router.use('/assets', securityHeaders(EXPLORER_CSP), express.static(path.join(dir, 'assets'), {
    immutable: true,
    maxAge: '365d',
    index: false,
    redirect: false,
    fallthrough: true,
  }));
  return router;
}
