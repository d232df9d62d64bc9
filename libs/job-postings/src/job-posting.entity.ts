import type { Requirements, RemotePolicy, SalaryPeriod, Seniority } from '@embauche/matching/model';
import { OrganizationEntity } from '@embauche/accounts/organization.entity';
import { JobTemplateEntity } from '@embauche/templates/job-template.entity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const POSTING_STATUSES = ['draft', 'published', 'closed'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

@Entity('job_postings')
// The organization's list, newest first (keyset on created_at, id).
@Index('idx_job_postings_org_created', ['organizationId', 'createdAt', 'id'])
// The public board: published only, newest first (keyset on published_at, id).
@Index('idx_job_postings_board', ['publishedAt', 'id'], { where: `"status" = 'published'` })
@Index('idx_job_postings_skill_ids', { synchronize: false }) // GIN (skill_ids), see migration
@Index('idx_job_postings_hiring_managers', { synchronize: false }) // GIN (hiring_manager_ids)
@Index('idx_job_postings_search', { synchronize: false }) // GIN full-text on title + description
export class JobPostingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 80 })
  templateId: string;

  @ManyToOne(() => JobTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: JobTemplateEntity;

  @Column({ type: 'varchar', length: 16 })
  status: PostingStatus;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown rendered from the template and the posting's facts, in the posting's language. */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 2 })
  language: 'fr' | 'en' | 'nl';

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  /** foldText(city): lets "liege" find Liège. */
  @Index('idx_job_postings_city_key')
  @Column({ type: 'varchar', length: 100 })
  cityKey: string;

  @Column({ type: 'varchar', length: 10 })
  seniority: Seniority;

  @Column({ type: 'varchar', length: 10 })
  remotePolicy: RemotePolicy;

  @Column({ type: 'varchar', length: 16 })
  employmentType: EmploymentType;

  @Column({ type: 'integer', nullable: true })
  salaryMin: number | null;

  @Column({ type: 'integer', nullable: true })
  salaryMax: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  salaryCurrency: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  salaryPeriod: SalaryPeriod | null;

  /** The posting's own copy: editing the template never changes it. */
  @Column({ type: 'jsonb' })
  requirements: Requirements;

  /** Bumped on every change of `requirements`; scores remember the version they were computed from. */
  @Column({ type: 'integer', default: 1 })
  requirementsVersion: number;

  /** Every skill id or custom key named by the requirements, for the board's `skill` filter. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skillIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  hiringManagerIds: string[];

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  // Millisecond precision, like a JS Date, so keyset cursors round-trip exactly.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** The full-text expression; the GIN index and the board query must spell it identically. */
export const POSTING_SEARCH_VECTOR = `to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(description, ''))`;
