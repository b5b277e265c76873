import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; one logger per process, children carry request ids. */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { service: 'jisr' } });
}
