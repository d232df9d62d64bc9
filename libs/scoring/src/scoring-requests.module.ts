import { Module } from '@nestjs/common';
import { QueuesModule } from '@embauche/queues';
import { MatchRequestsService } from './match-requests.service';

/** The API side of scoring: marks work pending and enqueues it. Depends on no domain module, so anyone may import it. */
@Module({
  imports: [QueuesModule],
  providers: [MatchRequestsService],
  exports: [MatchRequestsService],
})
export class ScoringRequestsModule {}
