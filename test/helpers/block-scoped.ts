/**
 * Something a test file (or describe block) sets up once: created in the block's beforeAll, disposed in its
 * afterAll. Returns an accessor that tests and hooks call; calling it outside them is a mistake it names.
 */
export function blockScoped<T>(what: string, create: () => Promise<T>, dispose: (value: T) => Promise<void>, timeoutMs?: number): () => T {
  let value: T | undefined;
  let created = false;
  beforeAll(async () => {
    value = await create();
    created = true;
  }, timeoutMs);
  afterAll(async () => {
    if (!created) return;
    created = false;
    await dispose(value as T);
    value = undefined;
  }, timeoutMs);
  return () => {
    if (!created) throw new Error(`${what} exists from the block's beforeAll to its afterAll: use it inside tests and hooks, not at the top level of the file.`);
    return value as T;
  };
}
