import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment, EnvironmentModule } from '@embauche/common';
import { DatabaseModule } from '@embauche/schema';
import { bullRootModule, RedisModule } from '@embauche/queues';
import { ScoringWorkerModule } from '@embauche/scoring';
import { SourcingReconcilePass, SourcingWorkerModule } from '@embauche/sourcing';
import { NotificationsWorkerModule } from '@embauche/notifications/notifications-worker.module';
import { HealthServer } from './health/health.server';
import { ScoringProcessor } from './processors/scoring.processor';
import { SourcingProcessor } from './processors/sourcing.processor';
import { NotificationsProcessor } from './processors/notifications.processor';

export function workerModule(env: Environment) {
  @Module({
    imports: [
      EnvironmentModule.forRoot(env),
      LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL } }),
      DatabaseModule,
      RedisModule,
      bullRootModule(),
      SourcingWorkerModule,
      ScoringWorkerModule.register({ imports: [SourcingWorkerModule], passes: [SourcingReconcilePass] }),
      NotificationsWorkerModule,
    ],
    providers: [HealthServer, ScoringProcessor, SourcingProcessor, NotificationsProcessor],
  })
  class WorkerModule {}
  return WorkerModule;
}
