import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SKILL_KINDS, type SkillKind } from '@embauche/matching/model';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const UI_LANGUAGES = ['fr', 'en', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export class SkillSearchQuery {
  @ApiPropertyOptional({ description: 'Search by label or alias, case-, accent- and punctuation-insensitive', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: SKILL_KINDS, description: 'technical or soft' })
  @IsOptional()
  @IsIn(SKILL_KINDS)
  kind?: SkillKind;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'en', description: 'Language of the labels' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang: UiLanguage = 'en';
}

export class SkillResponse {
  @ApiProperty({ example: 'postgresql' }) id: string;
  @ApiProperty({ enum: SKILL_KINDS }) kind: SkillKind;
  @ApiProperty({ example: 'database' }) category: string;
  @ApiProperty({ example: 'PostgreSQL' }) label: string;
  @ApiProperty({ type: [String], example: ['postgres', 'psql'], description: 'Aliases in French, English and Dutch' }) aliases: string[];
}

export class SkillListResponse {
  @ApiProperty({ type: [SkillResponse] }) items: SkillResponse[];
}

export class ResolveSkillsDto {
  @ApiProperty({ type: [String], example: ['NodeJS', 'Postgres', "esprit d'équipe"], maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  names: string[];
}

export class ResolvedSkillResponse {
  @ApiProperty() input: string;
  @ApiProperty({ type: String, nullable: true }) skillId: string | null;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
}

export class ResolveSkillsResponse {
  @ApiProperty({ type: [ResolvedSkillResponse], description: 'In input order' }) items: ResolvedSkillResponse[];
}

export class LangQuery {
  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang: UiLanguage = 'en';
}
