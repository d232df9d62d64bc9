import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Reference data, loaded from data/skills.json by the seed command. */
@Entity('skills')
export class SkillEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id: string;

  /**
   * A small integer per skill, assigned by the database when the skill is
   * first seeded and never changed or reused: candidate profiles store their
   * skills' codes (candidate_profiles.skill_codes) so the scorer can look
   * skills up by array index instead of by id string.
   */
  @Index('uq_skills_code', { unique: true })
  @Column({ type: 'integer', generated: 'identity', generatedIdentity: 'ALWAYS' })
  code: number;

  @Index('idx_skills_kind')
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 40 })
  category: string;

  /** { en, fr, nl } */
  @Column({ type: 'jsonb' })
  labels: Record<string, string>;

  /** { en: [], fr: [], nl: [] } */
  @Column({ type: 'jsonb' })
  aliases: Record<string, string[]>;
}

@Entity('skill_relations')
export class SkillRelationEntity {
  /** A candidate who has this skill… */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  fromSkillId: string;

  /** …gets `strength` credit for a requirement of this one. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  toSkillId: string;

  @Column({ type: 'double precision' })
  strength: number;
}
