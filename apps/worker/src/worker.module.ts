import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment, EnvironmentModule } from '@embauche/common';
import { DatabaseModule } from '@embauche/database';
import { bullRootModule, RedisModule } from '@embauche/queues';
import { HealthServer } from './health/health.server';

export function workerModule(env: Environment) {
  @Module({
    imports: [
      EnvironmentModule.forRoot(env),
      LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL } }),
      DatabaseModule,
      RedisModule,
      bullRootModule(),
    ],
    providers: [HealthServer],
  })
  class WorkerModule {}
  return WorkerModule;
}
