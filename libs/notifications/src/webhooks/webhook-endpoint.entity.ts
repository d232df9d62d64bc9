import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A receiver an admin registered for their organization (Standard Webhooks v1). */
@Entity('webhook_endpoints')
@Index('idx_webhook_endpoints_org_created', ['organizationId', 'createdAt', 'id'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Column({ type: 'text', array: true })
  eventTypes: string[];

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Why the platform disabled it (`gone`: the receiver answered 410; `failing`: every delivery failed for too long). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  disabledReason: string | null;

  /** `whsec_` + base64 of the key; shown once, at creation and rotation. */
  @Column({ type: 'varchar', length: 200 })
  secret: string;

  /** The secret before the last rotation: deliveries are signed with both until `previousSecretExpiresAt`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  previousSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** First failed attempt since the last success; null while healthy. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
