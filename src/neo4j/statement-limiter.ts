/**
 * A counting semaphore over one request's Cypher statements. GraphQL runs sibling fields concurrently, so a
 * document with 500 aliased `network` fields would otherwise take every pooled connection at once and make
 * every other client wait; with a per-request cap, such a request queues behind itself.
 */
export class StatementLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly maxConcurrent: number) {
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new Error(`maxConcurrent must be a positive integer, got ${maxConcurrent}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
