import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@embauche/accounts/user.entity';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';

export const SOURCING_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type SourcingRunStatus = (typeof SOURCING_RUN_STATUSES)[number];

/** One sourcing pass over the discoverable pool for a posting. */
@Entity('sourcing_runs')
@Index('idx_sourcing_runs_posting', ['jobPostingId', 'createdAt'])
export class SourcingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id' })
  jobPosting?: JobPostingEntity;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: SourcingRunStatus;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'integer', default: 0 })
  scanned: number;

  @Column({ type: 'integer', default: 0 })
  kept: number;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}

/** The best-N discoverable candidates of the latest run for a posting, with their explanation. */
@Entity('suggestions')
@Index('idx_suggestions_ranking', { synchronize: false }) // (job_posting_id, must_haves_met DESC, score DESC, candidate_id)
export class SuggestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id' })
  jobPosting?: JobPostingEntity;

  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: UserEntity;

  @Column({ type: 'uuid' })
  runId: string;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'boolean' })
  mustHavesMet: boolean;

  /** `json` for the same reason as applications.match_breakdown (match-state.ts). */
  @Column({ type: 'json' })
  breakdown: unknown;

  @Column({ type: 'integer' })
  profileRevision: number;

  @Column({ type: 'integer' })
  requirementsVersion: number;

  @Column({ type: 'integer' })
  scorerVersion: number;

  @Column({ type: 'timestamptz', precision: 3 })
  scoredAt: Date;
}
