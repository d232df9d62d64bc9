import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { EMPLOYMENT_TYPES, POSTING_STATUSES, type EmploymentType, type PostingStatus } from '@embauche/job-postings/job-posting.entity';
import { REMOTE_POLICIES, SALARY_PERIODS, SENIORITIES, type RemotePolicy, type SalaryPeriod, type Seniority } from '@embauche/matching/model';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PaginationQuery } from '@embauche/common';
import { Trim } from '../../http/trim.decorator';
import { IsCountryCode, IsObjectItem } from '../../http/validators';
import { UI_LANGUAGES, type UiLanguage } from '../../skills/dto/skills.dto';
import { RequirementsDto } from './requirements.dto';

export class SalaryDto {
  @ApiProperty({ example: 3800, minimum: 1, description: 'Gross amount' })
  @IsInt({ message: 'salary.min must be a whole number' })
  @Min(1, { message: 'salary.min must be positive' })
  min: number;

  @ApiProperty({ example: 4500, minimum: 1 })
  @IsInt({ message: 'salary.max must be a whole number' })
  @Min(1, { message: 'salary.max must be positive' })
  max: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiProperty({ enum: SALARY_PERIODS })
  @IsIn(SALARY_PERIODS, { message: 'period must be month or year' })
  period: SalaryPeriod;
}

export class CreatePostingDto {
  @ApiProperty({ example: 'backend-developer' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'templateId must be a template id such as backend-developer' })
  templateId: string;

  @ApiProperty({ enum: UI_LANGUAGES, description: 'Language the offer is written in' })
  @IsIn(UI_LANGUAGES, { message: 'language must be one of fr, en, nl' })
  language: UiLanguage;

  @ApiProperty({ example: 'BE', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country: string;

  @ApiProperty({ example: 'Liège', maxLength: 100 })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'city must not be empty' })
  @MaxLength(100)
  city: string;

  @ApiProperty({ enum: SENIORITIES })
  @IsIn(SENIORITIES, { message: `seniority must be one of ${SENIORITIES.join(', ')}` })
  seniority: Seniority;

  @ApiProperty({ enum: REMOTE_POLICIES })
  @IsIn(REMOTE_POLICIES, { message: `remotePolicy must be one of ${REMOTE_POLICIES.join(', ')}` })
  remotePolicy: RemotePolicy;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES, { message: `employmentType must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentType: EmploymentType;

  @ApiPropertyOptional({ description: 'Defaults to the template’s title for the seniority and language', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: SalaryDto, nullable: true, description: 'Defaults to the template’s band for the country and seniority (null when it has none)' })
  @ValidateIf((o: CreatePostingDto) => o.salary !== null && o.salary !== undefined)
  @IsObjectItem('salary')
  @ValidateNested()
  @Type(() => SalaryDto)
  salary?: SalaryDto | null;

  @ApiPropertyOptional({ type: RequirementsDto, description: 'Defaults to the template’s requirements for the seniority, language and country' })
  @IsOptional()
  @IsObjectItem('requirements')
  @ValidateNested()
  @Type(() => RequirementsDto)
  requirements?: RequirementsDto;

  @ApiPropertyOptional({ type: [String], description: 'Hiring managers of your organization who review this posting' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'hiringManagerIds must be user ids' })
  hiringManagerIds?: string[];
}

export class UpdatePostingDto extends PartialType(CreatePostingDto) {}

export class PostingListQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES)
  status?: PostingStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the postings this hiring manager is assigned to' })
  @IsOptional()
  @IsUUID('all', { message: 'hiringManagerId must be a user id' })
  hiringManagerId?: string;
}

export class BoardQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Words to find in the title and description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'A skill id or any of its aliases (e.g. Postgres)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  skill?: string;

  @ApiPropertyOptional({ example: 'BE' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ description: 'Case- and accent-insensitive (liege finds Liège)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ enum: REMOTE_POLICIES })
  @IsOptional()
  @IsIn(REMOTE_POLICIES)
  remotePolicy?: RemotePolicy;

  @ApiPropertyOptional({ enum: SENIORITIES })
  @IsOptional()
  @IsIn(SENIORITIES)
  seniority?: Seniority;
}

