import { Module } from '@nestjs/common';
import { QueuesModule } from '@embauche/queues';
import { CompiledPostingsModule } from '@embauche/scoring';
import { SourcingReconcilePass } from './sourcing-reconcile.pass';
import { SourcingService } from './sourcing.service';
import { SourcingRepository } from './sourcing.repository';

/** The worker side of sourcing: the pass the processor runs, and the reconciler's pass over runs. */
@Module({
  imports: [QueuesModule, CompiledPostingsModule],
  providers: [SourcingService, SourcingRepository, SourcingReconcilePass],
  exports: [SourcingService, SourcingReconcilePass],
})
export class SourcingWorkerModule {}
