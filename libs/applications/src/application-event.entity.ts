import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from './application.entity';

export const EVENT_TYPES = ['applied', 'transition', 'withdrawn', 'erased'] as const;
export type ApplicationEventType = (typeof EVENT_TYPES)[number];

/** The audit trail. Append-only: a trigger (see migrations) refuses updates and deletes. */
@Entity('application_events')
@Index('idx_application_events_application', ['applicationId', 'id'])
export class ApplicationEventEntity {
  /** bigserial: gives a total order even within one millisecond. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;

  /** Who did it; null for the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16 })
  type: ApplicationEventType;

  @Column({ type: 'varchar', length: 12, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** What moving the application revealed (blind review): e.g. ["name","email"]. */
  @Column({ type: 'jsonb', nullable: true })
  revealed: string[] | null;
}
