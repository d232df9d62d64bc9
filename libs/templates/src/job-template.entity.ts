import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Reference data: the bundled template files, loaded by the seed command. */
@Entity('job_templates')
export class JobTemplateEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id: string;

  @Column({ type: 'integer' })
  version: number;

  /** The whole template document as in data/<id>.json. */
  @Column({ type: 'jsonb' })
  document: unknown;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
