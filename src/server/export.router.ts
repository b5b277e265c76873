import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import { BEARER_CHALLENGE, refuseUnauthenticated, viewerOfResponse } from '../auth/authenticate';
import { requireRole } from '../auth/viewer';
import type { Repositories } from '../context/context';
import { badUserInput, ErrorCode, httpStatusOf, JisrError } from '../errors';
import { DEFAULT_EXPORT_DEPTH, EXPORT_FORMATS, type ExportFormat, formatOfExtension } from '../export/export.formats';
import { ExportRepository } from '../export/export.repository';
import { DEFAULT_EXPORT_LIMIT, type ExportScope, prepareExport } from '../export/export.service';
import type { Logger } from '../logger';
import type { Neo4jExecutor } from '../neo4j/executor';
import { echo, sendGraphQLError } from './transport-errors';

/**
 * File downloads of the graph (mounted at /export):
 *   GET /export/graph.<ext>[?centerId=<id>&depth=<1–3>&limit=<n>]   the whole graph, or a neighbourhood
 *   GET /export/funders/<id>/flows.<ext>                             a funder's flows
 * with <ext> one of gexf, graphml, json (graphology), cyjs (Cytoscape.js), csv, and nodes.csv (graph only).
 * The read rules are GraphQL's: a key that is sent must be valid, and READS_REQUIRE_KEY asks for one; errors
 * are GraphQL-shaped JSON with a code, answered before the first byte of the file.
 */

export interface ExportRouterOptions {
  readonly executor: Neo4jExecutor;
  readonly repositories: Repositories;
  readonly logger: Logger;
  /** READS_REQUIRE_KEY. */
  readonly readsRequireKey: boolean;
}

/** Exports are bulk reads: a whole graph takes more than an API request's transaction time. */
const EXPORT_TIMEOUT_MS = 120_000;

const GRAPH_EXTENSIONS = Object.values(EXPORT_FORMATS).map((f) => f.extension);
const FUNDER_EXTENSIONS = Object.values(EXPORT_FORMATS).filter((f) => f.funder).map((f) => f.extension);

/**
 * Exports are the heaviest reads Jisr serves (the whole graph streams every node and relationship), and the
 * tools that take them (a dashboard, Gephi's import, a script on a schedule) ask for the same file again and
 * again. Each file is answered with a tag: a client that sends it back (If-None-Match) while the graph is
 * unchanged gets 304 Not Modified, with no body and no read but the graph's version.
 *
 * The tag names the graph version read before the file (Neo4jExecutor.graphVersion: any committed write changes
 * it), the request's path and query, and this process, since another Jisr may write a file differently. It is
 * weak: the same data, not the same bytes (a GEXF file carries the day it was made). A file that a write
 * overtook half-way carries the version from before that write, which no later request reads again, so it is
 * never confirmed as current.
 */
const PROCESS_TAG = randomUUID();

