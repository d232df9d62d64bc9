import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@embauche/accounts/user.entity';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { MatchState } from './match-state';
import type { ApplicationStatus } from './status-flow';

export { APPLICATION_STATUSES, type ApplicationStatus } from './status-flow';

@Entity('applications')
// One application per candidate and posting: 20 simultaneous applies make exactly one.
@Unique('uq_applications_posting_candidate', ['jobPostingId', 'candidateId'])
@Index('idx_applications_candidate_created', ['candidateId', 'createdAt', 'id'])
// The pipeline board's columns: one status of one posting, longest in stage first.
@Index('idx_applications_pipeline', ['jobPostingId', 'status', 'statusChangedAt', 'id'])
// Ranked matches, on (job_posting_id, NOT must_haves_met, -score, candidate_id) WHERE scored: the order of
// MATCHING.md as one ascending key, so a keyset page is one row comparison the index seeks to.
@Index('idx_applications_ranking', { synchronize: false })
// The reconciler's scan for work that waited too long.
// The pending/failed counts shown beside every page of ranked matches.
@Index('idx_applications_unscored', { synchronize: false }) // (job_posting_id) WHERE match_status IN ('pending', 'failed')
@Index('idx_applications_match_pending', { synchronize: false }) // (match_pending_since) WHERE match_status = 'pending'
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id' })
  jobPosting?: JobPostingEntity;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: UserEntity;

  /** Copied from the posting so every organization-scoped query filters on one column. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 12, default: 'applied' })
  status: ApplicationStatus;

  /** When the application entered its current status (time in stage). */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'text', nullable: true })
  coverLetter: string | null;

  /** The profile revision the candidate applied with. */
  @Column({ type: 'integer' })
  appliedWithRevision: number;

  /** Set when the candidate erased their data: the row stays so pipeline counts stay right. */
  @Column({ type: 'boolean', default: false })
  anonymized: boolean;

  /** When the application first reached interview: from then on blind review shows the identity. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  identityRevealedAt: Date | null;

  @Column(() => MatchState, { prefix: 'match' })
  match: MatchState;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
