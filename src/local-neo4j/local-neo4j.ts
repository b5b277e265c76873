import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ensurePreparedLauncher, LAUNCHER_MAIN_CLASS, type PreparedLauncher } from './local-neo4j.classpath';
import { lastLines, LocalNeo4jError, LocalNeo4jErrorCode, USE_EXISTING_NEO4J } from './local-neo4j.error';
import { classDataSharing, type ClassDataSharing } from './local-neo4j.archive';
import { checkJava } from './local-neo4j.java';

export { LocalNeo4jError, LocalNeo4jErrorCode } from './local-neo4j.error';
export { findProjectRoot } from './local-neo4j.paths';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 lets the OS pick a free one (read it back from `port`). */
  port: number;
  /** Neo4j's home: databases under data/, logs (and this wrapper's launcher.log) under logs/. Created if missing. */
  dataDir: string;
  /** JVM heap in MiB. Default 768: room for the seed graph and bench-sized test graphs on a 2-core, modest machine. */
  heapMb?: number;
  /**
   * Neo4j's page cache in MiB: how much of the store it keeps in memory, outside the heap. Default 96, enough
   * for the seed graph and test graphs; a graph of a million nodes (a store of about 1 GB) wants its whole store.
   */
  pageCacheMb?: number;
  /** Default 120 000: a first start creates two databases, which is slow on a busy CI machine. */
  startTimeoutMs?: number;
  /** Progress lines meant for people; the process's own output goes to `<dataDir>/logs/launcher.log`. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if the JVM has not exited within 30 s. Resolves once the process is gone; safe to call twice. */
  stop(): Promise<void>;
  /** Settles when the JVM exits, for whatever reason; `expected` is true when stop() asked for it. */
  readonly exited: Promise<LocalNeo4jExit>;
}

export interface LocalNeo4jExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly expected: boolean;
}

/** The one line the launcher writes to stdout, once Bolt accepts connections. */
const READY_LINE = /^JISR_NEO4J_READY (bolt:\/\/127\.0\.0\.1:(\d+))$/;

/** The launcher's exit codes for failures the user fixes (see LocalNeo4jLauncher.java). */
const EXIT_PORT_IN_USE = 3;
const EXIT_DATA_DIR_IN_USE = 5;

const DEFAULT_HEAP_MB = 768;
const DEFAULT_PAGE_CACHE_MB = 96;
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;

/**
 * Flags that Neo4j's own server scripts pass. Without the opens, Neo4j cannot reach file
 * descriptors through reflection and logs "Unable to advise … Incorrect file descriptor" for every
 * transaction log; Netty likewise falls back to slower buffers.
 */
const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  // An out-of-memory JVM would otherwise linger half-alive, holding the port and the store lock.
  '-XX:+ExitOnOutOfMemoryError',
  // Logs and query logs carry Arabic names; the platform default under a POSIX locale is ASCII.
  '-Dfile.encoding=UTF-8',
];

/**
 * An idle development database should not hold on to what start-up touched. The default initial
 * heap is 1/64 of RAM and G1 fills it before its first collection; the periodic collection hands
 * unused heap back after 30 s without GC activity. Measured here (2 cores, 24 GiB, heap 768m):
 * idle RSS about 370 MiB instead of about 520 MiB, with no measurable effect on start-up time.
 */
const MODEST_MEMORY_FLAGS = ['-Xms64m', '-XX:G1PeriodicGCInterval=30000'];

/**
 * Resolves the Maven classpath and builds the launcher once, and records the class-data archive that
 * makes starts faster; a no-op when both are current. A start does all this by itself (recording the
 * archive as it stops); this is for doing it up front, as CI does before its tests.
 */
export async function prepareLocalNeo4j(log: (line: string) => void = () => undefined): Promise<void> {
  const launcher = await prepare(log);
  if (launcher.classDataArchiveReady) return;
  log('recording a class-data archive from one start and stop of Neo4j, so that starts load faster…');
  const started = Date.now();
  const recorded = await recordClassDataArchive(launcher);
  log(recorded
    ? `class-data archive recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`
    : 'no class-data archive could be recorded: starts work, only slower (the next start tries again as it stops)');
}

async function prepare(log?: (line: string) => void): Promise<PreparedLauncher> {
  const java = await checkJava();
  return ensurePreparedLauncher({ log, javaVersion: java.version });
}

