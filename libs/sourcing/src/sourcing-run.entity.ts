import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
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
