import type { CandidateLanguage, CandidateSkill, RemotePreference, SalaryPeriod } from '@embauche/matching/model';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@embauche/accounts/user.entity';

import type { EducationLevel } from './json-resume/json-resume.types';

@Entity('candidate_profiles')
// Sourcing reads the discoverable pool in keyset pages of candidate_id.
@Index('idx_candidate_profiles_discoverable', ['candidateId'], { where: '"discoverable"' })
export class CandidateProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: UserEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  headline: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 10, default: 'any' })
  remotePreference: RemotePreference;

  @Column({ type: 'boolean', default: false })
  willingToRelocate: boolean;

  @Column({ type: 'real', nullable: true })
  yearsExperience: number | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'integer', nullable: true })
  salaryAmount: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  salaryCurrency: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  salaryPeriod: SalaryPeriod | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: CandidateSkill[];

  /**
   * Derived from `skills` by a database trigger on every write (never by
   * the application): each skill's packed taxonomy code, see
   * libs/matching/src/skill-codes.ts. Read by the scoring queries only.
   */
  @Column({ type: 'integer', array: true, default: () => "'{}'", select: false, insert: false, update: false })
  skillCodes?: number[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages: CandidateLanguage[];

  /** Derived from `languages` by the same trigger: packed language codes (skill-codes.ts). */
  @Column({ type: 'integer', array: true, default: () => "'{}'", select: false, insert: false, update: false })
  languageCodes?: number[];

  /** Consent to be found by sourcing: explicit opt-in, off by default. */
  @Column({ type: 'boolean', default: false })
  discoverable: boolean;

  /** When the current consent was given; null while not discoverable. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  discoverableSince: Date | null;

  /** +1 on every change, atomically; scores remember the revision they were computed from. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
