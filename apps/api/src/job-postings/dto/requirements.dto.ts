import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CEFR_LEVELS, IMPORTANCES, type CefrLevel, type Importance } from '@embauche/matching/model';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsLanguageCode, IsObjectItem } from '../../http/validators';

export class SkillRequirementDto {
  @ApiProperty({ type: [String], example: ['java', 'python', 'php', 'ruby', 'nodejs'], description: 'Skill ids or names; any one satisfies the item. Unknown names are kept as custom skills.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'anyOf must name at least one skill' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  anyOf: string[];

  @ApiProperty({ minimum: 1, maximum: 5, description: '1 beginner … 5 expert' })
  @IsInt({ message: 'minLevel must be a whole number from 1 to 5' })
  @Min(1, { message: 'minLevel must be a whole number from 1 to 5' })
  @Max(5, { message: 'minLevel must be a whole number from 1 to 5' })
  minLevel: number;

  @ApiProperty({ enum: IMPORTANCES })
  @IsIn(IMPORTANCES, { message: `importance must be one of ${IMPORTANCES.join(', ')}` })
  importance: Importance;
}

export class LanguageRequirementDto {
  @ApiProperty({ example: 'en', description: 'ISO 639-1' })
  @IsLanguageCode()
  language: string;

  @ApiProperty({ enum: CEFR_LEVELS })
  @IsIn(CEFR_LEVELS, { message: `minLevel must be one of ${CEFR_LEVELS.join(', ')}` })
  minLevel: CefrLevel;

  @ApiProperty({ enum: IMPORTANCES })
  @IsIn(IMPORTANCES, { message: `importance must be one of ${IMPORTANCES.join(', ')}` })
  importance: Importance;
}

export class RequirementsDto {
  @ApiProperty({ type: [SkillRequirementDto], maxItems: 100, description: 'Technical and soft skills share the list' })
  @IsArray()
  @ArrayMaxSize(100, { message: 'skills must not have more than 100 items' })
  @IsObjectItem('skills', true)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementDto)
  skills: SkillRequirementDto[];

  @ApiProperty({ type: [LanguageRequirementDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObjectItem('languages', true)
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementDto)
  languages: LanguageRequirementDto[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 50, description: 'null: the seniority default (junior 0, mid 2, senior 5)' })
  @ValidateIf((o: RequirementsDto) => o.minYearsExperience !== null && o.minYearsExperience !== undefined)
  @IsInt()
  @Min(0)
  @Max(50)
  minYearsExperience: number | null = null;
}
