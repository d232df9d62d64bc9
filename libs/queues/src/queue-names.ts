/**
 * Queue names, job names and payloads: declared once, imported by the API
 * (producer) and the worker (processors). Payloads carry ids and revisions,
 * never whole objects: Postgres holds the truth, Redis only delivers.
 */
import { NOTIFICATIONS_QUEUE, NotificationJob } from './notification-queues';

export const SCORING_QUEUE = 'scoring';
export const SOURCING_QUEUE = 'sourcing';

export const ScoringJob = {
  /** Score one application against its posting. */
  ScoreApplication: 'score-application',
  /** Score again every application of a posting (requirements changed, or a rescore was asked). */
  RescorePosting: 'rescore-posting',
  /** Score again a candidate's open applications (their profile changed). */
  RescoreCandidate: 'rescore-candidate',
} as const;

export const SourcingJob = {
  Run: 'sourcing-run',
} as const;

/** Every job name each queue may carry: the worker refuses to start unless each one has a handler. */
export const QUEUE_JOBS: Readonly<Record<string, readonly string[]>> = {
  [SCORING_QUEUE]: Object.values(ScoringJob),
  [SOURCING_QUEUE]: Object.values(SourcingJob),
  [NOTIFICATIONS_QUEUE]: Object.values(NotificationJob),
};

export interface ScoreApplicationPayload {
  applicationId: string;
  profileRevision: number;
  requirementsVersion: number;
  /** The row's match generation when the job was made. */
  generation: number;
}

export interface RescorePostingPayload {
  jobPostingId: string;
  requirementsVersion: number;
  /** Distinguishes explicit rescore requests, which must run even at the same version. */
  requestId: string;
}

export interface RescoreCandidatePayload {
  candidateId: string;
  profileRevision: number;
}

export interface SourcingRunPayload {
  runId: string;
}

/**
 * Deterministic ids: enqueueing the same work twice is a no-op in BullMQ.
 * (BullMQ 6 refuses ':' in custom ids, hence the dots.)
 */
export const jobIds = {
  score: (p: ScoreApplicationPayload) => `score.${p.applicationId}.r${p.profileRevision}.v${p.requirementsVersion}.g${p.generation}`,
  rescorePosting: (p: RescorePostingPayload) => `rescore-posting.${p.jobPostingId}.v${p.requirementsVersion}.${p.requestId}`,
  rescoreCandidate: (p: RescoreCandidatePayload) => `rescore-candidate.${p.candidateId}.r${p.profileRevision}`,
  sourcing: (p: SourcingRunPayload) => `sourcing.${p.runId}`,
};

/** Retries with exponential backoff, and bounded history so Redis memory stays flat. */
export function jobOptions(attempts: number, backoffMs: number) {
  return {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { count: 1000, age: 3600 },
    removeOnFail: { count: 5000, age: 24 * 3600 },
  } as const;
}
