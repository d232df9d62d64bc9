import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EDUCATION_LEVELS, type EducationLevel } from '@embauche/candidates/profile.types';
import { CEFR_LEVELS, REMOTE_PREFERENCES, SALARY_PERIODS, type CefrLevel, type RemotePreference, type SalaryPeriod } from '@embauche/matching/model';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../http/trim.decorator';
import { IsCountryCode, IsLanguageCode, IsObjectItem } from '../../http/validators';

const nullable = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== null && o[field] !== undefined);

export class ProfileSkillDto {
  @ApiProperty({ example: 'Postgres', description: 'Your spelling; resolved to a canonical skill when the taxonomy knows it', maxLength: 100 })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Accepted so a profile read with GET can be sent back as is; ignored: the server resolves `name`' })
  @IsOptional()
  @ValidateIf((o: ProfileSkillDto) => o.skillId !== null)
  @IsString()
  @MaxLength(100)
  skillId?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, nullable: true, type: Number, description: '1 beginner … 5 expert; omitted counts as 3' })
  @nullable('level')
  @IsInt({ message: 'level must be a whole number from 1 to 5' })
  @Min(1, { message: 'level must be a whole number from 1 to 5' })
  @Max(5, { message: 'level must be a whole number from 1 to 5' })
  level?: number | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 60, nullable: true, type: Number })
  @nullable('years')
  @IsNumber({}, { message: 'years must be a number' })
  @Min(0)
  @Max(60)
  years?: number | null;
}

export class ProfileLanguageDto {
  @ApiProperty({ example: 'fr', description: 'ISO 639-1' })
  @IsLanguageCode()
  language: string;

  @ApiProperty({ enum: CEFR_LEVELS })
  @IsIn(CEFR_LEVELS, { message: `level must be one of ${CEFR_LEVELS.join(', ')}` })
  level: CefrLevel;
}

export class SalaryExpectationDto {
  @ApiProperty({ example: 4200, description: 'Gross amount' })
  @IsInt({ message: 'amount must be a whole number' })
  @Min(1)
  @Max(1_200_000)
  amount: number;

  @ApiProperty({ example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiProperty({ enum: SALARY_PERIODS })
  @IsIn(SALARY_PERIODS, { message: 'period must be month or year' })
  period: SalaryPeriod;
}

export class ProfileDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @nullable('headline')
  @IsString()
  @MaxLength(200)
  headline: string | null = null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 5000 })
  @nullable('summary')
  @IsString()
  @MaxLength(5000)
  summary: string | null = null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'BE', description: 'ISO 3166-1 alpha-2' })
  @nullable('country')
  @IsCountryCode()
  country: string | null = null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Liège', maxLength: 100 })
  @nullable('city')
  @IsString()
  @MaxLength(100)
  city: string | null = null;

  @ApiPropertyOptional({ enum: REMOTE_PREFERENCES, default: 'any' })
  @IsIn(REMOTE_PREFERENCES, { message: `remotePreference must be one of ${REMOTE_PREFERENCES.join(', ')}` })
  remotePreference: RemotePreference = 'any';

  @ApiPropertyOptional({ type: Boolean, default: false })
  @IsBoolean({ message: 'willingToRelocate must be true or false' })
  willingToRelocate: boolean = false;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 60 })
  @nullable('yearsExperience')
  @IsNumber({}, { message: 'yearsExperience must be a number' })
  @Min(0)
  @Max(60)
  yearsExperience: number | null = null;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, nullable: true })
  @nullable('educationLevel')
  @IsIn(EDUCATION_LEVELS, { message: `educationLevel must be one of ${EDUCATION_LEVELS.join(', ')}` })
  educationLevel: EducationLevel | null = null;

  @ApiPropertyOptional({ type: SalaryExpectationDto, nullable: true, description: 'Optional: never required, never penalised when absent' })
  @nullable('salaryExpectation')
  @IsObjectItem('salaryExpectation')
  @ValidateNested()
  @Type(() => SalaryExpectationDto)
  salaryExpectation: SalaryExpectationDto | null = null;

  @ApiProperty({ type: [ProfileSkillDto], maxItems: 200, description: 'Technical and soft skills' })
  @IsArray()
  @ArrayMaxSize(200, { message: 'skills must not have more than 200 items' })
  @IsObjectItem('skills', true)
  @ValidateNested({ each: true })
  @Type(() => ProfileSkillDto)
  skills: ProfileSkillDto[] = [];

  @ApiProperty({ type: [ProfileLanguageDto], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @IsObjectItem('languages', true)
  @ValidateNested({ each: true })
  @Type(() => ProfileLanguageDto)
  languages: ProfileLanguageDto[] = [];

  @ApiPropertyOptional({ description: 'Consent to be found by sourcing (explicit opt-in). Omitted: unchanged (false for a new profile).' })
  @IsOptional()
  @IsBoolean({ message: 'discoverable must be true or false' })
  discoverable?: boolean;
}
