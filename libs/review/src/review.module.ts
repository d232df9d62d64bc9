import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { JobPostingsRepository } from '@embauche/job-postings/job-postings.repository';
import { AccountsModule } from '@embauche/accounts';
import { ApplicationsModule } from '@embauche/applications/applications.module';
import { QueuesModule } from '@embauche/queues';
import { ApplicationIdentityService } from './application-identity.service';
import { PipelineRepository } from './pipeline.repository';
import { RankedMatchesRepository } from './ranked-matches.repository';
import { ReviewService } from './review.service';
import { ScoringRequestsModule } from '@embauche/scoring';

/** The API side of ranked matches, suggestions, the pipeline board, matching status and rescore, and blind review of one application. */
@Module({
  imports: [TypeOrmModule.forFeature([JobPostingEntity]), QueuesModule, ScoringRequestsModule, ApplicationsModule, AccountsModule],
  providers: [ReviewService, RankedMatchesRepository, PipelineRepository, JobPostingsRepository, ApplicationIdentityService],
  exports: [ReviewService, ApplicationIdentityService],
})
export class ReviewModule {}