/**
 * Starts Neo4j Community in a child JVM with Bolt on 127.0.0.1 only and auth disabled, and
 * resolves once it accepts connections. The JVM exits by itself when this process dies, even by
 * SIGKILL: it watches its stdin, whose write end only this process holds.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { port, heapMb = DEFAULT_HEAP_MB, pageCacheMb = DEFAULT_PAGE_CACHE_MB, startTimeoutMs = DEFAULT_START_TIMEOUT_MS, log = () => undefined } = options;
  assertOptions(port, heapMb, pageCacheMb, startTimeoutMs);
  const launcher = await prepare(log);
  const sharing = await classDataSharing(launcher.classDataArchive, launcher.classDataArchiveReady);
  if (!launcher.classDataArchiveReady) {
    log('no class-data archive for this classpath yet: this Neo4j records one as it stops, so that later starts load faster');
  }
  return launch(launcher.classpath, launcher.neo4jVersion, { port, dataDir: options.dataDir, heapMb, pageCacheMb, startTimeoutMs, log }, sharing);
}

/** One start and stop of Neo4j on a throwaway data directory, for its class-data archive. */
async function recordClassDataArchive(launcher: PreparedLauncher): Promise<boolean> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'jisr-neo4j-archive-'));
  try {
    const sharing = await classDataSharing(launcher.classDataArchive, false);
    const server = await launch(
      launcher.classpath,
      launcher.neo4jVersion,
      { port: 0, dataDir, heapMb: DEFAULT_HEAP_MB, pageCacheMb: DEFAULT_PAGE_CACHE_MB, startTimeoutMs: DEFAULT_START_TIMEOUT_MS, log: () => undefined },
      sharing,
    );
    await server.stop();
    return existsSync(launcher.classDataArchive);
  } catch {
    return false;
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function launch(
  classpath: readonly string[],
  neo4jVersion: string,
  options: Required<LocalNeo4jOptions>,
  sharing: ClassDataSharing,
): Promise<LocalNeo4j> {
  const { port, heapMb, pageCacheMb, startTimeoutMs, log } = options;
  const dataDir = path.resolve(options.dataDir);
  const logsDir = path.join(dataDir, 'logs');
  await fs.mkdir(logsDir, { recursive: true });
  const launcherLog = path.join(logsDir, 'launcher.log');
  const whereToLook = `See ${launcherLog} and Neo4j's own ${path.join(logsDir, 'debug.log')}.`;

  log(`starting local Neo4j ${neo4jVersion} on 127.0.0.1:${port === 0 ? '<free port>' : port} (data: ${dataDir})`);
  const started = Date.now();
  const logStream = createWriteStream(launcherLog, { flags: 'a' });
  logStream.on('error', () => undefined); // a full disk must not crash the caller over a log line
  logStream.write(`\n--- ${new Date().toISOString()} starting Neo4j ${neo4jVersion}, port ${port}, heap ${heapMb} MiB, page cache ${pageCacheMb} MiB\n`);

  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(
    'java',
    [
      `-Xmx${heapMb}m`,
      ...MODEST_MEMORY_FLAGS,
      ...NEO4J_JVM_FLAGS,
      ...sharing.jvmFlags,
      '-cp', classpath.join(path.delimiter),
      LAUNCHER_MAIN_CLASS,
      '--port', String(port),
      '--data-dir', dataDir,
      '--page-cache-mb', String(pageCacheMb),
      '--exit-on-stdin-eof',
    ],
    // stdin is the liveness pipe: never written, only closed (by our exit) to tell the JVM to stop.
    // detached: its own process group, so a terminal's Ctrl-C (sent to the whole foreground group) reaches
    // only Node, which stops the HTTP server and the driver before it stops Neo4j. The liveness pipe still
    // ends the JVM if Node dies without stopping it.
    { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  child.stdin.on('error', () => undefined); // EPIPE after the JVM exits is expected, not a failure

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  child.once('close', () => logStream.end());

  const recentStderr: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    logStream.write(`${line}\n`);
    recentStderr.push(line);
    if (recentStderr.length > 40) recentStderr.shift();
  });
  const stdoutLines = createInterface({ input: child.stdout });
  const ready = new Promise<{ uri: string; port: number }>((resolve) => {
    stdoutLines.on('line', (line) => {
      logStream.write(`${line}\n`);
      const match = READY_LINE.exec(line);
      if (match) resolve({ uri: match[1], port: Number(match[2]) });
    });
  });

  let wasReady = false;
  let stopRequested = false;
  let killed = false;
  // Settles after the JVM has exited and its class-data recording, if any, was kept (a stop we asked for,
  // after a complete start, that the JVM finished by itself) or discarded.
  const finished = exited
    .then(({ code }) => sharing.finish(wasReady && stopRequested && !killed && code !== null))
    .catch(() => false);

  const stopProcess = async (): Promise<void> => {
    stopRequested = true;
    if (hasExited) return;
    child.kill('SIGTERM');
    let graceTimer: NodeJS.Timeout | undefined;
    const exitedInTime = await Promise.race([
      exited.then(() => true),
      new Promise<false>((resolve) => {
        graceTimer = setTimeout(() => resolve(false), STOP_GRACE_MS);
      }),
    ]);
    clearTimeout(graceTimer);
    if (!exitedInTime) {
      killed = true;
      child.kill('SIGKILL');
      await exited;
    }
  };

  let startTimer: NodeJS.Timeout | undefined;
  const failure = Promise.race([
    new Promise<never>((_, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) => {
        reject(error.code === 'ENOENT'
          ? new LocalNeo4jError(LocalNeo4jErrorCode.JAVA_NOT_FOUND, `\`java\` disappeared from PATH while starting the local Neo4j. Install a JDK 17, ${USE_EXISTING_NEO4J}.`)
          : error);
      });
    }),
    exited.then(({ code, signal }): never => {
      const output = recentStderr.join('\n');
      if (code === EXIT_PORT_IN_USE) {
        throw new LocalNeo4jError(
          LocalNeo4jErrorCode.PORT_IN_USE,
          recentStderr.find((line) => line.startsWith('Port ')) ??
            `Port ${port} on 127.0.0.1 is already in use; set NEO4J_LOCAL_PORT to a free port or stop the other process`,
        );
      }
      if (code === EXIT_DATA_DIR_IN_USE) {
        throw new LocalNeo4jError(
          LocalNeo4jErrorCode.DATA_DIR_IN_USE,
          recentStderr.find((line) => line.startsWith('Data directory ')) ??
            `Data directory ${dataDir} is in use by another Neo4j process; stop that process or set NEO4J_LOCAL_DATA_DIR to another directory`,
        );
      }
      throw new LocalNeo4jError(
        LocalNeo4jErrorCode.START_FAILED,
        `The local Neo4j exited (${signal ?? `exit code ${code}`}) before it was ready. ${whereToLook}${output ? `\n${lastLines(output, 20)}` : ''}`,
      );
    }),
    new Promise<never>((_, reject) => {
      startTimer = setTimeout(() => {
        reject(new LocalNeo4jError(
          LocalNeo4jErrorCode.START_TIMEOUT,
          `The local Neo4j did not become ready within ${startTimeoutMs / 1000} s. ${whereToLook} On a slow machine raise startTimeoutMs.`,
        ));
      }, startTimeoutMs);
    }),
  ]);

  let endpoint: { uri: string; port: number };
  try {
    endpoint = await Promise.race([ready, failure]);
  } catch (error) {
    await stopProcess();
    await finished;
    throw error;
  } finally {
    clearTimeout(startTimer);
  }
  failure.catch(() => undefined); // settles later (when the JVM exits) with nobody left to listen
  wasReady = true;

  log(`local Neo4j ready on ${endpoint.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let stopping: Promise<void> | undefined;
  void exited.then(({ code, signal }) => {
    if (!stopping) log(`local Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}). ${whereToLook}`);
  });

  return {
    uri: endpoint.uri,
    port: endpoint.port,
    pid: child.pid!,
    stop: () => (stopping ??= stopProcess().then(async () => {
      await finished;
    })),
    exited: exited.then(({ code, signal }) => ({ code, signal, expected: stopping !== undefined })),
  };
}

function assertOptions(port: number, heapMb: number, pageCacheMb: number, startTimeoutMs: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`Expected port to be an integer from 0 (any free port) to 65535, but got ${port}.`);
  }
  if (!Number.isInteger(heapMb) || heapMb < 128) {
    throw new RangeError(`Expected heapMb to be an integer of at least 128 (MiB), but got ${heapMb}.`);
  }
  // The launcher's own bounds (LocalNeo4jLauncher.Options): checked here so a bad value fails before a JVM starts.
  if (!Number.isInteger(pageCacheMb) || pageCacheMb < 8 || pageCacheMb > 1_048_576) {
    throw new RangeError(`Expected pageCacheMb to be an integer from 8 to 1048576 (MiB), but got ${pageCacheMb}.`);
  }
  if (!(startTimeoutMs > 0)) {
    throw new RangeError(`Expected startTimeoutMs to be a positive number of milliseconds, but got ${startTimeoutMs}.`);
  }
}
