import { Injectable } from '@nestjs/common';
import { ProfileChangeNotifier } from '@embauche/candidates/profile-change.notifier';
import { MatchRequestsService } from '@embauche/scoring';
import type { EntityManager } from 'typeorm';
import { TERMINAL } from './status-flow';

/** A new profile revision: the candidate's applications still in the pipeline are scored again; final ones keep their score. */
@Injectable()
export class OpenApplicationsRescore extends ProfileChangeNotifier {
  constructor(private readonly matches: MatchRequestsService) {
    super();
  }

  async revisionBumpedInTransaction(manager: EntityManager, candidateId: string, revision: number): Promise<void> {
    await this.matches.markCandidatePending(manager, candidateId, revision, TERMINAL);
  }

  revisionBumpedAfterCommit(candidateId: string, revision: number): Promise<void> {
    return this.matches.rescoreCandidateAfterCommit(candidateId, revision);
  }
}
