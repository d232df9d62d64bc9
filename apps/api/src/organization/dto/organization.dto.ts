import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_ROLES, type MemberRole, type OrganizationEntity, type UserEntity } from '@embauche/accounts';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { UserResponse } from '../../auth/dto/user.response';
import { Trim } from '../../http/trim.decorator';
import { OmittableNotNull } from '../../http/validators';

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ description: 'New name', maxLength: 200 })
  @OmittableNotNull()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Hide candidate identities from hiring managers until interview' })
  @OmittableNotNull()
  @IsBoolean({ message: 'blindReview must be true or false' })
  blindReview?: boolean;
}

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Blind review for the whole organization' }) blindReview: boolean;

  static from(o: OrganizationEntity): OrganizationResponse {
    return { id: o.id, name: o.name, blindReview: o.blindReview };
  }
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ description: 'New role of the member', enum: MEMBER_ROLES })
  @OmittableNotNull()
  @IsIn(MEMBER_ROLES, { message: `role must be one of ${MEMBER_ROLES.join(', ')}` })
  role?: MemberRole;

  @ApiPropertyOptional({ description: 'false deactivates the member (no sign-in, sessions ended); true reactivates them' })
  @OmittableNotNull()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

/** A `user` plus whether the member may sign in: what the member list and a member change answer. */
export class MemberResponse extends UserResponse {
  @ApiProperty({ description: 'false once an admin deactivated the member' }) active: boolean;

  static fromMember(user: UserEntity): MemberResponse {
    return { ...UserResponse.from(user), active: user.deactivatedAt === null };
  }
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse] }) items: MemberResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the member list is returned whole' }) nextCursor: string | null;
}
