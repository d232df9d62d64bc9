import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from '@embauche/accounts';
import { Environment, EnvironmentModule, ProblemDetailsFilter } from '@embauche/common';
import { DatabaseModule } from '@embauche/schema';
import { ApplicationsModule } from '@embauche/applications/applications.module';
import { OpenApplicationsRescore } from '@embauche/applications/open-applications.rescore';
import { CandidatesModule } from '@embauche/candidates/candidates.module';
import { JobPostingsModule } from '@embauche/job-postings';
import { PrivacyModule } from '@embauche/privacy/privacy.module';
import { bullRootModule, RedisModule } from '@embauche/queues';
import { MatchRequestsService } from '@embauche/scoring/match-requests.service';
import { ReviewModule } from '@embauche/review';
import { SourcingRequestsModule } from '@embauche/sourcing';
import { ScoringRequestsModule } from '@embauche/scoring/scoring-requests.module';
import { ApplicationsController } from './applications/applications.controller';
import { AuthController } from './auth/auth.controller';
import { CandidatesController } from './candidates/candidates.controller';
import { CvImportModule } from './candidates/cv-import.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { SessionController } from './auth/session.controller';
import { TrustedOrigin } from './auth/trusted-origin';
import { HealthController } from './health/health.controller';
import { ApiThrottlerGuard } from './http/api-throttler.guard';
import { loggerOptions } from './http/logger-options';
import { rateLimitModule } from './http/rate-limits';
import { JobsController } from './job-board/jobs.controller';
import { JobPostingsController } from './job-postings/job-postings.controller';
import { MatchingController } from './review/review.controller';
import { OrganizationController } from './organization/organization.controller';
import { readCacheProvider } from './read-cache/read-cache.provider';
import { SkillsController } from './skills/skills.controller';
import { TemplatesController } from './templates/templates.controller';
import { WebhookEndpointsController } from './webhooks/webhook-endpoints.controller';
import { NotificationsApiModule } from '@embauche/notifications/notifications-api.module';

export function apiModule(env: Environment) {
  @Module({
    imports: [
      EnvironmentModule.forRoot(env),
      LoggerModule.forRoot(loggerOptions(env)),
      rateLimitModule(),
      TerminusModule.forRoot({ logger: false }),
      DatabaseModule,
      RedisModule,
      bullRootModule(),
      AccountsModule,
      JobPostingsModule.register({ imports: [ScoringRequestsModule], useExisting: MatchRequestsService }),
      CandidatesModule.register({ imports: [ApplicationsModule], useExisting: OpenApplicationsRescore }),
      ApplicationsModule,
      PrivacyModule,
      ReviewModule,
      CvImportModule,
      SourcingRequestsModule,
      NotificationsApiModule,
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
      WebhookEndpointsController,
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
