import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, type UserEntity } from '@embauche/accounts';

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Lower-cased email' }) email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for candidates' }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['fr', 'en', 'nl'], description: 'Language of the emails sent to this account; null: not chosen' }) language: string | null;

  static from(user: UserEntity): UserResponse {
    return { id: user.id, email: user.email ?? '', name: user.name ?? '', role: user.role, organizationId: user.organizationId, language: user.preferredLanguage ?? null };
  }
}

export class SessionResponse {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' }) accessToken: string;
  @ApiProperty({ type: UserResponse }) user: UserResponse;
  @ApiProperty({ required: false, description: 'Only with `session: "cookie"`: seconds until accessToken expires', example: 900 }) expiresIn?: number;
}
