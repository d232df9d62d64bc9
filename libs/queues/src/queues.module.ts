import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { SCORING_QUEUE, SOURCING_QUEUE } from './queue-names';
import { ScoringProducer } from './scoring.producer';

/** The queues of the platform, for producers (the API) and processors (the worker) alike. */
@Module({
  imports: [BullModule.registerQueue({ name: SCORING_QUEUE }, { name: SOURCING_QUEUE })],
  providers: [ScoringProducer],
  exports: [ScoringProducer, BullModule],
})
export class QueuesModule {}
