import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One HTTP attempt of a delivery: the endpoint's delivery log. */
@Entity('webhook_attempts')
@Index('idx_webhook_attempts_delivery', ['deliveryId', 'id'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  attemptedAt: Date;

  /** Null when no HTTP answer came (refused destination, timeout, connection error). */
  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'integer' })
  latencyMs: number;

  /** The first 1,000 characters the receiver answered. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  responseExcerpt: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
