import { Injectable } from '@nestjs/common';
import type { MemberActor } from '@embauche/accounts';
import { ConflictError, NotFoundError } from '@embauche/common';
import { ScoringProducer } from '@embauche/queues';
import { ReviewService } from '@embauche/review';
import { SourcingErrorCode } from './sourcing-errors';
import type { SourcingRunEntity } from './sourcing-run.entity';
import { SourcingRepository } from './sourcing.repository';

/** The API side of sourcing: a reviewer starts a run on a posting they may review, and reads its progress. */
@Injectable()
export class SourcingRunsService {
  constructor(
    private readonly repository: SourcingRepository,
    private readonly review: ReviewService,
    private readonly producer: ScoringProducer,
  ) {}

  async start(actor: MemberActor, jobPostingId: string): Promise<SourcingRunEntity> {
    const posting = await this.review.visiblePosting(actor, jobPostingId);
    if (posting.status === 'closed') throw new ConflictError(SourcingErrorCode.SourcingPostingClosed, 'This posting is closed');
    const run = await this.repository.createRun(posting.id, actor.id);
    await this.producer.runSourcing({ runId: run.id });
    return run;
  }

  async get(actor: MemberActor, jobPostingId: string, runId: string): Promise<SourcingRunEntity> {
    await this.review.visiblePosting(actor, jobPostingId);
    const run = await this.repository.findRunOfPosting(runId, jobPostingId);
    if (!run) throw new NotFoundError(SourcingErrorCode.SourcingRunNotFound, 'Sourcing run');
    return run;
  }
}
