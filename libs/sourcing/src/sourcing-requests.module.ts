import { Module } from '@nestjs/common';
import { QueuesModule } from '@embauche/queues';
import { ReviewModule } from '@embauche/review';
import { SourcingRunsService } from './sourcing-runs.service';
import { SourcingRepository } from './sourcing.repository';

/** The API side of sourcing: starting runs and reading their progress. */
@Module({
  imports: [QueuesModule, ReviewModule],
  providers: [SourcingRunsService, SourcingRepository],
  exports: [SourcingRunsService],
})
export class SourcingRequestsModule {}
