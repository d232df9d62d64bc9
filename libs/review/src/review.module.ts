import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { JobPostingsRepository } from '@embauche/job-postings/job-postings.repository';
import { QueuesModule } from '@embauche/queues';
import { RankedMatchesRepository } from './ranked-matches.repository';
import { ReviewService } from './review.service';
import { ScoringRequestsModule } from '@embauche/scoring';

/** The API side of ranked matches, suggestions, matching status, rescore and sourcing requests. */
@Module({
  imports: [TypeOrmModule.forFeature([JobPostingEntity]), QueuesModule, ScoringRequestsModule],
  providers: [ReviewService, RankedMatchesRepository, JobPostingsRepository],
  exports: [ReviewService],
})
export class ReviewModule {}
