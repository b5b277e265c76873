// First: graphql-js decides its mode when it is first required (src/production-mode.ts).
import './production-mode';
import 'reflect-metadata';
import { startJisr } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/** `npm start`: run Jisr until SIGTERM or SIGINT, then stop everything it started, in order. */
async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const jisr = await startJisr(config, logger, {
    // The local Neo4j could not be kept running: exit non-zero so that a process manager restarts Jisr.
    onFatal: () => {
      void jisr.stop().finally(() => process.exit(1));
    },
  }).catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    process.exit(1);
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: HTTP server, then Neo4j driver, then local Neo4j');
    jisr.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

void bootstrap();
