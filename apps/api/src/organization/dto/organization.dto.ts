import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OrganizationEntity } from '@embauche/accounts';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
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
