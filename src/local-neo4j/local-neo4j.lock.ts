import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError, LocalNeo4jErrorCode } from './local-neo4j.error';

/** A cold Maven run downloads ~120 MB of jars; waiting on another process doing so can take long. */
const PREPARE_LOCK_WAIT_MS = 20 * 60_000;

/** How often a waiting process looks at the lock again. */
const POLL_MS = 500;

/** A lock file this old and still empty was abandoned between its creation and its pid being written. */
const EMPTY_LOCK_STALE_MS = 10_000;

export interface PrepareLockOptions {
  /** Told once, when this process has to wait for another one. */
  readonly log?: (line: string) => void;
  /** Default 20 minutes. */
  readonly maxWaitMs?: number;
}

/**
 * Runs `work` while holding `lockFile`, a file created exclusively and holding this process's pid.
 * Two processes preparing at once (jest's global setup and a test, two terminals) would have two
 * Mavens writing the same target/; the second waits instead. A lock whose process is gone (killed
 * mid-Maven, say) is taken over.
 */
export async function withPrepareLock<T>(lockFile: string, options: PrepareLockOptions, work: () => Promise<T>): Promise<T> {
  const { log = () => undefined, maxWaitMs = PREPARE_LOCK_WAIT_MS } = options;
  await fs.mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + maxWaitMs;
  let toldWaiting = false;
  for (;;) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await lockHolder(lockFile);
    if (holder === 'stale') {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        LocalNeo4jErrorCode.PREPARE_FAILED,
        `Another process (pid ${holder}) has been preparing the local Neo4j classpath for over ${formatWait(maxWaitMs)}. If no Maven is running, delete ${lockFile} and try again.`,
      );
    }
    if (!toldWaiting) {
      log(`waiting for another process (pid ${holder}) that is preparing the local Neo4j classpath…`);
      toldWaiting = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}

function formatWait(ms: number): string {
  return ms >= 60_000 ? `${ms / 60_000} minutes` : `${ms / 1000} s`;
}

/** The pid holding the lock, or 'stale' when that process is gone. */
async function lockHolder(lockFile: string): Promise<number | 'stale'> {
  let content: string;
  let ageMs: number;
  try {
    content = await fs.readFile(lockFile, 'utf8');
    ageMs = Date.now() - (await fs.stat(lockFile)).mtimeMs;
  } catch {
    return 'stale'; // removed between our attempt and this read: just try again
  }
  // An empty file is usually a lock being written this instant; only an old one was abandoned.
  if (content === '') return ageMs > EMPTY_LOCK_STALE_MS ? 'stale' : 0;
  const pid = Number(content);
  if (!Number.isInteger(pid) || pid <= 0) return 'stale';
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so the lock is live.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : 'stale';
  }
}
