import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Loading Neo4j's ~15 000 classes dominates a warm start. A dynamic class-data sharing archive, which
 * a JVM writes as it exits (`-XX:ArchiveClassesAtExit`), lets later JVMs map those classes instead: a
 * warm start went from about 4.8 s to 3.0 s here. Recording one in a start of its own costs a whole
 * Neo4j start and stop (9 s idle, 30 s on a busy machine), so a first `npm start` does not wait for
 * it: while there is no archive, the Neo4j being started records one, and it is kept when that
 * Neo4j is stopped cleanly. `npm run neo4j:prepare` still records one up front, for CI.
 */
export interface ClassDataSharing {
  /** The JVM flags: use the archive, or record one at exit. */
  readonly jvmFlags: readonly string[];
  /**
   * Called once the JVM has exited: keeps what it recorded when it was stopped cleanly (the archive is
   * written during exit, so a killed or crashed JVM may have left half of one), discards it otherwise.
   * Resolves to whether an archive is now in place.
   */
  finish(stoppedCleanly: boolean): Promise<boolean>;
}

let recordings = 0;

/** Uses the archive at `archiveFile` when `ready`, or records one into it. */
export async function classDataSharing(archiveFile: string, ready: boolean): Promise<ClassDataSharing> {
  await removeAbandonedRecordings(archiveFile);
  if (ready) return { jvmFlags: [`-XX:SharedArchiveFile=${archiveFile}`], finish: async () => true };

  // A name of its own: parallel starts (a test suite's) each record, and the last clean stop's archive wins.
  const recording = `${archiveFile}.${process.pid}.${++recordings}.recording`;
  return {
    jvmFlags: [`-XX:ArchiveClassesAtExit=${recording}`],
    async finish(stoppedCleanly) {
      if (stoppedCleanly && existsSync(recording)) {
        // Atomic: a JVM starting meanwhile maps either the old file or the new one, never half of one.
        await fs.rename(recording, archiveFile);
        return true;
      }
      await fs.rm(recording, { force: true });
      return false;
    },
  };
}

/**
 * Recordings (about 100 MB each) of processes that are gone: one killed with SIGKILL never got to
 * keep or discard what its JVM wrote as it exited.
 */
async function removeAbandonedRecordings(archiveFile: string): Promise<void> {
  const dir = path.dirname(archiveFile);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(archiveFile))}\\.(\\d+)\\.\\d+\\.recording$`);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (match && !isRunning(Number(match[1]))) await fs.rm(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
