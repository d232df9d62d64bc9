import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One refresh token of a browser session. Only its SHA-256 is kept: a copy of
 * this table lets no one sign in. Every rotation adds a row to the same
 * family; a row is used once, and a used row presented again revokes its
 * whole family (someone holds a stolen copy).
 */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Hex SHA-256 of the token the cookie carries; looked up on every refresh. */
  @Index('uq_refresh_tokens_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** Shared by every token rotated from one sign-in; revocation works per family. */
  @Index('idx_refresh_tokens_family_id')
  @Column({ type: 'uuid' })
  familyId: string;

  @Index('idx_refresh_tokens_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Also the pruning key: revoking a row moves it to now, so one index finds every dead row. */
  @Index('idx_refresh_tokens_expires_at')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
