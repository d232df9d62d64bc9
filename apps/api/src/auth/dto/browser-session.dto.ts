import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CandidateSignupDto, LoginDto, OrganizationSignupDto } from './auth.dto';
import { UserResponse } from './user.response';

export const SESSION_MODES = ['cookie'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

const SessionFlag = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: SESSION_MODES,
      description:
        'Browsers: `cookie` also opens a session — a refresh token in an HttpOnly cookie (`embauche_refresh`, Path=/api/v1/auth, SameSite=Strict) and a short-lived access token to keep in memory. Requires a trusted Origin. Omit for a plain bearer token.',
    }),
    IsOptional(),
    IsIn(SESSION_MODES, { message: 'session must be cookie when given' }),
  );

// Separate classes, so that CreateMemberDto (which extends the signup DTO) never accepts the flag;
// published under the names the OpenAPI document always had.
@ApiSchema({ name: 'LoginDto' })
export class LoginBodyDto extends LoginDto {
  @SessionFlag() session?: SessionMode;
}

@ApiSchema({ name: 'CandidateSignupDto' })
export class CandidateSignupBodyDto extends CandidateSignupDto {
  @SessionFlag() session?: SessionMode;
}

@ApiSchema({ name: 'OrganizationSignupDto' })
export class OrganizationSignupBodyDto extends OrganizationSignupDto {
  @SessionFlag() session?: SessionMode;
}

export class BrowserSessionResponse {
  @ApiProperty({ description: 'Short-lived JWT to send as `Authorization: Bearer <token>`; keep it in memory, never in storage' })
  accessToken: string;
  @ApiProperty({ description: 'Seconds until accessToken expires; refresh before then', example: 900 }) expiresIn: number;
  @ApiProperty({ type: UserResponse }) user: UserResponse;
}
