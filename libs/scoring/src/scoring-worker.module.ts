import { Module } from '@nestjs/common';
import { QueuesModule } from '@embauche/queues';
import { SkillsModule } from '@embauche/skills/skills.module';
import { CompiledPostingsCache } from './compiled-postings.cache';
import { ReconcilerService } from './reconciler.service';
import { RedisWipeWatcher } from './redis-wipe.watcher';
import { ScoringRepository } from './scoring.repository';
import { ScoringService } from './scoring.service';
import { SourcingService } from './sourcing.service';

/** The worker side of scoring: everything the processors call. */
@Module({
  imports: [QueuesModule, SkillsModule],
  providers: [ScoringService, ScoringRepository, CompiledPostingsCache, ReconcilerService, SourcingService, RedisWipeWatcher],
  exports: [ScoringService, SourcingService, ReconcilerService],
})
export class ScoringWorkerModule {}
