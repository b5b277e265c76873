import { StatementLimiter } from '../../../src/neo4j/statement-limiter';

describe('statement limiter (one request cannot take the whole connection pool)', () => {
  it('runs at most maxConcurrent statements at once and all of them in the end', async () => {
    const limiter = new StatementLimiter(3);
    let running = 0;
    let peak = 0;
    const release: Array<() => void> = [];
    const work = () => limiter.run(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => release.push(resolve));
      running--;
      return 'done';
    });
    const all = Promise.all(Array.from({ length: 10 }, work));
    // Release statements one by one as they start; the queue drains in order.
    for (let released = 0; released < 10; released++) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    await new Promise((r) => setImmediate(r));
    while (release.length > 0) release.shift()?.();
    expect(await all).toEqual(Array(10).fill('done'));
    expect(peak).toBe(3);
  });

  it('frees its slot when a statement fails', async () => {
    const limiter = new StatementLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(() => Promise.resolve(42))).resolves.toBe(42);
  });

  it('refuses a cap that is not a positive integer', () => {
    expect(() => new StatementLimiter(0)).toThrow('maxConcurrent must be a positive integer, got 0');
  });
});
