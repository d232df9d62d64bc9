import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event, written in the same transaction as the change it describes
 * (transactional outbox). The dispatcher fans it out once (`dispatched_at`);
 * the row stays as the record of what happened. `data` holds ids and
 * non-personal fields only.
 */
@Entity('outbox')
// The relay's scan: undispatched events whose dispatch is due.
@Index('idx_outbox_undispatched', ['dispatchDueAt'], { where: 'dispatched_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  type: string;

  @Index('idx_outbox_organization')
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;

  /**
   * When the relay may hand it to the queue (again): each hand-over leases it
   * for NOTIFICATIONS_LEASE_MS, so a job lost with Redis or a killed worker is
   * handed over anew when the lease runs out, and never twice while it holds.
   */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  dispatchDueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
