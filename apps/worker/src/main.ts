import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, loadEnvironmentOrExit } from '@embauche/common';
import { QUEUE_JOBS } from '@embauche/queues';
import { HealthServer } from './health/health.server';
import { assertEveryJobHasAHandler } from './processors/job-handlers';
import { ScoringProcessor } from './processors/scoring.processor';
import { SourcingProcessor } from './processors/sourcing.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { workerModule } from './worker.module';

/**
 * The worker is a Nest application context (no HTTP framework): it runs the
 * BullMQ processors and the reconciler, plus a tiny health endpoint. SIGTERM or
 * SIGINT closes the BullMQ workers, which lets the jobs in hand finish first.
 */
async function bootstrap(): Promise<void> {
  const env = loadEnvironmentOrExit('worker');
  const app = await NestFactory.createApplicationContext(workerModule(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  try {
    assertEveryJobHasAHandler(QUEUE_JOBS, [app.get(ScoringProcessor), app.get(SourcingProcessor), app.get(NotificationsProcessor)]);
  } catch (error) {
    app.get(Logger).error((error as Error).message);
    await app.close();
    process.exit(1);
  }
  closeOnSignals(app, app.get(Logger));
  await app.get(HealthServer).listen(env.WORKER_HEALTH_PORT);
  new NestLogger('Bootstrap').log(`Worker running (health: http://localhost:${env.WORKER_HEALTH_PORT}/health/ready)`);
}

void bootstrap();
