import { ApiProperty } from '@nestjs/swagger';

const TIERS = ['strong', 'medium', 'weak'];
const SECTIONS = ['header', 'summary', 'skills', 'experience', 'education', 'languages', 'projects', 'other'];

export class CvEvidenceResponse {
  @ApiProperty({ description: 'The line of the CV the finding comes from (at most ~160 characters)' }) snippet: string;
  @ApiProperty({ description: '1-based page; always 1 for a Word document' }) page: number;
  @ApiProperty({ enum: SECTIONS, description: 'The CV section the line sits in, by its heading' }) section: string;
  @ApiProperty({ enum: TIERS, description: 'strong: a skills section or a multi-word name; medium: a product name in prose; weak: an ambiguous name corroborated by another skill' }) tier: string;
}

export class CvSkillResponse {
  @ApiProperty({ description: 'Taxonomy id' }) skillId: string;
  @ApiProperty({ description: 'The taxonomy’s English label' }) name: string;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'A guess from the words around it (3 when nothing says); the candidate confirms it' }) level: number;
  @ApiProperty({ enum: TIERS, description: 'The best tier of its evidence; strong and medium ones are meant to be pre-checked' }) tier: string;
  @ApiProperty({ type: [CvEvidenceResponse] }) evidence: CvEvidenceResponse[];
}

export class CvLanguageResponse {
  @ApiProperty({ description: 'ISO 639-1' }) language: string;
  @ApiProperty({ type: String, nullable: true, enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'], description: 'null when the CV names the language without a level' }) level: string | null;
  @ApiProperty({ enum: TIERS }) tier: string;
  @ApiProperty({ type: [CvEvidenceResponse] }) evidence: CvEvidenceResponse[];
}

export class CvUnknownTermResponse {
  @ApiProperty({ description: 'An entry of a skills section the taxonomy does not know; can be kept as a custom skill' }) term: string;
  @ApiProperty() page: number;
  @ApiProperty({ enum: SECTIONS }) section: string;
}

/** Nothing of this is stored: the candidate reviews it and saves through PUT /candidates/me/profile. */
export class CvDraftResponse {
  @ApiProperty({ enum: ['pdf', 'docx'], description: 'The type read from the file’s content' }) format: string;
  @ApiProperty() pages: number;
  @ApiProperty({ enum: ['one-column', 'two-column'] }) layout: string;
  @ApiProperty({ type: String, nullable: true, enum: ['fr', 'en', 'nl'], description: 'The language the CV is written in' }) cvLanguage: string | null;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'From the work periods of the experience section, overlaps merged, one decimal' }) yearsExperience: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['none', 'secondary', 'bootcamp', 'bachelor', 'master', 'doctorate'] }) educationLevel: string | null;
  @ApiProperty({ type: [CvSkillResponse] }) skills: CvSkillResponse[];
  @ApiProperty({ type: [CvLanguageResponse] }) languages: CvLanguageResponse[];
  @ApiProperty({ type: [CvUnknownTermResponse] }) unknownTerms: CvUnknownTermResponse[];
}
