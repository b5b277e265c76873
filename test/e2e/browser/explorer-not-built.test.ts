import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { EXPLORER_CSP, explorerRouter } from '../../../src/server/explorer.router';

describe('the explorer before its bundle is built', () => {
  let url: string;
  let close: () => Promise<void>;
  const empty = mkdtempSync(path.join(os.tmpdir(), 'jisr-no-web-'));

  beforeAll(async () => {
    const app = express();
    app.use(explorerRouter({ dir: empty }));
    app.use((_req, res) => {
      res.status(404).send('not the explorer');
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterAll(async () => {
    await close();
    rmSync(empty, { recursive: true, force: true });
  });

  it.each(['/', '/graphiql'])('answers %s with a page saying how to build it, under the same policy', async (page) => {
    const response = await fetch(`${url}${page}`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(await response.text()).toContain('Build it with <code>npm run build:web</code>');
  });

  it('leaves unknown assets to the server\'s 404', async () => {
    const response = await fetch(`${url}/assets/explorer.main-XXXX.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not the explorer');
  });

  it('allows no source outside the origin and no inline script', () => {
    expect(EXPLORER_CSP).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(EXPLORER_CSP).toContain("script-src 'self';");
  });
});