function exportTag(graphVersion: string, url: string): string | undefined {
  if (graphVersion === '') return undefined;
  return `W/"${createHash('sha256').update(`${PROCESS_TAG}\n${graphVersion}\n${url}`).digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether If-None-Match names the tag, by weak comparison (RFC 9110, 13.1.2): any entity tag of the list, `W/`
 * or not, equal to it. Express's `req.fresh` would not do: it answers no whenever the request says
 * `Cache-Control: no-cache`, which fetch() adds to every request that carries If-None-Match.
 */
function namesTag(ifNoneMatch: string, tag: string): boolean {
  const opaque = (entityTag: string) => entityTag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((entityTag) => opaque(entityTag) === opaque(tag));
}

function formatOf(file: string, prefix: 'graph' | 'flows'): ExportFormat | undefined {
  if (!file.startsWith(`${prefix}.`)) return undefined;
  const format = formatOfExtension(file.slice(prefix.length + 1));
  return format && (prefix === 'graph' || EXPORT_FORMATS[format].funder) ? format : undefined;
}

/** A whole number from the query string, or undefined when absent. */
function integerParameter(req: Request, name: string): number | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) {
    throw badUserInput(`Expected ${name} to be a whole number, but got ${JSON.stringify(echo(String(value), 40))}.`, { argument: name });
  }
  return Number(value);
}

function graphScope(req: Request): ExportScope {
  const centerId = req.query.centerId;
  const depth = integerParameter(req, 'depth');
  const limit = integerParameter(req, 'limit');
  if (centerId === undefined) {
    if (depth !== undefined || limit !== undefined) throw badUserInput('depth and limit choose a neighbourhood: send centerId=<node id> with them, or neither for the whole graph.', { argument: 'centerId' });
    return { kind: 'graph' };
  }
  if (typeof centerId !== 'string') throw badUserInput('Expected one centerId, but got several.', { argument: 'centerId' });
  return { kind: 'neighbourhood', centerId, depth: depth ?? DEFAULT_EXPORT_DEPTH, limit: limit ?? DEFAULT_EXPORT_LIMIT };
}

export function exportRouter(options: ExportRouterOptions): Router {
  const { logger } = options;
  const exports = new ExportRepository(options.executor);
  const router = express.Router();

  // A malformed, unknown or revoked key is refused (401), as on /graphql.
  router.use(refuseUnauthenticated((req, res, error) => {
    logger.info({ requestId: res.locals.requestId as unknown, ip: req.ip, status: httpStatusOf(error.code), code: error.code }, 'request refused');
    sendGraphQLError(req, res, error);
  }));

  /** Answers one export: key rules, then the request's own checks and first read, then the file. */
  const answer = async (req: Request, res: Response, format: ExportFormat | undefined, scopeOf: () => ExportScope) => {
    const started = process.hrtime.bigint();
    const requestId = res.locals.requestId as string | undefined;
    const viewer = viewerOfResponse(res);
    /** The log line of an answered export: 304, or 200 with what the file held. */
    const logAnswered = (status: 200 | 304, counts: object = {}) => logger.info({
      requestId, ...(viewer ? { keyId: viewer.keyId } : {}), export: req.path, status, ...counts, ms: Number(process.hrtime.bigint() - started) / 1e6,
    }, 'export');
    try {
      if (options.readsRequireKey) requireRole(viewer, 'reader', 'read the graph');
      if (!format) {
        throw new JisrError(ErrorCode.NOT_FOUND, `Nothing is exported at ${echo(req.originalUrl.split('?')[0] ?? '')}. Exports: ${EXPORT_PATHS.graph.join(', ')} (with ?centerId=<id>&depth=<1–3> for a neighbourhood); ${EXPORT_PATHS.funder.join(', ')}.`);
      }
      const query = { operation: `export ${req.path}`, requestId, timeoutMs: EXPORT_TIMEOUT_MS };
      const scope = scopeOf();
      const tag = exportTag(await options.executor.graphVersion(query), req.originalUrl);
      const notModified = () => {
        res.status(304).end();
        logAnswered(304);
      };
      const ifNoneMatch = req.headers['if-none-match']?.trim();
      if (tag) {
        // Caches may keep the file, but must ask again before they use it: the graph changes without notice.
        res.setHeader('etag', tag).setHeader('cache-control', 'no-cache');
        if (ifNoneMatch && namesTag(ifNoneMatch, tag)) return notModified();
      }
      const prepared = await prepareExport(format, scope, { repositories: options.repositories, exports }, { query });
      // `*` asks whether the file exists at all, which only preparing it tells (an unknown centre or funder is NOT_FOUND).
      if (tag && ifNoneMatch === '*') return notModified();
      // Set as they are: Express's attachment() would pick the content type again from the file extension.
      res.status(200)
        .setHeader('content-type', prepared.contentType)
        .setHeader('content-disposition', `attachment; filename="${prepared.fileName}"`)
        .setHeader('x-content-type-options', 'nosniff');
      // Readable.from pulls a chunk only when the response has room for it; a client that goes away stops the paging.
      await pipeline(Readable.from(prepared.chunks(), { objectMode: false }), res);
      logAnswered(200, prepared.counts);
    } catch (error) {
      if (res.headersSent) {
        // Part of the file is out: the only honest end is to cut the connection, so the file is visibly incomplete.
        logger.error({ err: error, requestId, export: req.path }, 'export failed after it started');
        res.destroy();
        return;
      }
      // A refusal is not the file the tag names.
      res.removeHeader('etag');
      res.removeHeader('cache-control');
      if (!(error instanceof JisrError) || error.code === ErrorCode.INTERNAL_SERVER_ERROR) throw error;
      // The challenge RFC 6750 asks a 401 to carry, as /graphql sends it.
      if (error.code === ErrorCode.UNAUTHENTICATED) res.setHeader('www-authenticate', BEARER_CHALLENGE);
      logger.info({ requestId, export: req.path, status: httpStatusOf(error.code), code: error.code }, 'request refused');
      sendGraphQLError(req, res, error);
    }
  };

  router.get('/graph.:extension', (req, res) => answer(req, res, formatOf(`graph.${req.params.extension}`, 'graph'), () => graphScope(req)));
  router.get('/funders/:funderId/flows.:extension', (req, res) =>
    answer(req, res, formatOf(`flows.${req.params.extension}`, 'flows'), () => ({ kind: 'funder', funderId: req.params.funderId })));

  return router;
}

/** The paths this router serves, for messages and the README. */
export const EXPORT_PATHS = {
  graph: GRAPH_EXTENSIONS.map((e) => `/export/graph.${e}`),
  funder: FUNDER_EXTENSIONS.map((e) => `/export/funders/<id>/flows.${e}`),
} as const;
