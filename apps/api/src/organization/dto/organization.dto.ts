import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OrganizationEntity } from '@embauche/accounts';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../http/trim.decorator';

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ description: 'New name', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Hide candidate identities from hiring managers until interview' })
  @IsOptional()
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
