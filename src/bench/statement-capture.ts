import neo4j, { type Driver, type Integer } from 'neo4j-driver';

/** One Cypher statement a server sent, with its parameters and when it ran (ms, performance.now()). */
export interface CapturedStatement {
  readonly text: string;
  readonly params: Record<string, unknown>;
  readonly startedAt: number;
  endedAt: number;
}

/**
 * A driver that behaves as the given one and records every `run` of every transaction or session into
 * `sink()`. The bench uses it to learn the very statements a request costs (text, parameters, and which ran
 * after which) without touching the executor: Jisr's through its own executor, @neo4j/graphql's through its.
 */
export function capturingDriver(driver: Driver, sink: () => CapturedStatement[] | undefined): Driver {
  const wrapRunner = <T extends object>(runner: T): T => new Proxy(runner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'run' && typeof value === 'function') {
        return (text: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
          const result = (value as (...args: unknown[]) => PromiseLike<unknown>).call(target, text, params, ...rest);
          const list = sink();
          if (list) {
            const record: CapturedStatement = { text, params, startedAt: performance.now(), endedAt: Number.NaN };
            list.push(record);
            Promise.resolve(result).then(() => { record.endedAt = performance.now(); }, () => { record.endedAt = performance.now(); });
          }
          return result;
        };
      }
      if ((key === 'executeRead' || key === 'executeWrite') && typeof value === 'function') {
        return (work: (tx: object) => unknown, config?: unknown) =>
          (value as (w: (tx: object) => unknown, c?: unknown) => unknown).call(target, (tx: object) => work(wrapRunner(tx)), config);
      }
      if (key === 'beginTransaction' && typeof value === 'function') {
        return (...args: unknown[]) => wrapRunner((value as (...a: unknown[]) => object).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return new Proxy(driver, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => wrapRunner((value as (...a: unknown[]) => object).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Statements grouped into the waves a request ran them in: a statement starts a new wave when it started after
 * a statement of the current wave had answered (it waited for a result), else it ran alongside them.
 */
export function wavesOf(statements: readonly CapturedStatement[]): CapturedStatement[][] {
  const waves: CapturedStatement[][] = [];
  for (const statement of [...statements].sort((a, b) => a.startedAt - b.startedAt)) {
    const current = waves.at(-1);
    if (current && statement.startedAt < Math.min(...current.map((s) => s.endedAt))) current.push(statement);
    else waves.push([statement]);
  }
  return waves;
}

/** Parameters as JSON that keeps Neo4j integers integers (LIMIT and slices refuse floats). */
export function encodeParams(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: (value as Integer).toString() };
  if (Array.isArray(value)) return value.map(encodeParams);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeParams(v)]));
  return value;
}

export function decodeParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeParams);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === '$int') return neo4j.int(entries[0][1] as string);
    return Object.fromEntries(entries.map(([k, v]) => [k, decodeParams(v)]));
  }
  return value;
}

/** Records as JSON, Neo4j integers as numbers: what a bare server would send. */
export const recordsToJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (neo4j.isInt(v) ? (v as Integer).toNumber() : v));
