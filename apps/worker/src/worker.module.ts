import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment, EnvironmentModule } from '@embauche/common';
import { DatabaseModule } from '@embauche/database';
import { bullRootModule, RedisModule } from '@embauche/queues';
import { ScoringWorkerModule } from '@embauche/scoring';
import { SourcingReconcilePass, SourcingWorkerModule } from '@embauche/sourcing';
import { HealthServer } from './health/health.server';
import { ScoringProcessor } from './processors/scoring.processor';
import { SourcingProcessor } from './processors/sourcing.processor';

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
    ],
    providers: [HealthServer, ScoringProcessor, SourcingProcessor],
  })
  class WorkerModule {}
  return WorkerModule;
}
