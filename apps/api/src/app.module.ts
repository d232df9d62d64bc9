import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from '@embauche/accounts';
import { Environment, EnvironmentModule, ProblemDetailsFilter } from '@embauche/common';
import { DatabaseModule } from '@embauche/database';
import { ApplicationsModule } from '@embauche/applications/applications.module';
import { CandidatesModule } from '@embauche/candidates/candidates.module';
import { JobPostingsModule } from '@embauche/job-postings';
import { PrivacyModule } from '@embauche/privacy/privacy.module';
import { bullRootModule, RedisModule } from '@embauche/queues';
import { MatchRequestsService } from '@embauche/scoring/match-requests.service';
import { ReviewModule } from '@embauche/scoring/review.module';
import { ScoringRequestsModule } from '@embauche/scoring/scoring-requests.module';
import { ApplicationsController } from './applications/applications.controller';
import { AuthController } from './auth/auth.controller';
import { CandidatesController } from './candidates/candidates.controller';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { SessionController } from './auth/session.controller';
import { TrustedOrigin } from './auth/trusted-origin';
import { HealthController } from './health/health.controller';
import { ApiThrottlerGuard, AUTH_THROTTLER } from './http/api-throttler.guard';
import { FixedWindowThrottlerStorage } from './http/fixed-window-throttler.storage';
import { loggerOptions } from './http/logger-options';
import { JobsController } from './job-board/jobs.controller';
import { JobPostingsController } from './job-postings/job-postings.controller';
import { MatchingController } from './matching/matching.controller';
import { OrganizationController } from './organization/organization.controller';
import { readCacheProvider } from './read-cache/read-cache.provider';
import { SkillsController } from './skills/skills.controller';
import { TemplatesController } from './templates/templates.controller';

export function apiModule(env: Environment) {
  @Module({
    imports: [
      EnvironmentModule.forRoot(env),
      LoggerModule.forRoot(loggerOptions(env)),
      ThrottlerModule.forRoot({
        storage: new FixedWindowThrottlerStorage(),
        throttlers: [
          { name: 'default', ttl: 60_000, limit: env.RATE_LIMIT_PER_MINUTE },
          { name: AUTH_THROTTLER, ttl: 60_000, limit: env.AUTH_RATE_LIMIT_PER_MINUTE },
        ],
      }),
      TerminusModule.forRoot({ logger: false }),
      DatabaseModule,
      RedisModule,
      bullRootModule(),
      AccountsModule,
      JobPostingsModule.register({ imports: [ScoringRequestsModule], useExisting: MatchRequestsService }),
      CandidatesModule,
      ApplicationsModule,
      PrivacyModule,
      ReviewModule,
    ],
    controllers: [
      HealthController,
      AuthController,
      SessionController,
      OrganizationController,
      SkillsController,
      TemplatesController,
      JobPostingsController,
      JobsController,
      CandidatesController,
      ApplicationsController,
      MatchingController,
    ],
    providers: [
      readCacheProvider(env),
      TrustedOrigin,
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      { provide: APP_GUARD, useClass: ApiThrottlerGuard },
      { provide: APP_GUARD, useClass: JwtAuthGuard },
      { provide: APP_GUARD, useClass: RolesGuard },
    ],
  })
  class ApiModule {}
  return ApiModule;
}
