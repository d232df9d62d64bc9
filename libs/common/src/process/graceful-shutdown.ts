import type { INestApplicationContext, LoggerService } from '@nestjs/common';

/**
 * Closes the application on SIGTERM/SIGINT (shutdown hooks run: BullMQ
 * workers finish or hand back the jobs in hand, connections close), then
 * exits 0. Nest's own enableShutdownHooks re-raises the signal after the
 * hooks, so orchestrators would see a kill, not a clean exit.
 */
export function closeOnSignals(app: INestApplicationContext, logger: LoggerService, graceMs = 25000): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: finishing the work in hand`, 'Shutdown');
    const timer = setTimeout(() => {
      logger.error(`Still busy after ${graceMs} ms: exiting anyway`, undefined, 'Shutdown');
      process.exit(1);
    }, graceMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        logger.error(`Shutdown failed: ${error.message}`, error.stack, 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
