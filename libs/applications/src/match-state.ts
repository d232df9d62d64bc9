import { Column } from 'typeorm';

export const MATCH_STATUSES = ['pending', 'scored', 'failed'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * The score of an application, embedded in its row (columns match_*): the
 * ranking query filters on the application's status and orders by the score,
 * and one index can only serve both if they live in one table.
 */
export class MatchState {
  @Column({ type: 'varchar', length: 8, default: 'pending' })
  status: MatchStatus;

  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'boolean', nullable: true })
  mustHavesMet: boolean | null;

  /**
   * `json`, not `jsonb`: the explanation is stored as the text the scorer
   * produced and only ever read whole, and json's text comes back from
   * Postgres without the jsonb → text rendering that dominated the cost of
   * a ranked page (see docs/DECISIONS.md). Written with json_to_recordset so
   * the text is kept as is.
   */
  @Column({ type: 'json', nullable: true })
  breakdown: unknown;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  scoredAt: Date | null;

  /** The versions the score is (or, while pending, must be) computed from. A job for older versions never writes. */
  @Column({ type: 'integer' })
  profileRevision: number;

  @Column({ type: 'integer' })
  requirementsVersion: number;

  @Column({ type: 'integer', nullable: true })
  scorerVersion: number | null;

  /**
   * +1 each time the row is set pending (new profile revision, new requirements,
   * explicit rescore). Part of the job id, so a duplicate enqueue of the same
   * pending state is a no-op while a new request is never swallowed by an old job.
   */
  @Column({ type: 'integer', default: 1 })
  generation: number;

  /** Since when the row waits for a score: the reconciler re-enqueues what waited too long. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pendingSince: Date | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;
}
