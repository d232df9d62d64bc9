import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { QueuesModule } from '@embauche/queues';
import { CompiledPostingsModule } from './compiled-postings.module';
import { RECONCILE_PASSES, type ReconcilePass } from './reconcile-pass';
import { ReconcilerService } from './reconciler.service';
import { RedisWipeWatcher } from './redis-wipe.watcher';
import { ScoringRepository } from './scoring.repository';
import { ScoringService } from './scoring.service';

/** The worker side of scoring: everything the scoring processor calls, and the reconciler. */
@Module({})
export class ScoringWorkerModule {
  /** `passes`: other owners' overdue work, from the modules in `imports` (the worker app composes them). */
  static register(options: { imports?: ModuleMetadata['imports']; passes?: Array<Type<ReconcilePass>> } = {}): DynamicModule {
    const passes = options.passes ?? [];
    return {
      module: ScoringWorkerModule,
      imports: [QueuesModule, CompiledPostingsModule, ...(options.imports ?? [])],
      providers: [
        ScoringService,
        ScoringRepository,
        ReconcilerService,
        RedisWipeWatcher,
        { provide: RECONCILE_PASSES, useFactory: (...all: ReconcilePass[]) => all, inject: passes },
      ],
      exports: [ScoringService, ReconcilerService],
    };
  }
}
