import { Semaphore } from '../common/semaphore';

/**
 * A counting semaphore over one request's Cypher statements. GraphQL runs sibling fields concurrently, so a
 * document with 500 aliased `network` fields would otherwise take every pooled connection at once and make
 * every other client wait; with a per-request cap, such a request queues behind itself.
 */
export class StatementLimiter extends Semaphore {}
