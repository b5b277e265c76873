import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Bounds how long one call keeps retrying when the server is gone, so clients get DATABASE_UNAVAILABLE fast. */
  readonly maxRetryTimeMs?: number;
}

/** How long the driver retries a write's transaction function, and the executor a read, when none is given. */
export const DEFAULT_MAX_RETRY_TIME_MS = 5_000;

export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Jisr's integers are counts and offsets, far below 2^53; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    userAgent: 'jisr/0.1',
  });
}

/** Waits until the server answers, for a server that is still starting; rethrows the last error at the deadline. */
export async function waitForConnectivity(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
