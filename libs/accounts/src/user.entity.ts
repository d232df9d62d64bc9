import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import type { Role } from './roles';

@Entity('users')
@Index('idx_users_organization_role', ['organizationId', 'role'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased on the way in, so uniqueness is case-insensitive; null once erased (GDPR). */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Set by an admin: the member cannot sign in or act until reactivated; their data and assignments stay. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Language of the emails the platform sends them (fr, en, nl); null: the posting's language, else English. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  preferredLanguage: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
