import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '@embauche/accounts';
import { Trim } from '../../http/trim.decorator';
import { OmittableNotNull } from '../../http/validators';

export const EMAIL_LANGUAGES = ['fr', 'en', 'nl'] as const;

const LanguageField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: EMAIL_LANGUAGES, description: 'Language of the emails the platform sends this account (default: the posting’s language, else English)' }),
    OmittableNotNull(),
    IsIn(EMAIL_LANGUAGES, { message: 'language must be one of fr, en, nl' }),
  );

export class CredentialsDto {
  @ApiProperty({ description: 'Email address; unique case-insensitively', example: 'ada@example.com', maxLength: 320 })
  @Trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ description: 'Password, at least 10 characters', minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
  password: string;
}

export class LoginDto extends CredentialsDto {}

export class CandidateSignupDto extends CredentialsDto {
  @ApiProperty({ description: 'Full name', example: 'Ada Lovelace', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @LanguageField()
  language?: 'fr' | 'en' | 'nl';
}

export class OrganizationSignupDto extends CandidateSignupDto {
  @ApiProperty({ description: 'Name of the organization to create; you become its admin', example: 'Acme SRL', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'organizationName must not be empty' })
  @MaxLength(200)
  organizationName: string;
}

export class CreateMemberDto extends CandidateSignupDto {
  @ApiProperty({ description: 'Role of the new member', enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES, { message: `role must be one of ${MEMBER_ROLES.join(', ')}` })
  role: MemberRole;
}

export class UpdateMeDto {
  @LanguageField()
  language?: 'fr' | 'en' | 'nl';
}
