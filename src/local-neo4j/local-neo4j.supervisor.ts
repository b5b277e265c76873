import { type LocalNeo4j, type LocalNeo4jExit, type LocalNeo4jOptions, startLocalNeo4j } from './local-neo4j';

/**
 * Keeps the local Neo4j running for the service: when the JVM dies (killed, out of memory, a crash), it is
 * started again on the same port and data folder, after a growing pause, and the service's driver reconnects
 * by itself. Meanwhile requests get DATABASE_UNAVAILABLE and /readyz answers 503. After `maxRestarts`
 * failed attempts in a row the supervisor gives up and says so through `onGiveUp`, so that the service can
 * exit non-zero and let its process manager restart everything: a supervisor that retried forever would
 * hide a broken machine behind "try again shortly".
 */

export interface SupervisorOptions extends LocalNeo4jOptions {
  /** Failed restarts in a row before giving up. Default 5. */
  readonly maxRestarts?: number;
  /** Pause before the n-th restart in a row (the last value repeats). Default 1, 2, 4, 8, 16 s. */
  readonly backoffMs?: readonly number[];
  /** A Neo4j that has run this long since its start counts as healthy again: the failure count resets. Default 60 s. */
  readonly healthyAfterMs?: number;
  readonly warn: (message: string, details?: Record<string, unknown>) => void;
  readonly onGiveUp: (error: Error) => void;
}

export interface SupervisedNeo4j {
  readonly uri: string;
  /** The process running now (changes after a restart). */
  readonly current: LocalNeo4j | undefined;
  /** Restarts so far, successful or not. */
  readonly restarts: number;
  /** The process id of the running JVM; undefined while it is being restarted. */
  readonly pid: number | undefined;
  /** Stops supervising, then stops the running Neo4j. */
  stop(): Promise<void>;
}

const DEFAULT_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000];

export async function superviseLocalNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const { maxRestarts = 5, backoffMs = DEFAULT_BACKOFF_MS, healthyAfterMs = 60_000, warn, onGiveUp, ...startOptions } = options;
  let current: LocalNeo4j | undefined = await startLocalNeo4j(startOptions);
  // A port of 0 means "any free port" only the first time: restarts must come back where the driver looks.
  const pinned: LocalNeo4jOptions = { ...startOptions, port: current.port };
  const uri = current.uri;
  let stopped = false;
  let restarts = 0;
  let failuresInARow = 0;
  let startedAt = Date.now();
  let pause: { timer: NodeJS.Timeout; resolve: () => void } | undefined;

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    pause = { timer: setTimeout(resolve, ms), resolve };
  });

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then((exit) => {
      if (stopped || exit.expected) return;
      void recover(exit);
    });
  };

  const recover = async (exit: LocalNeo4jExit) => {
    current = undefined;
    if (Date.now() - startedAt >= healthyAfterMs) failuresInARow = 0;
    warn(`the local Neo4j exited unexpectedly (${exit.signal ?? `exit code ${exit.code}`}); restarting it on the same data`, { pid: undefined, ...exit });
    while (!stopped) {
      if (failuresInARow >= maxRestarts) {
        onGiveUp(new Error(`The local Neo4j could not be kept running: ${failuresInARow} restarts failed in a row. See ${startOptions.dataDir}/logs/.`));
        return;
      }
      const wait = backoffMs[Math.min(failuresInARow, backoffMs.length - 1)] ?? 1_000;
      failuresInARow++;
      restarts++;
      await sleep(wait);
      if (stopped) return;
      try {
        const neo4j = await startLocalNeo4j(pinned);
        if (stopped) {
          await neo4j.stop();
          return;
        }
        current = neo4j;
        startedAt = Date.now();
        warn(`the local Neo4j is running again after restart ${restarts}`, { pid: neo4j.pid, uri: neo4j.uri });
        watch(neo4j);
        return;
      } catch (error) {
        warn(`restart ${restarts} of the local Neo4j failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  };

  watch(current);
  return {
    uri,
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    get pid() {
      return current?.pid;
    },
    async stop() {
      stopped = true;
      if (pause) {
        clearTimeout(pause.timer);
        pause.resolve();
      }
      await current?.stop();
    },
  };
}
