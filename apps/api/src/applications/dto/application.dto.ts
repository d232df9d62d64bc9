import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@embauche/applications/application.entity';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

export class ApplyDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 10000 })
  @ValidateIf((o: ApplyDto) => o.coverLetter !== null && o.coverLetter !== undefined)
  @IsString()
  @MaxLength(10000)
  coverLetter?: string | null;
}

export class TransitionDto {
  @ApiProperty({ enum: APPLICATION_STATUSES.filter((s) => s !== 'applied' && s !== 'withdrawn'), description: 'The status to move to' })
  @IsIn(APPLICATION_STATUSES, { message: `to must be one of ${APPLICATION_STATUSES.join(', ')}` })
  to: ApplicationStatus;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why; kept in the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class BlindQuery {
  @ApiPropertyOptional({ description: 'Hide the candidate’s name and email until the application reaches interview' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'blind must be true or false' })
  blind?: boolean;
}
