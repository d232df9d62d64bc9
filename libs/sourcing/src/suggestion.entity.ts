import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@embauche/accounts/user.entity';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';

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
