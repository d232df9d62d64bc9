import { Injectable, Logger } from '@nestjs/common';
import { scoreCandidate, SCORER_VERSION } from '@embauche/matching';
import { ScoringProducer, type ScoreApplicationPayload } from '@embauche/queues';
import { toCandidate } from './candidate-for-scoring';
import { CompiledPostingsCache } from './compiled-postings.cache';
import { ScoreWriter } from './score-writer';
import { BatchLoader } from './batch-loader';
import { ScoringRepository, type ApplicationToScore } from './scoring.repository';

export type ScoreOutcome = 'scored' | 'stale' | 'gone';

/**
 * Scores one application from what Postgres says now. Idempotent: running a
 * job twice writes the same score; a job whose versions are older than the
 * row's never writes (its result would be stale).
 */
@Injectable()
export class ScoringService {
  private readonly logger = new Logger(ScoringService.name);
  private readonly writer: ScoreWriter;
  private readonly loader: BatchLoader<ApplicationToScore>;

  constructor(
    private readonly repository: ScoringRepository,
    private readonly postings: CompiledPostingsCache,
    private readonly producer: ScoringProducer,
  ) {
    this.writer = new ScoreWriter((writes) => this.repository.writeScores(writes));
    this.loader = new BatchLoader((ids) => this.repository.loadForScoring(ids));
  }

  async scoreApplication(payload: ScoreApplicationPayload): Promise<ScoreOutcome> {
    const row = await this.loader.load(payload.applicationId);
    if (!row || row.anonymized) return 'gone';
    if (
      payload.profileRevision < row.match_profile_revision ||
      payload.requirementsVersion < row.match_requirements_version ||
      (row.match_status !== 'pending' && payload.generation <= row.match_generation)
    ) {
      return 'stale';
    }
    const posting = await this.postings.get(row.job_posting_id, row.match_requirements_version);
    if (!posting) return 'gone';
    const result = scoreCandidate(posting.compiled, toCandidate(row));
    const written = await this.writer.write({
      applicationId: row.id,
      profileRevision: row.revision,
      requirementsVersion: posting.version,
      scorerVersion: SCORER_VERSION,
      score: result.score,
      mustHavesMet: result.mustHavesMet,
      breakdown: { ...result.breakdown, missingMustHaves: result.missingMustHaves },
    });
    return written ? 'scored' : 'stale';
  }

  async markFailed(payload: ScoreApplicationPayload, reason: string): Promise<void> {
    if (await this.repository.markFailed(payload, reason)) {
      this.logger.warn(`Scoring of application ${payload.applicationId} failed for good: ${reason}`);
    }
  }

  /** Fan-out: one score job per pending application of the posting. */
  async rescorePosting(jobPostingId: string): Promise<number> {
    return this.enqueue(await this.repository.pendingOfPosting(jobPostingId));
  }

  async rescoreCandidate(candidateId: string): Promise<number> {
    return this.enqueue(await this.repository.pendingOfCandidate(candidateId));
  }

  private async enqueue(payloads: ScoreApplicationPayload[]): Promise<number> {
    for (let i = 0; i < payloads.length; i += 1000) {
      if (!(await this.producer.scoreApplications(payloads.slice(i, i + 1000)))) {
        throw new Error('Redis did not accept the score jobs'); // retried by BullMQ; the reconciler is the safety net
      }
    }
    return payloads.length;
  }
}
