import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const EMAIL_STATUSES = ['pending', 'delivered', 'logged', 'failed', 'dropped'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * One email for one recipient about one event. The address is read from the
 * recipient's account when it is sent, never copied here, except for the
 * erasure confirmation (the account no longer has one): that copy is cleared
 * as soon as the email is sent or given up.
 */
@Entity('email_deliveries')
@Unique('uq_email_deliveries_event_recipient', ['eventId', 'recipientUserId', 'template'])
@Index('idx_email_deliveries_due', ['nextAttemptAt'], { where: "status = 'pending'" })
@Index('idx_email_deliveries_recipient', ['recipientUserId'], { where: "status = 'pending'" })
export class EmailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'uuid' })
  recipientUserId: string;

  /** Only for a message to an address the account no longer holds (erasure confirmation); null once sent. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  toAddress: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language: string | null;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
